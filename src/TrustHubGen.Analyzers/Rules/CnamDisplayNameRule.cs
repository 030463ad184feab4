using System.Text;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Values;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>
/// TH1007: a CNAM display name that breaks the CNAM rules of the policy definitions (attribute <c>cnam_display_name</c>),
/// with a mechanical correction when one gives a valid name. Where the names are found: <see cref="EndUserAttributesRule"/>.
/// </summary>
internal static class CnamDisplayNameRule
{
    public const string AttributeName = "cnam_display_name";

    /// <summary>Reports the value when it breaks the rule; the fix writes the corrected name where the value is a literal.</summary>
    public static void Check(RuleContext context, AttributeRule rule, KnownValue value)
    {
        var problem = context.CheckAttribute(rule, value.Text);
        if (problem is null) return;
        var corrected = Correct(rule, value.Text);
        context.Report(Reporter.WithReplacement(Descriptors.CnamDisplayName, value, corrected, problem, Suggestion(corrected)));
    }

    public static string Suggestion(string? corrected) => corrected is null ? "" : $" (\"{corrected}\" would be valid)";

    /// <summary>A mechanical correction (drop disallowed characters, start at the first letter, cut to the maximum length at a word boundary), when it yields a valid name.</summary>
    public static string? Correct(AttributeRule rule, string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name)
        {
            if (builder.Length == 0 && !IsAsciiLetter(c)) continue;
            if (IsAsciiLetter(c) || c is >= '0' and <= '9' or '.' or ',') builder.Append(c);
            else if (c == ' ' && builder[builder.Length - 1] != ' ') builder.Append(c);
        }
        var max = rule.MaxLength ?? 15;
        var corrected = builder.ToString();
        if (corrected.Length > max)
        {
            // Cut at a word boundary when one is within the limit, so "Acme Plumbing Services" becomes "Acme Plumbing".
            var cut = corrected[max] == ' ' ? max : corrected.LastIndexOf(' ', max - 1);
            corrected = corrected.Substring(0, cut > 0 ? cut : max);
        }
        corrected = corrected.TrimEnd(' ', ',', '.');
        if (corrected.Length == 0 || corrected == name) return null;
        return PolicyRules.CheckAttribute(rule, corrected) is null ? corrected : null;
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
}
