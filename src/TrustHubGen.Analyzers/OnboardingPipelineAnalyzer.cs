using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Sdk;

namespace TrustHubGen.Analyzers;

/// <summary>
/// The generated typed pipelines (<c>CnamOnboarding.For(…).WithNumbers(…)</c>): numbers a policy of the pipeline cannot
/// take (TH1010), from E.164 literals and, with an account snapshot in the build, from the PN SIDs it lists.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OnboardingPipelineAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.NumberCannotCarryProduct);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var runtime = TrustHubCallAnalyzer.ReferenceCheck(start.Compilation, "TrustHubGen.Runtime");
            var facts = CompilationFacts.Create(start.Compilation, start.Options, withSnapshot: true);
            start.RegisterOperationAction(c =>
            {
                var invocation = (IInvocationOperation)c.Operation;
                if (!runtime.Value || !PipelineNumbersRule.IsNumbersStep(invocation.TargetMethod, facts.Types)) return;
                PipelineNumbersRule.Check(new RuleContext(facts, c.ReportDiagnostic, c.CancellationToken), invocation);
            }, OperationKind.Invocation);
        });
    }
}
