using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Snapshots;

/// <summary>
/// The notice (TH0219, info) that a kind of the snapshot has more items than <c>TrustHubGenSnapshotHandleLimit</c> and
/// so gets no member per item: code that names one gets CS0117, and this says why and what to write instead.
/// </summary>
internal static class SnapshotHandleLimit
{
    public static EquatableArray<InputDiagnostic> Check(SnapshotSet set, int limit)
    {
        if (set.Snapshot is not { } snapshot || set.Path is null) return EquatableArray<InputDiagnostic>.Empty;
        var over = new List<(string Count, string Member, string Parse, int Line)>();
        if (snapshot.Numbers.Count > limit)
            over.Add((Count(snapshot.Numbers.Count, "number"), "Numbers", "PhoneNumberSid", snapshot.Numbers.First().Line));
        if (snapshot.Profiles.Count > limit)
            over.Add((Count(snapshot.Profiles.Count, "Business Profile"), "Profiles", "CustomerProfileSid", snapshot.Profiles.First().Line));
        if (snapshot.TrustProducts.Count > limit)
            over.Add((Count(snapshot.TrustProducts.Count, "trust product"), "TrustProducts", "TrustProductSid", snapshot.TrustProducts.First().Line));
        if (over.Count == 0) return EquatableArray<InputDiagnostic>.Empty;

        return EquatableArray.Create(InputDiagnostic.Create(InputDiagnosticIds.SnapshotHandlesNotGenerated, set.Path, over[0].Line, 0,
            System.IO.Path.GetFileName(set.Path), Join(over.Select(o => o.Count)), limit.ToString("N0", CultureInfo.InvariantCulture),
            Join(over.Select(o => "TrustHubAccount." + o.Member)), over.Count == 1 ? "gets" : "get", string.Join(" / ", over.Select(o => o.Parse))));
    }

    private static string Count(int count, string noun) => count.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    private static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[list.Count - 1];
    }
}
