using System;
using System.Linq;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>TH1008 (unknown type): end-user types are fixed snake_case strings such as "cnam_information".</summary>
internal static class EndUserTypeRule
{
    public static void Check(RuleContext context, KnownValue value)
    {
        if (IsKnown(context, value.Text)) return;
        var types = context.Policies.EndUserTypes;
        var normalized = value.Text.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        var closest = types.Contains(normalized) ? normalized : EditDistance.Closest(value.Text, types, maxDistance: 6);
        var message = closest is not null
            ? $"End-user type \"{value.Text}\" is not a Trust Hub end-user type; did you mean \"{closest}\"?"
            : $"End-user type \"{value.Text}\" is not a Trust Hub end-user type; known types are {string.Join(", ", types.Select(t => $"\"{t}\""))}";
        context.Report(Reporter.WithReplacement(Descriptors.EndUserType, value, closest, message));
    }

    public static bool IsKnown(RuleContext context, string type) => context.Policies.IsEndUserType(type);
}
