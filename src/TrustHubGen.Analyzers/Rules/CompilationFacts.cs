using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Analyzers.Sdk;
using TrustHubGen.Analyzers.Snapshots;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>
/// What the rules know about one compilation, shared by every callback: the known policies, the account snapshot, the
/// value resolver and the caches of our own and Twilio's types. Made at the compilation's start without asking the
/// compilation or the options anything; the policies and the snapshot are read when a rule first needs them, so a
/// compilation with no Trust Hub call reads neither.
/// </summary>
internal sealed class CompilationFacts
{
    private readonly AnalyzerOptions _options;
    private readonly object _gate = new();
    private KnownPolicies? _policies;
    private KnownSnapshot? _snapshot;
    private bool _snapshotRead;

    private CompilationFacts(AnalyzerOptions options, ConstantResolver values)
    {
        _options = options;
        Values = values;
    }

    // Read under a lock with the asking callback's token, and kept only once complete: a read cancelled half-way is not
    // remembered, the next asker reads again.
    public KnownPolicies Policies(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _policies) is { } policies) return policies;
        lock (_gate) return _policies ??= KnownPolicies.Create(_options, cancellationToken);
    }

    /// <summary>The account snapshot of the build, when there is a readable one.</summary>
    public KnownSnapshot? Snapshot(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _snapshotRead)) return _snapshot;
        lock (_gate)
        {
            if (_snapshotRead) return _snapshot;
            _snapshot = KnownSnapshot.Create(_options, cancellationToken);
            Volatile.Write(ref _snapshotRead, true);
            return _snapshot;
        }
    }

    public ConstantResolver Values { get; }

    public TrustHubGenTypes Types => Values.Types;

    public StatusTypes Statuses { get; } = new();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _constantKeys = new(System.StringComparer.Ordinal);

    /// <summary>"c:" + a constant, the flow rules' key of a known value (see <c>ValueKeys</c>), made once per constant.</summary>
    public string ConstantKey(string text)
    {
        if (_constantKeys.TryGetValue(text, out var key)) return key;
        return _constantKeys.GetOrAdd(text, "c:" + text);
    }

    /// <summary>Attribute values checked against their policy rules, each rule and value once per compilation.</summary>
    public AttributeChecks Attributes { get; } = new();

    public static CompilationFacts Create(Compilation compilation, AnalyzerOptions options) =>
        new(options, new ConstantResolver(compilation, new TrustHubGenTypes()));
}
