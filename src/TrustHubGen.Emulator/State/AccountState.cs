namespace TrustHubGen.Emulator.State;

/// <summary>
/// One account (or subaccount) and everything it owns. Every read and write of its mutable parts happens under
/// <see cref="Gate"/>, so requests for different accounts never wait on each other.
/// </summary>
internal sealed class AccountState
{
    public required string Sid { get; init; }
    public required string AuthToken { get; init; }
    public required string FriendlyName { get; set; }

    /// <summary>The parent's SID for a subaccount; the account's own SID for a top-level account (as API 2010 reports it).</summary>
    public required string OwnerAccountSid { get; init; }
    public required DateTimeOffset DateCreated { get; init; }
    public DateTimeOffset DateUpdated { get; set; }
    public string Status { get; set; } = "active";

    public object Gate { get; } = new();

    public bool IsSubaccount => !string.Equals(OwnerAccountSid, Sid, StringComparison.Ordinal);

    public OrderedDictionary<string, PhoneNumber> Numbers { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> NumberByE164 { get; } = new(StringComparer.Ordinal);
    public OrderedDictionary<string, Bundle> CustomerProfiles { get; } = new(StringComparer.Ordinal);
    public OrderedDictionary<string, Bundle> TrustProducts { get; } = new(StringComparer.Ordinal);
    public OrderedDictionary<string, EndUser> EndUsers { get; } = new(StringComparer.Ordinal);
    public OrderedDictionary<string, SupportingDocument> Documents { get; } = new(StringComparer.Ordinal);
    public OrderedDictionary<string, Address> Addresses { get; } = new(StringComparer.Ordinal);
    public List<string> Subaccounts { get; } = [];

    public OrderedDictionary<string, Bundle> BundlesOf(BundleType type) =>
        type == BundleType.CustomerProfile ? CustomerProfiles : TrustProducts;
}
