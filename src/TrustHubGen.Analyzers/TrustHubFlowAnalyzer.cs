using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Flow;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Snapshots;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers;

/// <summary>
/// Checks the order of Trust Hub calls within one method: numbers on the profile before the trust product (TH1004),
/// numbers the product's policy accepts (TH1010), both also against the account snapshot when the build has one, a Business Profile policy the product accepts (TH1002), end users the product accepts (TH1008), and assignments before submission (TH1012).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TrustHubFlowAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.WrongPolicyKind, Descriptors.EndUserType, Descriptors.NumberNotOnProfile, Descriptors.NumberCannotCarryProduct, Descriptors.SubmittedBeforeAssignments);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (!TrustHubCallAnalyzer.ReferencesTwilio(start.Compilation)) return;
            var policies = KnownPolicies.Create(start.Options, start.CancellationToken);
            var values = new ConstantResolver(start.Compilation);
            var snapshot = KnownSnapshot.Create(start.Options, start.CancellationToken);
            // Twilio calls are gathered by operation actions, which share the driver's walk of the operation tree, and
            // checked once the method is done.
            start.RegisterOperationBlockStartAction(blockStart =>
            {
                var calls = new List<TwilioCall>();
                blockStart.RegisterOperationAction(operationContext =>
                {
                    if (TwilioCallReader.Read(operationContext.Operation) is not { } call || MethodCalls.IsInNestedFunction(call.Anchor)) return;
                    lock (calls) calls.Add(call);
                }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
                blockStart.RegisterOperationBlockEndAction(end =>
                {
                    if (calls.Count == 0) return;
                    var method = new MethodCalls(calls);
                    var rules = new RuleContext(policies, values, end.ReportDiagnostic, end.CancellationToken, snapshot);
                    ProfilePolicyRule.Check(rules, method);
                    EndUserAcceptanceRule.Check(rules, method);
                    NumbersOnProfileRule.Check(rules, method);
                    NumberCountryRule.Check(rules, method);
                    SubmissionOrderRule.Check(rules, method);
                });
            });
        });
    }
}
