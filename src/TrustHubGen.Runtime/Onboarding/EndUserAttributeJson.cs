using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

using TrustHubGen.Policies;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// The <c>Attributes</c> JSON an end user is created with, and the check that finds it again: trust products
/// (<see cref="OnboardingDiscovery"/>) and Business Profiles (<c>Profiles/</c>) reuse an end user a stopped run left
/// only when it holds exactly the requested values.
/// </summary>
internal static class EndUserAttributeJson
{
    /// <summary>The rule's attributes in its order, then any others in ordinal order (stable, so reruns compare equal); null values are left out.</summary>
    public static string For(EndUserRule rule, IReadOnlyDictionary<string, string>? values)
    {
        var ordered = new List<KeyValuePair<string, string?>>();
        if (values is not null)
        {
            foreach (var attribute in rule.Attributes)
            {
                if (values.TryGetValue(attribute.Name, out var value)) ordered.Add(new(attribute.Name, value));
            }
            ordered.AddRange(values.Where(p => rule.Attributes.All(a => a.Name != p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
        }
        return TwilioJsonValue.FromProperties(ordered).Json;
    }

    /// <summary>True when every attribute of <paramref name="wantedJson"/> is in <paramref name="actual"/> with the same value.</summary>
    public static bool IsHeldBy(string wantedJson, IReadOnlyDictionary<string, string> actual) => Differing(wantedJson, actual).Count == 0;

    /// <summary>The attributes of <paramref name="wantedJson"/> that <paramref name="actual"/> lacks or holds with another value, in order.</summary>
    public static IReadOnlyList<string> Differing(string wantedJson, IReadOnlyDictionary<string, string> actual)
    {
        var differing = new List<string>();
        using var wanted = JsonDocument.Parse(wantedJson);
        foreach (var property in wanted.RootElement.EnumerateObject())
        {
            if (!actual.TryGetValue(property.Name, out var value) || value != property.Value.GetString()) differing.Add(property.Name);
        }
        return differing;
    }
}
