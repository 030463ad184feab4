using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TrustHubGen.Analyzers.Flow;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Rules;

namespace TrustHubGen.Analyzers.Benchmarks;

/// <summary>How much of the call analyzer's work a <see cref="StagedCallAnalyzer"/> does.</summary>
internal enum Stage
{
    /// <summary>The registrations alone: every callback returns at once.</summary>
    Floor,

    /// <summary>Each operation read into the call model, nothing checked.</summary>
    Recognize,

    /// <summary>Plus the per-call value rules.</summary>
    Values,

    /// <summary>Plus the order rules at the end of each block: the whole analyzer as it was before the breakdown.</summary>
    Full,
}

/// <summary>
/// TrustHubCallAnalyzer's design before the breakdown (an operation block start action per method, operation actions
/// on invocations, object creations, assignments and binary operators, the order rules at block end), cut at a
/// <see cref="Stage"/>; made of the analyzer's own parts (Twilio-library calls only: the corpus has no generated SDK).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class StagedCallAnalyzer(Stage stage) : DiagnosticAnalyzer
{
    private static readonly OperationKind[] CallKinds = [OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = new TrustHubCallAnalyzer().SupportedDiagnostics;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var facts = CompilationFacts.Create(start.Compilation, start.Options);
            start.RegisterOperationBlockStartAction(blockStart =>
            {
                var calls = new List<TwilioCall>();
                var nested = new List<TwilioCall>();
                blockStart.RegisterOperationAction(operationContext =>
                {
                    if (stage == Stage.Floor) return;
                    var call = TwilioCallReader.Read(operationContext.Operation);
                    if (call is null || stage == Stage.Recognize) return;
                    CallRules.Check(new RuleContext(facts, operationContext.ReportDiagnostic, operationContext.CancellationToken), call);
                    lock (calls) (MethodCalls.IsInNestedFunction(call.Anchor) ? nested : calls).Add(call);
                }, CallKinds);
                blockStart.RegisterOperationAction(c =>
                {
                    if (stage == Stage.Floor) return;
                    StatusComparisonRule.Check(new RuleContext(facts, c.ReportDiagnostic, c.CancellationToken), c.Operation);
                }, OperationKind.Binary);
                blockStart.RegisterOperationBlockEndAction(end =>
                {
                    if (stage != Stage.Full || calls.Count == 0) return;
                    var rules = new RuleContext(facts, end.ReportDiagnostic, end.CancellationToken);
                    MethodCalls.CheckOrder(rules, calls, nested);
                });
            });
        });
    }
}

/// <summary>Compilation-wide operation actions on the call analyzer's operation kinds, returning at once.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class OperationFloorAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = new TrustHubCallAnalyzer().SupportedDiagnostics;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment, OperationKind.Binary);
    }
}

/// <summary>Syntax node actions on the expressions a Trust Hub call is written as, returning at once.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class SyntaxFloorAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = new TrustHubCallAnalyzer().SupportedDiagnostics;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(_ => { }, SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.SimpleAssignmentExpression);
    }
}
