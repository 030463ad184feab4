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

    // The numbers in ordinal order of their E.164 text, for prefix filters; built at the first such filter after a change.
    private PhoneNumber[]? _numbersByE164;

    /// <summary>Call under <see cref="Gate"/> when <see cref="Numbers"/> changed.</summary>
    public void NumbersChanged() => _numbersByE164 = null;

    /// <summary>
    /// Under <see cref="Gate"/>: the numbers whose E.164 text starts with <paramref name="prefix"/>, in E.164 order, found by
    /// binary search in an index (a filter over a million numbers costs a page, not a scan of the million).
    /// </summary>
    public ArraySegment<PhoneNumber> NumbersStartingWith(string prefix)
    {
        var sorted = _numbersByE164 ??= [.. Numbers.Values.OrderBy(n => n.E164, StringComparer.Ordinal)];
        var from = LowerBound(sorted, prefix);
        var to = LowerBound(sorted, prefix + char.MaxValue);
        return new ArraySegment<PhoneNumber>(sorted, from, to - from);
    }

    // The first index whose E.164 is not ordinally below `key`.
    private static int LowerBound(PhoneNumber[] sorted, string key)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (string.CompareOrdinal(sorted[mid].E164, key) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
