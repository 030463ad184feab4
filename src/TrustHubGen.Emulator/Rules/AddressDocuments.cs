using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Rules;

/// <summary>
/// A <c>customer_profile_address</c> supporting document points at API 2010 Addresses through its <c>address_sids</c>
/// attribute (one SID, a comma-separated list or a JSON array): they must be Addresses of the document's own account.
/// </summary>
internal static class AddressDocuments
{
    public const string Type = "customer_profile_address";
    public const string Attribute = "address_sids";

    /// <summary>The SIDs the attributes name; empty when the attribute is absent or blank.</summary>
    public static IReadOnlyList<string> AddressSids(string attributesJson) =>
        AttributeValues.Read(attributesJson).GetValueOrDefault(Attribute) is { } raw
            ? raw.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];

    /// <summary>Refuses (990017) an address document naming anything but an Address of <paramref name="accountSid"/>.</summary>
    public static void EnsureOwnAddresses(EmulatorState state, string accountSid, string type, string attributesJson)
    {
        if (type != Type)
        {
            return;
        }

        foreach (var sid in AddressSids(attributesJson))
        {
            if (state.BySid.GetValueOrDefault(sid) is not Address address || address.AccountSid != accountSid)
            {
                throw new ApiException(400, ErrorCodes.AddressNotFound,
                    $"Attributes.{Attribute} names \"{sid}\", which is not an Address (AD…) of account {accountSid}; create the address in the same account first (POST /2010-04-01/Accounts/{accountSid}/Addresses.json).");
            }
        }
    }

    /// <summary>Null when the document names at least one existing Address of its account; otherwise what is wrong.</summary>
    public static string? Problem(EmulatorState state, SupportingDocument document)
    {
        var sids = AddressSids(document.AttributesJson);
        if (sids.Count == 0)
        {
            return $"The {Type} document {document.Sid} names no address in {Attribute}.";
        }

        var missing = sids.Where(s => state.BySid.GetValueOrDefault(s) is not Address a || a.AccountSid != document.AccountSid).ToList();
        return missing.Count == 0 ? null : $"The {Type} document {document.Sid} names {string.Join(", ", missing)}, which is not an Address of account {document.AccountSid}.";
    }
}
