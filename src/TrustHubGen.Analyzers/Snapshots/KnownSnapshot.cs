using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Analyzers.Snapshots;

/// <summary>
/// The account snapshot the analyzers check against: the first <c>AdditionalFiles</c> item by path with
/// <c>TrustHubGenKind=Snapshot</c> (the one the generator uses; a second one is its TH0217), read through
/// <see cref="SharedSnapshotReader"/>: the generator's read of the same text, not a second one. A broken snapshot is
/// left out silently: the generator reports its problems (TH02xx) with file and line, so nothing is reported twice.
/// Every lookup is a hash lookup, whatever the size.
/// </summary>
internal sealed class KnownSnapshot
{
    // The read is shared with the generator (SharedSnapshotReader: one per text object or content in the process), and
    // the indexes are built once per read snapshot, then shared by every compilation and analyzer instance: the IDE makes
    // a compilation per keystroke and a build server compiles many projects, while the text rarely changes.
    private static readonly ConditionalWeakTable<AccountSnapshot, KnownSnapshot> Indexes = new();

    private readonly Dictionary<string, SnapshotProfile> _profiles;
    private readonly Dictionary<string, SnapshotNumber> _numbers;
    private readonly Dictionary<string, SnapshotTrustProduct> _products;
    private readonly HashSet<(string Profile, string Number)> _onProfile = new();
    private readonly HashSet<string> _onAnyProfile = new(StringComparer.Ordinal);

    private KnownSnapshot(AccountSnapshot snapshot)
    {
        CapturedAt = snapshot.CapturedAt;
        _profiles = new Dictionary<string, SnapshotProfile>(snapshot.Profiles.Count, StringComparer.Ordinal);
        _numbers = new Dictionary<string, SnapshotNumber>(snapshot.Numbers.Count, StringComparer.Ordinal);
        _products = new Dictionary<string, SnapshotTrustProduct>(snapshot.TrustProducts.Count, StringComparer.Ordinal);
        foreach (var number in snapshot.Numbers) _numbers[number.Sid] = number;
        foreach (var product in snapshot.TrustProducts) _products[product.Sid] = product;
        foreach (var profile in snapshot.Profiles)
        {
            _profiles[profile.Sid] = profile;
            foreach (var number in profile.NumberSids)
            {
                _onProfile.Add((profile.Sid, number));
                _onAnyProfile.Add(number);
            }
        }
    }

    /// <summary>When the snapshot was captured, for messages.</summary>
    public string CapturedAt { get; }

    public SnapshotProfile? Profile(string sid) => _profiles.TryGetValue(sid, out var profile) ? profile : null;

    public SnapshotNumber? Number(string sid) => _numbers.TryGetValue(sid, out var number) ? number : null;

    public SnapshotTrustProduct? TrustProduct(string sid) => _products.TryGetValue(sid, out var product) ? product : null;

    /// <summary>True when the snapshot has the number on that Business Profile.</summary>
    public bool IsOnProfile(string profileSid, string numberSid) => _onProfile.Contains((profileSid, numberSid));

    /// <summary>True when some Business Profile in the snapshot carries the number.</summary>
    public bool IsOnAnyProfile(string numberSid) => _onAnyProfile.Contains(numberSid);

    /// <summary>The snapshot of the build, or null when there is none or it is broken.</summary>
    public static KnownSnapshot? Create(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        AdditionalText? chosen = null;
        foreach (var file in options.AdditionalFiles)
        {
            var fileOptions = options.AnalyzerConfigOptionsProvider.GetOptions(file);
            if (!fileOptions.TryGetValue(KnownPolicies.KindMetadata, out var kind) || !string.Equals(kind, "Snapshot", StringComparison.OrdinalIgnoreCase))
                continue;
            if (chosen is null || string.CompareOrdinal(file.Path, chosen.Path) < 0) chosen = file;
        }
        return chosen?.GetText(cancellationToken) is { } text ? Read(chosen.Path, text) : null;
    }

    private static KnownSnapshot? Read(string path, SourceText text) =>
        SharedSnapshotReader.Read(path, text, text.Length, text.CopyTo, () => text.GetChecksum()).Snapshot is { } snapshot
            ? Indexes.GetValue(snapshot, static s => new KnownSnapshot(s))
            : null;
}
