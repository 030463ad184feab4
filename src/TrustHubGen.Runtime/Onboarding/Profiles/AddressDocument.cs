using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace TrustHubGen.Runtime.Onboarding.Profiles;

/// <summary>
/// The supporting document that puts an API 2010 Address on a Business Profile: type <c>customer_profile_address</c>,
/// whose <c>address_sids</c> attribute names the address (Twilio's documented Secondary Customer Profile flow).
/// </summary>
internal static class AddressDocument
{
    /// <summary>The supporting-document type that points at an API 2010 Address.</summary>
    public const string Type = "customer_profile_address";

    private const string AddressSidsAttribute = "address_sids";

    /// <summary>The document's attributes for one address.</summary>
    public static string Attributes(string addressSid) => TwilioJsonValue.FromProperties([new(AddressSidsAttribute, addressSid)]).Json;

    /// <summary>The address SIDs a document names: one SID, a comma-separated list, or a JSON array (as read back).</summary>
    public static IReadOnlyList<string> AddressSids(TrustHubSupportingDocument document)
    {
        if (!document.Attributes.TryGetValue(AddressSidsAttribute, out var raw) || string.IsNullOrWhiteSpace(raw)) return Array.Empty<string>();
        var text = raw.Trim();
        if (!text.StartsWith("[", StringComparison.Ordinal)) return text.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
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
}
