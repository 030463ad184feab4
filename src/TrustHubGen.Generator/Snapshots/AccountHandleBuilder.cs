using System;
using System.Collections.Generic;
using System.Linq;
using TrustHubGen.Policies;
using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Generator.Snapshots;

/// <summary>Names every profile, number and trust product of a snapshot (see <see cref="SnapshotNames"/>) for the emitter.</summary>
internal static class AccountHandleBuilder
{
    public static AccountHandles? Build(SnapshotSet set, SnapshotSidTypes sidTypes)
    {
        if (set.Snapshot is not { } snapshot || set.Path is null) return null;

        // Sorted by SID (numbers by E.164) so a hand-reordered file generates the same code.
        var numbers = snapshot.Numbers.OrderBy(n => n.PhoneNumber, StringComparer.Ordinal).ThenBy(n => n.Sid, StringComparer.Ordinal).ToList();
        var numberNames = SnapshotNames.Unique(numbers.Select(n => (n.Sid, SnapshotNames.ForNumber(n.FriendlyName, n.PhoneNumber))).ToList());
        var numberHandles = numbers.Select((n, i) => new NumberHandle(numberNames[i], n.Sid, n.PhoneNumber, n.FriendlyName, n.Type, n.Country)).ToList();
        var bySid = numberHandles.ToDictionary(n => n.Sid, StringComparer.Ordinal);

        var profiles = snapshot.Profiles.OrderBy(p => p.Sid, StringComparer.Ordinal).ToList();
        var profileNames = SnapshotNames.Unique(profiles.Select(p => (p.Sid, SnapshotNames.ForBundle(p.FriendlyName, "Profile", p.Sid))).ToList());
        var profileHandles = profiles.Select((p, i) => new ProfileHandle(profileNames[i], p.Sid, p.FriendlyName, p.Status, p.PolicySid, NumbersOf(p.NumberSids, bySid)));

        var products = snapshot.TrustProducts.OrderBy(p => p.Sid, StringComparer.Ordinal).ToList();
        var productNames = SnapshotNames.Unique(products.Select(p => (p.Sid, SnapshotNames.ForBundle(p.FriendlyName, "TrustProduct", p.Sid))).ToList());
        var productHandles = products.Select((p, i) => new TrustProductHandle(productNames[i], p.Sid, p.FriendlyName, p.Status, p.PolicySid,
            NumbersOf(p.NumberSids, bySid), new EquatableArray<string>(p.EntitySids.OrderBy(s => s, StringComparer.Ordinal))));

        return new AccountHandles(snapshot.AccountSid, snapshot.CapturedAt, System.IO.Path.GetFileName(set.Path), sidTypes,
            new EquatableArray<ProfileHandle>(profileHandles), new EquatableArray<NumberHandle>(numberHandles), new EquatableArray<TrustProductHandle>(productHandles));
    }

    // The reader guarantees every listed number is in the snapshot; a missing one is skipped rather than trusted.
    private static EquatableArray<NumberHandle> NumbersOf(EquatableArray<string> sids, Dictionary<string, NumberHandle> bySid) =>
        new(sids.Where(bySid.ContainsKey).Select(s => bySid[s]).OrderBy(n => n.Name, StringComparer.Ordinal));
}
