using TrustHubGen.Policies;
using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Generator.Snapshots;

/// <summary>One snapshot file read: the snapshot (null when broken), where its <c>capturedAt</c> is, and its diagnostics.</summary>
internal sealed record SnapshotFileResult(string Path, AccountSnapshot? Snapshot, int CapturedAtLine, int CapturedAtColumn, EquatableArray<InputDiagnostic> Diagnostics);

/// <summary>The snapshot the handles come from (the first file by path) and the errors for any other file.</summary>
internal sealed record SnapshotSet(string? Path, AccountSnapshot? Snapshot, EquatableArray<InputDiagnostic> Diagnostics);

/// <summary>The build settings of the staleness check.</summary>
/// <param name="MaxAgeDays">The age in days after which a snapshot is stale; 0 turns the check off.</param>
/// <param name="Today">Today's date (yyyy-MM-dd) as MSBuild passed it, or empty when not passed (no check).</param>
/// <param name="HandleLimit">The most items of one kind (profiles, numbers, trust products) that get a member each.</param>
/// <param name="Diagnostics">Problems with the settings themselves.</param>
internal sealed record SnapshotSettings(int MaxAgeDays, string Today, int HandleLimit, EquatableArray<InputDiagnostic> Diagnostics);

/// <summary>Which typed SID structs the SDK generated, so handles use them when they exist and strings otherwise.</summary>
internal sealed record SnapshotSidTypes(bool CustomerProfileSid, bool TrustProductSid, bool PhoneNumberSid);

/// <summary>
/// Everything the emitter needs: names already made unique, values already checked. A kind with more items than the
/// limit has none here (its count says how many the snapshot holds), so a large account costs neither names nor code.
/// </summary>
internal sealed record AccountHandles(
    string AccountSid,
    string CapturedAt,
    string FileName,
    SnapshotSidTypes SidTypes,
    HandleCounts Counts,
    EquatableArray<ProfileHandle> Profiles,
    EquatableArray<NumberHandle> Numbers,
    EquatableArray<TrustProductHandle> TrustProducts);

/// <summary>How many items of each kind the snapshot holds, and the limit up to which a kind gets handles.</summary>
internal sealed record HandleCounts(int Profiles, int Numbers, int TrustProducts, int Limit)
{
    public bool ProfileHandles => Profiles <= Limit;

    public bool NumberHandles => Numbers <= Limit;

    public bool TrustProductHandles => TrustProducts <= Limit;
}

/// <summary>A Business Profile's handle.</summary>
internal sealed record ProfileHandle(string Name, string Sid, string FriendlyName, string Status, string PolicySid, EquatableArray<NumberHandle> Numbers);

/// <summary>A phone number's handle; the same name wherever the number appears.</summary>
internal sealed record NumberHandle(string Name, string Sid, string PhoneNumber, string? FriendlyName, string Type, string Country);

/// <summary>A trust product's handle.</summary>
internal sealed record TrustProductHandle(string Name, string Sid, string FriendlyName, string Status, string PolicySid, EquatableArray<NumberHandle> Numbers, EquatableArray<string> EntitySids);
