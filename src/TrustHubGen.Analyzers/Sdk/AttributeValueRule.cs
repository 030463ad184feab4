using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Values;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Sdk;

/// <summary>
/// One end-user attribute value against its policy rule: the CNAM display name is TH1007 (with its mechanical
/// correction), every other attribute TH1013 (with the nearest allowed value, when the rule lists them).
/// </summary>
internal static class AttributeValueRule
{
    public static void Check(RuleContext context, AttributeRule rule, IOperation valueOperation, string where)
    {
        if (context.Resolve(valueOperation) is { } value) Check(context, rule, value, where);
    }

    /// <summary>
    /// Checks one value; the message names it <paramref name="where"/>, or <c>where["attributeName"]</c> when an
    /// <paramref name="attributeName"/> is given (made only when there is something to report).
    /// </summary>
    public static void Check(RuleContext context, AttributeRule rule, KnownValue value, string where, string? attributeName = null)
    {
        if (rule.Name == CnamDisplayNameRule.AttributeName)
        {
            CnamDisplayNameRule.Check(context, rule, value);
            return;
        }
        var problem = context.CheckAttribute(rule, value.Text);
        if (problem is null) return;
        var replacement = Nearest(rule, value.Text);
        var name = attributeName is null ? where : $"{where}[\"{attributeName}\"]";
        context.Report(Reporter.WithReplacement(Descriptors.AttributeValue, value, replacement, Message(name, problem, replacement)));
    }

    public static string Message(string where, string problem, string? replacement) =>
        $"{where}: {problem.TrimEnd('.')}{(replacement is null ? "" : $"; did you mean \"{replacement}\"?")}";

    /// <summary>Only a list of allowed values gives a mechanical correction: the same value in another case, else the closest.</summary>
    public static string? Nearest(AttributeRule rule, string value)
    {
        if (rule.AllowedValues.IsEmpty) return null;
        var sameIgnoringCase = rule.AllowedValues.FirstOrDefault(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
        return sameIgnoringCase ?? EditDistance.Closest(value, rule.AllowedValues, maxDistance: Math.Max(2, value.Length / 3));
    }
}
