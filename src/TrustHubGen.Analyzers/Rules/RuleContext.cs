using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>What every rule needs: the known policies, the constant resolver, and where to report.</summary>
internal sealed class RuleContext
{
    public RuleContext(KnownPolicies policies, ConstantResolver values, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Policies = policies;
        Values = values;
        Report = report;
        CancellationToken = cancellationToken;
    }

    public KnownPolicies Policies { get; }

    public ConstantResolver Values { get; }

    public Action<Diagnostic> Report { get; }

    public CancellationToken CancellationToken { get; }

    public KnownValue? Resolve(IOperation? operation) => Values.Resolve(operation, CancellationToken);
}
