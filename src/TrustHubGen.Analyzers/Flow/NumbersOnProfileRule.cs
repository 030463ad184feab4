using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers.Flow;

/// <summary>
/// TH1004 without an account snapshot: in a method that puts numbers on a Business Profile, a trust-product
/// assignment of a number the method did not put there first. Silent where it cannot know (the method puts no
/// numbers on a profile, or puts one whose value is unknown before this point).
/// </summary>
internal static class NumbersOnProfileRule
{
    public static void Check(RuleContext context, MethodCalls method)
    {
        // A call taking an options object has no number of its own: the options' creation carries it.
        var profileAdds = method.Where(TwilioResource.CustomerProfilesChannelEndpointAssignment, TwilioAction.Create)
            .Where(c => c.Find("channelEndpointSid") is not null)
            .Select(c => (Call: c, Key: ValueKeys.Of(context, c.Find("channelEndpointSid")))).ToList();
        if (profileAdds.Count == 0) return;

        foreach (var assignment in method.Where(TwilioResource.TrustProductsChannelEndpointAssignment, TwilioAction.Create))
        {
            var number = assignment.Find("channelEndpointSid");
            var key = ValueKeys.Of(context, number);
            if (number is null || key is null) continue;
            var position = MethodCalls.Position(assignment);
            var before = profileAdds.Where(p => MethodCalls.Position(p.Call) < position).ToList();
            if (before.Any(p => p.Key == key)) continue;
            var node = ConstantResolver.Unwrap(number).Syntax;
            var later = profileAdds.FirstOrDefault(p => MethodCalls.Position(p.Call) > position && p.Key == key);
            if (later.Call is not null)
            {
                context.Report(Reporter.Create(Descriptors.NumberNotOnProfile, node,
                    $"Phone number {ValueKeys.Display(key)} is assigned to the trust product before it is put on the Business Profile (line {MethodCalls.Line(later.Call)}); assign it to the profile first"));
                continue;
            }
            // A malformed constant is TH1005's to report; an unknown profile assignment before this one may be this number.
            if (!ValueKeys.IsConstant(key) || SidFacts.CheckShape(key.Substring(2), null) is not null || before.Any(p => p.Key is null)) continue;
            var message = $"Phone number {ValueKeys.Display(key)} is assigned to the trust product, but this method never puts it on the Business Profile; only numbers already on the profile may be assigned";
            context.Report(WithTemplate(node, FindTemplate(profileAdds.Select(p => p.Call)), message));
        }
    }

    // The fix copies an existing profile assignment statement of this method, with the number swapped in.
    private static Diagnostic WithTemplate(SyntaxNode number, SyntaxNode? templateNumber, string message)
    {
        if (templateNumber is null) return Diagnostic.Create(Descriptors.NumberNotOnProfile, number.GetLocation(), message);
        var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.InsertProfileAssignment, "true");
        return Diagnostic.Create(Descriptors.NumberNotOnProfile, number.GetLocation(), new[] { templateNumber.GetLocation() }, properties, message);
    }

    private static SyntaxNode? FindTemplate(System.Collections.Generic.IEnumerable<TwilioCall> profileAdds)
    {
        foreach (var call in profileAdds)
        {
            if (call.Anchor is not IInvocationOperation invocation) continue;
            var argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "channelEndpointSid" && a.Syntax is ArgumentSyntax);
            if (argument is null) continue;
            var statement = invocation.Syntax.FirstAncestorOrSelf<StatementSyntax>();
            if (statement is ExpressionStatementSyntax) return ((ArgumentSyntax)argument.Syntax).Expression;
        }
        return null;
    }
}
