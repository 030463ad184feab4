namespace TrustHubGen.Policies.Snapshots
{
    /// <summary>
    /// What an account held when it was captured: its Business Profiles, phone numbers and trust products, by SID.
    /// Read from a snapshot file (format: <c>docs/snapshot.md</c>, schema: <c>specs/snapshot/snapshot.schema.json</c>).
    /// </summary>
    /// <param name="AccountSid">The account (<c>AC…</c>) the snapshot describes.</param>
    /// <param name="CapturedAt">When it was captured, ISO 8601 with an offset (e.g. <c>2026-11-21T19:00:00Z</c>).</param>
    /// <param name="Profiles">The Business Profiles (customer-profile bundles), in file order (capture writes them sorted by SID).</param>
    /// <param name="Numbers">The account's incoming phone numbers, in file order (capture sorts them by E.164 number).</param>
    /// <param name="TrustProducts">The trust products, in file order (capture sorts them by SID).</param>
    public sealed record AccountSnapshot(
        string AccountSid,
        string CapturedAt,
        EquatableArray<SnapshotProfile> Profiles,
        EquatableArray<SnapshotNumber> Numbers,
        EquatableArray<SnapshotTrustProduct> TrustProducts);

    /// <summary>One Business Profile (customer-profile bundle) and the numbers assigned to it.</summary>
    /// <param name="Sid">The profile SID (<c>BU…</c>).</param>
    /// <param name="FriendlyName">The profile's friendly name.</param>
    /// <param name="Status">The bundle status, e.g. <c>twilio-approved</c>.</param>
    /// <param name="PolicySid">The customer-profile policy it was created with (<c>RN…</c>).</param>
    /// <param name="NumberSids">The phone numbers (<c>PN…</c>) assigned to it as channel endpoints.</param>
    /// <param name="Line">The 0-based line of the profile's object in the file, for diagnostics.</param>
    public sealed record SnapshotProfile(string Sid, string FriendlyName, string Status, string PolicySid, EquatableArray<string> NumberSids, int Line);

    /// <summary>One incoming phone number of the account.</summary>
    /// <param name="Sid">The number SID (<c>PN…</c>).</param>
    /// <param name="PhoneNumber">The number in E.164 form, e.g. <c>+12125551234</c>.</param>
    /// <param name="FriendlyName">The number's friendly name, or <see langword="null"/> when it has none.</param>
    /// <param name="Type"><c>local</c>, <c>mobile</c>, <c>toll-free</c> or <c>unknown</c>.</param>
    /// <param name="Country">The ISO 3166 alpha-2 country code, or an empty string when not known.</param>
    /// <param name="Line">The 0-based line of the number's object in the file, for diagnostics.</param>
    public sealed record SnapshotNumber(string Sid, string PhoneNumber, string? FriendlyName, string Type, string Country, int Line);

    /// <summary>One trust product and what is assigned to it.</summary>
    /// <param name="Sid">The trust product SID (<c>BU…</c>).</param>
    /// <param name="FriendlyName">The trust product's friendly name.</param>
    /// <param name="Status">The bundle status, e.g. <c>draft</c>.</param>
    /// <param name="PolicySid">The trust-product policy it was created with (<c>RN…</c>).</param>
    /// <param name="NumberSids">The phone numbers (<c>PN…</c>) assigned to it as channel endpoints.</param>
    /// <param name="EntitySids">The objects assigned to it (Business Profiles <c>BU…</c>, end users <c>IT…</c>, documents <c>RD…</c>).</param>
    /// <param name="Line">The 0-based line of the trust product's object in the file, for diagnostics.</param>
    public sealed record SnapshotTrustProduct(string Sid, string FriendlyName, string Status, string PolicySid, EquatableArray<string> NumberSids, EquatableArray<string> EntitySids, int Line);

    /// <summary>The outcome of reading one snapshot file.</summary>
    /// <param name="Snapshot">The snapshot, or <see langword="null"/> when the file has errors (warnings alone keep it).</param>
    /// <param name="Diagnostics">Every problem found (IDs TH0201–TH0299).</param>
    public sealed record SnapshotReadResult(AccountSnapshot? Snapshot, EquatableArray<InputDiagnostic> Diagnostics)
    {
        /// <summary>The 0-based line of the root's <c>"capturedAt"</c> property name (0 without a snapshot), for a stale-snapshot warning.</summary>
        public int CapturedAtLine { get; init; }

        /// <summary>The 0-based UTF-16 column of that property name.</summary>
        public int CapturedAtColumn { get; init; }
    }
}
