using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Analyzers.Snapshots;

/// <summary>
/// The account snapshot the analyzers check against: every <c>AdditionalFiles</c> item with
/// <c>TrustHubGenKind=Snapshot</c>, read with the shared <see cref="AccountSnapshotReader"/>. A broken snapshot is left
/// out silently: the generator reports its problems (TH02xx) with file and line, so nothing is reported twice.
/// </summary>
internal sealed class KnownSnapshot
{
    // Parsed once per file content, not per compilation: the IDE makes a compilation per keystroke, the text rarely changes.
    private static readonly ConcurrentDictionary<string, AccountSnapshot?> ReadCache = new(StringComparer.Ordinal);
    private const int MaxCachedFiles = 16;

    private readonly Dictionary<string, SnapshotProfile> _profiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SnapshotNumber> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SnapshotTrustProduct> _products = new(StringComparer.Ordinal);

    private KnownSnapshot(IEnumerable<AccountSnapshot> snapshots)
    {
        var capturedAt = new List<string>();
        foreach (var snapshot in snapshots)
        {
            capturedAt.Add(snapshot.CapturedAt);
            foreach (var profile in snapshot.Profiles) _profiles[profile.Sid] = profile;
            foreach (var number in snapshot.Numbers) _numbers[number.Sid] = number;
            foreach (var product in snapshot.TrustProducts) _products[product.Sid] = product;
        }
        CapturedAt = string.Join(", ", capturedAt);
    }

    /// <summary>When the snapshot(s) were captured, for messages.</summary>
    public string CapturedAt { get; }

    public SnapshotProfile? Profile(string sid) => _profiles.TryGetValue(sid, out var profile) ? profile : null;

    public SnapshotNumber? Number(string sid) => _numbers.TryGetValue(sid, out var number) ? number : null;

    public SnapshotTrustProduct? TrustProduct(string sid) => _products.TryGetValue(sid, out var product) ? product : null;

    /// <summary>True when some Business Profile in the snapshot carries the number.</summary>
    public bool IsOnAnyProfile(string numberSid)
    {
        foreach (var profile in _profiles.Values)
        {
            if (profile.NumberSids.Contains(numberSid)) return true;
        }
        return false;
    }

    /// <summary>The snapshot of the build, or null when there is none or every snapshot file is broken.</summary>
    public static KnownSnapshot? Create(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        List<AccountSnapshot>? snapshots = null;
        foreach (var file in options.AdditionalFiles)
        {
            var fileOptions = options.AnalyzerConfigOptionsProvider.GetOptions(file);
            if (!fileOptions.TryGetValue(KnownPolicies.KindMetadata, out var kind) || !string.Equals(kind, "Snapshot", StringComparison.OrdinalIgnoreCase))
                continue;
            var text = file.GetText(cancellationToken);
            if (text is null) continue;
            var key = file.Path + "\n" + Hex(text.GetChecksum());
            if (!ReadCache.TryGetValue(key, out var snapshot))
            {
                snapshot = AccountSnapshotReader.Read(file.Path, text.ToString()).Snapshot;
                if (ReadCache.Count >= MaxCachedFiles) ReadCache.Clear();
                ReadCache[key] = snapshot;
            }
            if (snapshot is not null) (snapshots ??= new List<AccountSnapshot>()).Add(snapshot);
        }
        return snapshots is null ? null : new KnownSnapshot(snapshots);
    }

    private static string Hex(System.Collections.Immutable.ImmutableArray<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes) builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return builder.ToString();
    }
}
