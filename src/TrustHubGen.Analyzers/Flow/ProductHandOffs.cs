using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Rules;

namespace TrustHubGen.Analyzers.Flow;

/// <summary>
/// Whether a method hands a trust product to a method of the project's own before submitting it
/// (<c>await product.AssignEntitiesAsync(profileSid)</c>, <c>AssignAll(client, product.Sid)</c>): such a helper may make
/// the assignments the method does not show, so TH1012 does not count them as missing, as for any value it cannot know.
/// Only asked when TH1012 is about to report, so the clean path never walks the method.
/// </summary>
internal static class ProductHandOffs
{
    public static bool Before(RuleContext context, TwilioCall submit, string product)
    {
        var root = submit.Anchor;
        while (root.Parent is not null) root = root.Parent;
        foreach (var invocation in root.Descendants().OfType<IInvocationOperation>())
        {
            if (invocation.Syntax.SpanStart >= submit.Position && !MethodCalls.IsInNestedFunction(invocation)) continue;
            if (!invocation.TargetMethod.Locations.Any(l => l.IsInSource)) continue;
            if (Names(context, invocation.Instance, product) || invocation.Arguments.Any(a => Names(context, a.Value, product))) return true;
        }
        return false;
    }

    // The product's SID key itself, or the resource it is read from ("e:product" for "e:product.Sid").
    private static bool Names(RuleContext context, IOperation? value, string product) =>
        ValueKeys.Of(context, value) is { } key && (key == product || product.StartsWith(key + ".", System.StringComparison.Ordinal));
}
