using System;
using System.Collections.Generic;
using System.Linq;
using TrustHubGen.Policies;
using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Generator.Snapshots;

/// <summary>
/// Names every profile, number and trust product of a snapshot (see <see cref="SnapshotNames"/>) for the emitter, for
/// each kind that has at most <c>TrustHubGenSnapshotHandleLimit</c> items. A kind over the limit is not even named:
/// at 100,000 numbers naming them would cost more than everything else the generator does.
/// </summary>
internal static class AccountHandleBuilder
{
    public static AccountHandles? Build(SnapshotSet set, SnapshotSidTypes sidTypes, int handleLimit)
    {
        if (set.Snapshot is not { } snapshot || set.Path is null) return null;
        var counts = new HandleCounts(snapshot.Profiles.Count, snapshot.Numbers.Count, snapshot.TrustProducts.Count, handleLimit);

        // Sorted by SID (numbers by E.164) so a hand-reordered file generates the same code.
        var numberHandles = new List<NumberHandle>();
        if (counts.NumberHandles)
        {
            var numbers = snapshot.Numbers.OrderBy(n => n.PhoneNumber, StringComparer.Ordinal).ThenBy(n => n.Sid, StringComparer.Ordinal).ToList();
            var numberNames = SnapshotNames.Unique(numbers.Select(n => (n.Sid, SnapshotNames.ForNumber(n.FriendlyName, n.PhoneNumber))).ToList());
            numberHandles.AddRange(numbers.Select((n, i) => new NumberHandle(numberNames[i], n.Sid, n.PhoneNumber, n.FriendlyName, n.Type, n.Country)));
        }
        var bySid = numberHandles.ToDictionary(n => n.Sid, StringComparer.Ordinal);

        var profileHandles = Enumerable.Empty<ProfileHandle>();
        if (counts.ProfileHandles)
        {
            var profiles = snapshot.Profiles.OrderBy(p => p.Sid, StringComparer.Ordinal).ToList();
            var profileNames = SnapshotNames.Unique(profiles.Select(p => (p.Sid, SnapshotNames.ForBundle(p.FriendlyName, "Profile", p.Sid))).ToList());
            profileHandles = profiles.Select((p, i) => new ProfileHandle(profileNames[i], p.Sid, p.FriendlyName, p.Status, p.PolicySid, NumbersOf(p.NumberSids, bySid)));
        }

        var productHandles = Enumerable.Empty<TrustProductHandle>();
        if (counts.TrustProductHandles)
        {
            var products = snapshot.TrustProducts.OrderBy(p => p.Sid, StringComparer.Ordinal).ToList();
            var productNames = SnapshotNames.Unique(products.Select(p => (p.Sid, SnapshotNames.ForBundle(p.FriendlyName, "TrustProduct", p.Sid))).ToList());
            productHandles = products.Select((p, i) => new TrustProductHandle(productNames[i], p.Sid, p.FriendlyName, p.Status, p.PolicySid,
                NumbersOf(p.NumberSids, bySid), new EquatableArray<string>(p.EntitySids.OrderBy(s => s, StringComparer.Ordinal))));
        }

        return new AccountHandles(snapshot.AccountSid, snapshot.CapturedAt, System.IO.Path.GetFileName(set.Path), sidTypes, counts,
            new EquatableArray<ProfileHandle>(profileHandles), new EquatableArray<NumberHandle>(numberHandles), new EquatableArray<TrustProductHandle>(productHandles));
    }

    // The reader guarantees every listed number is in the snapshot; a missing one is skipped rather than trusted.
    // Without number handles (over the limit) nothing is found, and the emitter leaves the bundles' Numbers out.
    private static EquatableArray<NumberHandle> NumbersOf(EquatableArray<string> sids, Dictionary<string, NumberHandle> bySid) =>
        new(sids.Where(bySid.ContainsKey).Select(s => bySid[s]).OrderBy(n => n.Name, StringComparer.Ordinal));
}
