using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Sdk;
using TrustHubGen.Analyzers.Values;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>
/// The attributes of an end user, on every surface and in every form they are written: a JSON string, an anonymous
/// object, a dictionary with an initialiser, our SDK's <c>TwilioJsonValue.FromJson(…)</c> / <c>FromProperties(…)</c>, each
/// written in place or in a local assigned once. Every attribute with a policy rule for the end user's type is checked:
/// the CNAM display name is TH1007, any other TH1013. Without a known type only <c>cnam_display_name</c> is checked.
/// </summary>
internal static class EndUserAttributesRule
{
    // A top-level "name": "string" member of a JSON object; values with other JSON types carry no string rule.
    private static readonly Regex JsonMember = new("\"([A-Za-z0-9_]+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"", RegexOptions.CultureInvariant);

    public static void Check(RuleContext context, IOperation attributes, string? endUserType, string where) =>
        Check(context, attributes, endUserType, where, reportAt: null);

    // reportAt: where the attributes came through a local, the finding is reported where they are used (a local used
    // twice would otherwise be reported twice at its initialiser, and a fix there would change both uses).
    private static void Check(RuleContext context, IOperation attributes, string? endUserType, string where, SyntaxNode? reportAt)
    {
        var origin = context.Origin(attributes);
        if (reportAt is null && !ReferenceEquals(origin, ConstantResolver.Unwrap(attributes))) reportAt = ConstantResolver.Unwrap(attributes).Syntax;
        switch (origin)
        {
            case IAnonymousObjectCreationOperation anonymous:
                foreach (var initializer in anonymous.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                        CheckEntry(context, endUserType, property.Property.Name, assignment.Value, where, reportAt);
                }
                return;
            case IObjectCreationOperation { Initializer: not null }:
                foreach (var (key, value) in InitializerEntries.OfDictionary(origin))
                {
                    if (context.Resolve(key) is { } name) CheckEntry(context, endUserType, name.Text, value, where, reportAt);
                }
                return;
            case IInvocationOperation { Arguments.Length: 1, TargetMethod: { IsStatic: true, Name: "FromProperties" or "FromJson" } method } invocation
                when method.ContainingType.Name == "TwilioJsonValue":
                Check(context, invocation.Arguments[0].Value, endUserType, where, reportAt);
                return;
            default:
                if (context.Resolve(origin) is { } json) CheckJson(context, At(json, reportAt), endUserType, where);
                return;
        }
    }

    private static void CheckEntry(RuleContext context, string? endUserType, string name, IOperation value, string where, SyntaxNode? reportAt)
    {
        if (RuleFor(context, endUserType, name) is not { } rule || context.Resolve(value) is not { } known) return;
        AttributeValueRule.Check(context, rule, At(known, reportAt), where, name);
    }

    private static KnownValue At(KnownValue value, SyntaxNode? reportAt) =>
        reportAt is null ? value : new KnownValue(value.Text, reportAt, isLiteral: false);

    private static AttributeRule? RuleFor(RuleContext context, string? endUserType, string name) =>
        endUserType is not null ? context.Policies.FindAttribute(endUserType, name)
        : name == CnamDisplayNameRule.AttributeName ? context.Policies.CnamDisplayNameRule
        : null;

    // JSON written as a string: each member is checked; a literal without escapes gets the corrected JSON as its fix.
    private static void CheckJson(RuleContext context, KnownValue json, string? endUserType, string where)
    {
        foreach (Match match in JsonMember.Matches(json.Text))
        {
            var name = match.Groups[1].Value;
            if (RuleFor(context, endUserType, name) is not { } rule) continue;
            var raw = match.Groups[2].Value;
            var hasEscapes = raw.IndexOf('\\') >= 0;
            var value = hasEscapes ? Regex.Unescape(raw) : raw;
            var problem = context.CheckAttribute(rule, value);
            if (problem is null) continue;
            var isCnam = name == CnamDisplayNameRule.AttributeName;
            var corrected = hasEscapes ? null : isCnam ? CnamDisplayNameRule.Correct(rule, value) : AttributeValueRule.Nearest(rule, value);
            var replacement = corrected is null ? null
                : json.Text.Substring(0, match.Groups[2].Index) + corrected + json.Text.Substring(match.Groups[2].Index + match.Groups[2].Length);
            context.Report(isCnam
                ? Reporter.WithReplacement(Descriptors.CnamDisplayName, json, replacement, problem, CnamDisplayNameRule.Suggestion(corrected))
                : Reporter.WithReplacement(Descriptors.AttributeValue, json, replacement, AttributeValueRule.Message($"{where}[\"{name}\"]", problem, corrected)));
        }
    }
}
