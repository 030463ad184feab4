using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Sdk;
using TrustHubGen.Analyzers.Snapshots;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>
/// The rules that look at single operations outside the call model, run from <c>TrustHubCallAnalyzer</c>'s walk of
/// each method body: credentials in source (TH1011) on invocations and object creations, our SDK's <c>Parse</c> entry
/// points, the typed pipelines' numbers (TH1010), the onboarding engine's inputs, and left-out snapshot handles (TH1014)
/// on code that does not compile. They were analyzers of their own with operation actions; the compiler then walked
/// every method's operations again for each of them and called each back on every invocation, work it does not
/// charge to the analyzers but that a build pays (issue 10 §6). One per compilation.
/// </summary>
internal sealed class OperationRules
{
    private readonly Lazy<bool> _runtime;
    private readonly SdkParseRule _sdkParse;
    private readonly SnapshotHandleRule _snapshotHandles;

    public OperationRules(Compilation compilation, AnalyzerOptions options, Lazy<bool> referencesRuntime)
    {
        _runtime = referencesRuntime;
        _sdkParse = new SdkParseRule(compilation);
        _snapshotHandles = new SnapshotHandleRule(compilation, options);
    }

    /// <summary>Whether an operation of this kind may concern one of these rules.</summary>
    public static bool Handles(OperationKind kind) =>
        kind is OperationKind.Invocation or OperationKind.ObjectCreation or OperationKind.With or OperationKind.Invalid;

    [MethodImpl(Jit.Optimized)]
    public void Check(RuleContext rules, IOperation operation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                CredentialsRule.Check(rules, invocation);
                _sdkParse.Check(rules, invocation);
                if (_runtime.Value && PipelineNumbersRule.IsNumbersStep(invocation.TargetMethod, rules.Facts.Types)) PipelineNumbersRule.Check(rules, invocation);
                break;
            case IObjectCreationOperation creation:
                CredentialsRule.Check(rules, creation);
                if (creation.Initializer is not null && _runtime.Value) OnboardingInputRules.Check(rules, creation);
                break;
            case IWithOperation with:
                if (_runtime.Value) OnboardingInputRules.Check(rules, with);
                break;
            case IInvalidOperation:
                _snapshotHandles.Check(rules, operation);
                break;
        }
    }
}
