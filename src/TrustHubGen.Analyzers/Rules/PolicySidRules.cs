using System.Collections.Generic;
using System.Linq;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Analyzers.Values;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>TH1001 (unknown policy) and TH1002 (policy of the wrong kind); malformed values fall to TH1005/TH1006.</summary>
internal static class PolicySidRules
{
    // A corrupted SID (a digit lost, swapped or mistyped) is within a few edits of the real one; an invented one is not.
    private const int MaxTypoDistance = 4;

    private static readonly string[] PolicyPrefix = { "RN" };

    public static void Check(RuleContext context, KnownValue value, BundleKind? expectedKind, string callName)
    {
        if (SidFacts.IsPlaceholder(value.Text))
        {
            SidRules.Check(context, value, PolicyPrefix, "policySid");
            return;
        }
        var known = context.Policies.Find(value.Text);
        if (known is not null)
        {
            if (expectedKind is { } kind && known.Kind != kind) ReportWrongKind(context, value, KnownPolicies.Describe(known), known.Kind, kind, callName);
            return;
        }
        if (KnownPolicies.FindDocumentedOnly(value.Text) is { } documented)
        {
            if (expectedKind is { } expected && documented.Kind != expected)
                ReportWrongKind(context, value, $"{documented.Name} ({value.Text})", documented.Kind, expected, callName);
            return;
        }
        var candidates = expectedKind is { } k ? context.Policies.OfKind(k) : context.Policies.All;
        var closest = EditDistance.Closest(value.Text, candidates.Select(p => p.Sid), MaxTypoDistance);
        if (closest is not null)
        {
            var policy = context.Policies.Find(closest)!;
            context.Report(Reporter.WithReplacement(Descriptors.UnknownPolicy, value, closest,
                value.Text, $"; did you mean {KnownPolicies.Describe(policy)}?"));
            return;
        }
        if (SidRules.Check(context, value, PolicyPrefix, "policySid")) return;
        var list = string.Join(", ", candidates.Select(KnownPolicies.Describe));
        context.Report(Reporter.At(Descriptors.UnknownPolicy, value, value.Text,
            $"; known {(expectedKind is null ? "" : KindName(expectedKind) + " ")}policies are {list} (a policy file in AdditionalFiles with TrustHubGenKind=Policy adds another)"));
    }

    /// <summary>TH1002 only: a known policy of the other kind (an unknown one is reported where its SID is parsed).</summary>
    public static void CheckKind(RuleContext context, KnownValue value, BundleKind expectedKind, string callName)
    {
        if (context.Policies.Find(value.Text) is { } known)
        {
            if (known.Kind != expectedKind) ReportWrongKind(context, value, KnownPolicies.Describe(known), known.Kind, expectedKind, callName);
        }
        else if (KnownPolicies.FindDocumentedOnly(value.Text) is { } documented && documented.Kind != expectedKind)
        {
            ReportWrongKind(context, value, $"{documented.Name} ({value.Text})", documented.Kind, expectedKind, callName);
        }
    }

    public static void ReportWrongKind(
        RuleContext context, KnownValue value, string described, BundleKind actual, BundleKind kind, string callName, string? because = null,
        IEnumerable<PolicyDefinition>? candidates = null)
    {
        // Best first: the fix's first action is what Enter applies.
        var right = PolicyRanking.Rank(candidates ?? context.Policies.OfKind(kind), value.Node);
        var message = (because ?? $"{described} is a {KindName(actual)} policy, but {callName} takes a {KindName(kind)} policy") + ": " +
                      string.Join(", ", right.Select(KnownPolicies.Describe));
        context.Report(Reporter.WithReplacements(Descriptors.WrongPolicyKind, value,
            right.Select(p => p.Sid).ToList(), right.Select(p => p.Name).ToList(), message));
    }

    public static string KindName(BundleKind? kind) => kind switch
    {
        BundleKind.TrustProduct => "trust-product",
        BundleKind.CustomerProfile => "customer-profile",
        _ => "",
    };
}
