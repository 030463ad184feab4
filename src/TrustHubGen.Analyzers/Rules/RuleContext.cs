using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Analyzers.Snapshots;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>What every rule needs: the compilation's facts (policies, snapshot, value resolver, status types) and where to report.</summary>
internal sealed class RuleContext
{
    public RuleContext(CompilationFacts facts, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Facts = facts;
        Report = report;
        CancellationToken = cancellationToken;
    }

    public CompilationFacts Facts { get; }

    public KnownPolicies Policies => Facts.Policies(CancellationToken);

    /// <summary>The account snapshot of the build, when there is a readable one.</summary>
    public KnownSnapshot? Snapshot => Facts.Snapshot(CancellationToken);

    public ConstantResolver Values => Facts.Values;

    public Action<Diagnostic> Report { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Null when the value is valid for the rule, else the problem (see <see cref="AttributeChecks"/>).</summary>
    public string? CheckAttribute(TrustHubGen.Policies.AttributeRule rule, string value) => Facts.Attributes.Check(rule, value);

    public KnownValue? Resolve(IOperation? operation) => Values.Resolve(operation, CancellationToken);

    /// <summary>Where a value came from (the initialiser of a local assigned once), see <see cref="ConstantResolver.Origin"/>.</summary>
    public IOperation Origin(IOperation operation) => Values.Origin(operation, CancellationToken);
}
