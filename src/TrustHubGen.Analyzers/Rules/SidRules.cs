using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>TH1005 (malformed SID) and TH1006 (SID of the wrong resource) for any SID-typed value.</summary>
internal static class SidRules
{
    /// <summary>Reports and returns true when the SID is malformed or of the wrong resource.</summary>
    public static bool Check(RuleContext context, SyntaxNode node, KnownValue value, IReadOnlyList<string> prefixes, string parameterName)
    {
        var shape = SidFacts.CheckShape(value.Text, prefixes[0]);
        if (shape is not null)
        {
            context.Report(Reporter.Create(Descriptors.MalformedSid, node, shape));
            return true;
        }
        var prefix = SidFacts.Prefix(value.Text);
        if (prefixes.Contains(prefix)) return false;
        var expected = string.Join(" or ", prefixes.Select(p => $"{SidFacts.Describe(p)} ({p}…)"));
        var hint = prefix == "PN" && parameterName == "objectSid" ? "; assign phone numbers with a ChannelEndpointAssignment" : "";
        context.Report(Reporter.Create(Descriptors.WrongSidResource, node,
            $"\"{value.Text}\" is a {SidFacts.Describe(prefix)} SID ({prefix}…), but {parameterName} takes a {expected} SID{hint}"));
        return true;
    }
}
