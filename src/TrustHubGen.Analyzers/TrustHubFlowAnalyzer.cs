using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Flow;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers;

/// <summary>
/// Checks the order of Trust Hub calls within one method: numbers on the profile before the trust product (TH1004),
/// numbers the product's policy accepts (TH1010), a Business Profile policy the product accepts (TH1002), end users the product accepts (TH1008), and assignments before submission (TH1012).
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
            start.RegisterOperationBlockAction(block =>
            {
                var method = MethodCalls.Collect(block.OperationBlocks);
                if (method.Calls.Count == 0) return;
                var rules = new RuleContext(policies, values, block.ReportDiagnostic, block.CancellationToken);
                ProfilePolicyRule.Check(rules, method);
                EndUserAcceptanceRule.Check(rules, method);
                NumbersOnProfileRule.Check(rules, method);
                NumberCountryRule.Check(rules, method);
                SubmissionOrderRule.Check(rules, method);
            });
        });
    }
}
