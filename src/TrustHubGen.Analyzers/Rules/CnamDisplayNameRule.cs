using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Values;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>
/// TH1007: the CNAM display name inside an end user's attributes, written as a JSON string, an anonymous object or a
/// dictionary initialiser. The rule text comes from the policy definitions (attribute <c>cnam_display_name</c>).
/// </summary>
internal static class CnamDisplayNameRule
{
    public const string AttributeName = "cnam_display_name";

    private static readonly Regex JsonMember = new("\"cnam_display_name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", RegexOptions.CultureInvariant);

    public static void Check(RuleContext context, IOperation attributes)
    {
        if (context.Policies.CnamDisplayNameRule is not { } rule) return;
        var operation = ConstantResolver.Unwrap(attributes);
        switch (operation)
        {
            case IAnonymousObjectCreationOperation anonymous:
                foreach (var initializer in anonymous.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: AttributeName } } assignment)
                        CheckValue(context, rule, assignment.Value);
                }
                return;
            case IObjectCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.Initializers)
                {
                    var (key, value) = element switch
                    {
                        IInvocationOperation { Arguments.Length: 2 } add => (add.Arguments[0].Value, add.Arguments[1].Value),
                        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } set => (indexer.Arguments[0].Value, set.Value),
                        _ => (null, null),
                    };
                    if (key is not null && context.Resolve(key)?.Text == AttributeName) CheckValue(context, rule, value!);
                }
                return;
            default:
                if (context.Resolve(operation) is { } json) CheckJson(context, rule, operation.Syntax, json);
                return;
        }
    }

    public static void CheckValue(RuleContext context, AttributeRule rule, IOperation valueOperation)
    {
        if (context.Resolve(valueOperation) is not { } value) return;
        var problem = PolicyRules.CheckAttribute(rule, value.Text);
        if (problem is null) return;
        var corrected = Correct(rule, value.Text);
        context.Report(Reporter.WithReplacement(Descriptors.CnamDisplayName, ConstantResolver.Unwrap(valueOperation).Syntax,
            value.IsLiteral, corrected, problem, Suggestion(corrected)));
    }

    private static void CheckJson(RuleContext context, AttributeRule rule, SyntaxNode node, KnownValue json)
    {
        var match = JsonMember.Match(json.Text);
        if (!match.Success) return;
        var raw = match.Groups[1].Value;
        var hasEscapes = raw.IndexOf('\\') >= 0;
        var name = hasEscapes ? Regex.Unescape(raw) : raw;
        var problem = PolicyRules.CheckAttribute(rule, name);
        if (problem is null) return;
        var corrected = hasEscapes ? null : Correct(rule, name);
        var replacement = corrected is null ? null
            : json.Text.Substring(0, match.Groups[1].Index) + corrected + json.Text.Substring(match.Groups[1].Index + match.Groups[1].Length);
        context.Report(Reporter.WithReplacement(Descriptors.CnamDisplayName, node, json.IsLiteral, replacement, problem, Suggestion(corrected)));
    }

    private static string Suggestion(string? corrected) => corrected is null ? "" : $" (\"{corrected}\" would be valid)";

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
