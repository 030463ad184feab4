using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Analyzers.Sdk;
using TrustHubGen.Analyzers.Snapshots;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>
/// What the rules know about one compilation, made once at its start and shared by every callback: the known policies,
/// the account snapshot, the value resolver and the caches of our own and Twilio's types.
/// </summary>
internal sealed class CompilationFacts
{
    private CompilationFacts(KnownPolicies policies, KnownSnapshot? snapshot, ConstantResolver values)
    {
        Policies = policies;
        Snapshot = snapshot;
        Values = values;
    }

    public KnownPolicies Policies { get; }

    public KnownSnapshot? Snapshot { get; }

    public ConstantResolver Values { get; }

    public TrustHubGenTypes Types => Values.Types;

    public StatusTypes Statuses { get; } = new();

    public static CompilationFacts Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken, bool withSnapshot = false) =>
        new(KnownPolicies.Create(options, cancellationToken),
            withSnapshot ? KnownSnapshot.Create(options, cancellationToken) : null,
            new ConstantResolver(compilation, new TrustHubGenTypes()));
}
