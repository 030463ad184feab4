using System;
using System.Collections.Generic;
using TrustHubGen.Policies;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// What generated attribute value types (<c>CnamDisplayName</c>, …) call to check a value: the onboarding engine's own
/// attribute rules, each reported, so a value is judged the same way at parse time and at run time.
/// </summary>
public static class AttributeValueRules
{
    /// <summary>The rule for one attribute of one end-user type of <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentException">The policy has no such end-user type or attribute.</exception>
    public static AttributeRule Find(OnboardingPolicy policy, string endUserType, string attributeName)
    {
        ArgumentNullException.ThrowIfNull(policy);
        foreach (var endUser in policy.EndUsers)
        {
            if (endUser.Type != endUserType) continue;
            foreach (var attribute in endUser.Attributes)
            {
                if (attribute.Name == attributeName) return attribute;
            }
        }
        throw new ArgumentException($"Policy \"{policy.Name}\" ({policy.Sid}) has no attribute \"{attributeName}\" on end-user type \"{endUserType}\".", nameof(attributeName));
    }

    /// <summary>Returns <paramref name="value"/> when it keeps every part of <paramref name="rule"/>.</summary>
    /// <param name="rule">The attribute's rule.</param>
    /// <param name="value">The value to check.</param>
    /// <param name="typeName">The value type's name, for the message.</param>
    /// <exception cref="ArgumentException">The value breaks the rule; the message names the value and every broken part.</exception>
    public static string Validate(AttributeRule rule, string? value, string typeName) =>
        TryValidate(rule, value, typeName, out var error) ? value! : throw new ArgumentException(error, nameof(value));

    /// <summary>Checks <paramref name="value"/> against every part of <paramref name="rule"/> without throwing.</summary>
    /// <param name="rule">The attribute's rule.</param>
    /// <param name="value">The value to check.</param>
    /// <param name="typeName">The value type's name, for the message.</param>
    /// <param name="error">Null when valid; otherwise one message naming the value and every broken part of the rule.</param>
    public static bool TryValidate(AttributeRule rule, string? value, string typeName, out string? error)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var problems = Problems(rule, value);
        error = problems.Count == 0 ? null : $"{typeName}: {string.Join(" ", problems)}";
        return error is null;
    }

    /// <summary>
    /// Every broken part of the rule. The engine's check stops at the first problem, so each part is checked on its own
    /// (a value held by a type is always present, hence Required).
    /// </summary>
    internal static List<string> Problems(AttributeRule rule, string? value)
    {
        var problems = new List<string>();
        var present = rule with { Required = true, MaxLength = null, Pattern = null, PatternDescription = null, AllowedValues = default, DisallowedValues = default };
        if (PolicyRules.CheckAttribute(present, value) is { } missing)
        {
            problems.Add(missing);
            return problems;
        }
        AttributeRule[] parts =
        [
            present with { MaxLength = rule.MaxLength },
            present with { Pattern = rule.Pattern, PatternDescription = rule.PatternDescription },
            present with { AllowedValues = rule.AllowedValues },
            present with { DisallowedValues = rule.DisallowedValues },
        ];
        foreach (var part in parts)
        {
            if (PolicyRules.CheckAttribute(part, value) is { } problem) problems.Add(problem);
        }
        return problems;
    }
}
