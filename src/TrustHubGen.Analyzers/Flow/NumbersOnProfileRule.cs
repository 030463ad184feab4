using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Values;
using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Analyzers.Flow;

/// <summary>
/// TH1004: a trust-product assignment of a number that is not on the Business Profile. With an account snapshot: the
/// snapshot says the number is not on the profile this method assigns to the product (and the method does not put it
/// there first). Without one: in a method that puts numbers on a Business Profile, a number the method did not put there
/// first. Silent where it cannot know (numbers or profiles from configuration, profile assignments made elsewhere).
/// </summary>
internal static class NumbersOnProfileRule
{
    public static void Check(RuleContext context, MethodCalls method)
    {
        if (!method.Has(TwilioResource.TrustProductsChannelEndpointAssignment, TwilioAction.Create)) return;
        // A call taking an options object has no number of its own: the options' creation carries it.
        var profileAdds = method.Where(TwilioResource.CustomerProfilesChannelEndpointAssignment, TwilioAction.Create)
            .Where(c => c.Find("channelEndpointSid") is not null)
            .Select(c => (Call: c, Key: ValueKeys.Of(context, c.Find("channelEndpointSid")))).ToList();
        if (profileAdds.Count == 0 && context.Snapshot is null) return;

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
            // A malformed constant is TH1005's to report.
            if (!ValueKeys.IsConstant(key) || SidFacts.CheckShape(key.Substring(2), null) is not null) continue;
            var sid = key.Substring(2);
            if (context.Snapshot is { } snapshot)
            {
                if (AssignedSnapshotProfile(context, method, assignment) is { } profile)
                {
                    if (snapshot.IsOnProfile(profile.Sid, sid)) continue;
                    var message = $"Phone number {ValueKeys.Display(key)}{Describe(snapshot.Number(sid))} is not on Business Profile {profile.Sid} ({profile.FriendlyName}), " +
                                  $"which this method assigns to the trust product, according to the account snapshot captured {snapshot.CapturedAt}; only numbers already on the profile may be assigned";
                    context.Report(WithFix(node, templateNumber: null, profile.Sid, message));
                    continue;
                }
                // The snapshot knows the number is on a profile: the method-only guess below would be wrong.
                if (snapshot.IsOnAnyProfile(sid)) continue;
            }
            // An unknown profile assignment before this one may be this number.
            if (profileAdds.Count == 0 || before.Any(p => p.Key is null)) continue;
            var guess = $"Phone number {ValueKeys.Display(key)} is assigned to the trust product, but this method never puts it on the Business Profile; only numbers already on the profile may be assigned";
            context.Report(WithFix(node, FindTemplate(profileAdds.Select(p => p.Call)), profileSid: null, guess));
        }
    }

    /// <summary>The snapshot profile an entity assignment of this method gives the product the number goes to.</summary>
    private static SnapshotProfile? AssignedSnapshotProfile(RuleContext context, MethodCalls method, TwilioCall numberAssignment)
    {
        var product = ValueKeys.Of(context, numberAssignment.Find("pathTrustProductSid"));
        if (product is null) return null;
        foreach (var entity in method.Where(TwilioResource.TrustProductsEntityAssignments, TwilioAction.Create))
        {
            if (ValueKeys.Of(context, entity.Find("pathTrustProductSid")) != product) continue;
            if (context.Resolve(entity.Find("objectSid")) is { } objectSid && context.Snapshot!.Profile(objectSid.Text) is { } profile) return profile;
        }
        return null;
    }

    private static string Describe(SnapshotNumber? number) => number is null ? "" : $" ({number.PhoneNumber})";

    // The fix copies an existing profile assignment statement of this method with the number swapped in or, when the
    // snapshot names the profile, writes a new assignment to exactly that profile.
    private static Diagnostic WithFix(SyntaxNode number, SyntaxNode? templateNumber, string? profileSid, string message)
    {
        if (templateNumber is not null)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.InsertProfileAssignment, "true");
            return Diagnostic.Create(Descriptors.NumberNotOnProfile, number.GetLocation(), new[] { templateNumber.GetLocation() }, properties, message);
        }
        if (profileSid is not null)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.ProfileSid, profileSid);
            return Diagnostic.Create(Descriptors.NumberNotOnProfile, number.GetLocation(), properties, message);
        }
        return Diagnostic.Create(Descriptors.NumberNotOnProfile, number.GetLocation(), message);
    }

    private static SyntaxNode? FindTemplate(IEnumerable<TwilioCall> profileAdds)
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
