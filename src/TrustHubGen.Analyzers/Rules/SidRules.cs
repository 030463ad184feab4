using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>TH1005 (malformed SID) and TH1006 (SID of the wrong resource) for any SID-typed value.</summary>
internal static class SidRules
{
    /// <summary>Reports and returns true when the SID is malformed or of the wrong resource.</summary>
    [MethodImpl(Jit.Optimized)]
    public static bool Check(RuleContext context, KnownValue value, IReadOnlyList<string> prefixes, string parameterName)
    {
        var shape = SidFacts.CheckShape(value.Text, prefixes[0]);
        if (shape is not null)
        {
            context.Report(Reporter.At(Descriptors.MalformedSid, value, shape));
            return true;
        }
        return CheckPrefix(context, value, prefixes, parameterName);
    }

    /// <summary>TH1006 only, for a well-formed SID (the shape of a parsed one is reported where it is parsed).</summary>
    [MethodImpl(Jit.Optimized)]
    public static bool CheckPrefix(RuleContext context, KnownValue value, IReadOnlyList<string> prefixes, string parameterName)
    {
        if (value.Text.Length != SidFacts.Length || SidFacts.HasPrefix(value.Text, prefixes)) return false;
        var prefix = SidFacts.Prefix(value.Text);
        context.Report(Reporter.At(Descriptors.WrongSidResource, value, WrongPrefix($"\"{value.Text}\" is {SidFacts.WithArticle(SidFacts.Describe(prefix))} SID ({prefix}…)", prefix, prefixes, parameterName)));
        return true;
    }

    /// <summary>"… is a phone number SID (PN…), but objectSid takes a Business Profile … SID; assign phone numbers with a ChannelEndpointAssignment".</summary>
    public static string WrongPrefix(string what, string prefix, IReadOnlyList<string> prefixes, string parameterName)
    {
        var expected = string.Join(" or ", prefixes.Select(p => $"{SidFacts.Describe(p)} ({p}…)"));
        var hint = prefix == "PN" && parameterName.EndsWith("bjectSid", System.StringComparison.Ordinal) ? "; assign phone numbers with a ChannelEndpointAssignment" : "";
        return $"{what}, but {parameterName} takes {SidFacts.WithArticle(expected)} SID{hint}";
    }
}
