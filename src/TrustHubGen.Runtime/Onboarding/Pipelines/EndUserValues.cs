using System;
using System.Collections.Generic;
using System.Linq;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>Checks one end user's attribute values, as a pipeline stage receives them, against every rule of its policy.</summary>
internal static class EndUserValues
{
    /// <summary>The non-null values by attribute name; throws <see cref="ArgumentException"/> listing every problem.</summary>
    public static Dictionary<string, string> Check(OnboardingPolicy policy, string endUserType, IReadOnlyDictionary<string, string?> attributes,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> earlierEndUsers)
    {
        var rule = policy.EndUsers.FirstOrDefault(e => e.Type == endUserType)
            ?? throw new ArgumentException($"Policy \"{policy.Name}\" takes no end user of type \"{endUserType}\".", nameof(endUserType));
        var values = attributes.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var name in values.Keys.Where(n => rule.Attributes.All(a => a.Name != n)))
            problems.Add($"\"{name}\" is not an attribute of {endUserType}; it takes {string.Join(", ", rule.Attributes.Select(a => a.Name))}.");
        foreach (var attribute in rule.Attributes)
        {
            values.TryGetValue(attribute.Name, out var value);
            if (value is null)
            {
                if (attribute.Required) problems.Add($"{attribute.Name} is required but missing.");
            }
            else
            {
                problems.AddRange(AttributeValueRules.Problems(attribute, value));
            }
        }
        if (earlierEndUsers.TryGetValue(endUserType, out var earlier) && !SameValues(earlier, values))
            problems.Add($"another policy in this onboarding already gave {endUserType} other values; one end user of a type is shared by all policies of a run.");
        if (problems.Count > 0)
            throw new ArgumentException($"End user {endUserType} for policy {policy.Name}: {string.Join(" ", problems)}", nameof(attributes));
        return values;
    }

    private static bool SameValues(IReadOnlyDictionary<string, string> left, IReadOnlyDictionary<string, string> right) =>
        left.Count == right.Count && left.All(p => right.TryGetValue(p.Key, out var v) && v == p.Value);
}
