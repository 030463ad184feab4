using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Sdk;

namespace TrustHubGen.Analyzers;

/// <summary>
/// Our onboarding engine's inputs written in source (<c>TrustHubGen.Runtime.Onboarding</c> types created with an
/// initialiser or changed with <c>with</c>): policy overrides (TH1001, TH1002), end-user attributes (TH1007, TH1008,
/// TH1013) and Business Profile SIDs (TH1005, TH1006).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OnboardingInputAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnknownPolicy, Descriptors.WrongPolicyKind, Descriptors.MalformedSid, Descriptors.WrongSidResource,
        Descriptors.CnamDisplayName, Descriptors.EndUserType, Descriptors.AttributeValue);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var runtime = TrustHubCallAnalyzer.ReferenceCheck(start.Compilation, "TrustHubGen.Runtime");
            var facts = CompilationFacts.Create(start.Compilation, start.Options);
            start.RegisterOperationAction(c =>
            {
                if (!runtime.Value) return;
                var (type, initializer, isNew) = c.Operation switch
                {
                    IObjectCreationOperation { Initializer: { } init } creation => (creation.Type, init, true),
                    IWithOperation with => (with.Type, with.Initializer, false),
                    _ => (null, null, false),
                };
                if (initializer is null || type is not INamedTypeSymbol named || !IsOnboardingType(named)) return;
                OnboardingInputRules.Check(new RuleContext(facts, c.ReportDiagnostic, c.CancellationToken), named, initializer, isNew);
            }, OperationKind.ObjectCreation, OperationKind.With);
        });
    }

    // TrustHubGen.Runtime.Onboarding and its sub-namespaces (Profiles, Pipelines), by name: no display strings.
    private static bool IsOnboardingType(INamedTypeSymbol type)
    {
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns.Name != "Onboarding") continue;
            return ns.ContainingNamespace is { Name: "Runtime" } runtime && runtime.ContainingNamespace is { Name: "TrustHubGen" } root
                && root.ContainingNamespace?.IsGlobalNamespace == true;
        }
        return false;
    }
}
