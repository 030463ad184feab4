using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace TrustHubGen.Runtime.Onboarding.Profiles;

/// <summary>The attribute JSON Business Profile onboarding sends and compares (end users, the address document).</summary>
internal static class ProfileJson
{
    /// <summary>The supporting-document type that points at an API 2010 Address.</summary>
    public const string AddressDocumentType = "customer_profile_address";

    /// <summary>The attribute of <see cref="AddressDocumentType"/> naming the address(es).</summary>
    public const string AddressSidsAttribute = "address_sids";

    /// <summary>The rule's attributes in its order, then any others in ordinal order (stable, so reruns compare equal).</summary>
    public static string EndUserAttributes(OnboardingEndUserRule rule, IReadOnlyDictionary<string, string>? values)
    {
        var ordered = new List<KeyValuePair<string, string>>();
        if (values is not null)
        {
            foreach (var attribute in rule.Attributes)
            {
                if (values.TryGetValue(attribute.Name, out var value) && value is not null) ordered.Add(new(attribute.Name, value));
            }
            ordered.AddRange(values.Where(p => p.Value is not null && rule.Attributes.All(a => a.Name != p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal));
        }
        return Write(ordered);
    }

    public static string AddressDocumentAttributes(string addressSid) => Write([new(AddressSidsAttribute, addressSid)]);

    /// <summary>True when every wanted attribute is present in <paramref name="actual"/> with the same value.</summary>
    public static bool SameAttributes(string wantedJson, IReadOnlyDictionary<string, string> actual)
    {
        using var wanted = JsonDocument.Parse(wantedJson);
        foreach (var property in wanted.RootElement.EnumerateObject())
        {
            if (!actual.TryGetValue(property.Name, out var value) || value != property.Value.GetString()) return false;
        }
        return true;
    }

    /// <summary>The address SIDs a document names: one SID, a comma-separated list, or a JSON array (as read back).</summary>
    public static IReadOnlyList<string> AddressSids(TrustHubSupportingDocument document)
    {
        if (!document.Attributes.TryGetValue(AddressSidsAttribute, out var raw) || string.IsNullOrWhiteSpace(raw)) return Array.Empty<string>();
        var text = raw.Trim();
        if (text.StartsWith("[", StringComparison.Ordinal))
        {
            try
            {
                using var array = JsonDocument.Parse(text);
                return array.RootElement.ValueKind == JsonValueKind.Array
                    ? array.RootElement.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
                    : Array.Empty<string>();
            }
            catch (JsonException)
            {
                return Array.Empty<string>();
            }
        }
        return text.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
    }

    private static string Write(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var pair in pairs) writer.WriteString(pair.Key, pair.Value);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
