using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Analyzers.Snapshots;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>What every rule needs: the known policies, the account snapshot if any, the constant resolver, and where to report.</summary>
internal sealed class RuleContext
{
    public RuleContext(KnownPolicies policies, ConstantResolver values, Action<Diagnostic> report, CancellationToken cancellationToken, KnownSnapshot? snapshot = null)
    {
        Snapshot = snapshot;
        Policies = policies;
        Values = values;
        Report = report;
        CancellationToken = cancellationToken;
    }

    public KnownPolicies Policies { get; }

    /// <summary>The account snapshot of the build, when there is a readable one.</summary>
    public KnownSnapshot? Snapshot { get; }

    public ConstantResolver Values { get; }

    public Action<Diagnostic> Report { get; }

    public CancellationToken CancellationToken { get; }

    public KnownValue? Resolve(IOperation? operation) => Values.Resolve(operation, CancellationToken);
}
