using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Flow;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Rules;

namespace TrustHubGen.Analyzers;

/// <summary>
/// Trust Hub calls on both surfaces: Twilio's C# library (static calls, options constructors, initialisers and property
/// assignments) and our generated SDK (client methods and request objects), read into one model so each rule applies to
/// both. Every value: policy SIDs, SID shapes and prefixes, channel endpoint types, end-user types and attributes, and
/// statuses, set or compared (TH1001–TH1003, TH1005–TH1009, TH1013). Then, per method, the order of its calls: numbers on
/// the profile before the trust product (TH1004), numbers the product's policy accepts (TH1010), both also against the
/// account snapshot when the build has one, a Business Profile policy the product accepts (TH1002), end users the
/// product accepts (TH1008), and assignments before submission (TH1012). In the same walk, the rules on single operations
/// (<see cref="OperationRules"/>): credentials in source (TH1011), our SDK's <c>Parse</c> entry points, the typed pipelines'
/// numbers, the onboarding engine's inputs, and left-out snapshot handles (TH1014). TrustHubGen's only analyzer.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TrustHubCallAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnknownPolicy, Descriptors.WrongPolicyKind, Descriptors.ChannelEndpointType, Descriptors.NumberNotOnProfile,
        Descriptors.MalformedSid, Descriptors.WrongSidResource, Descriptors.CnamDisplayName, Descriptors.EndUserType, Descriptors.Status,
        Descriptors.NumberCannotCarryProduct, Descriptors.SubmittedBeforeAssignments, Descriptors.AttributeValue,
        Descriptors.CredentialInSource, Descriptors.SnapshotHandleNotGenerated);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Nothing is asked of the compilation here (which assemblies it references, the policies, the snapshot): the
            // first to ask pays for work the compiler does anyway, and a compilation with no Trust Hub call needs none of it.
            var runtime = ReferenceCheck(start.Compilation, "TrustHubGen.Runtime");
            var compilation = new CallCompilation(
                ReferenceCheck(start.Compilation, "Twilio"), runtime,
                CompilationFacts.Create(start.Compilation, start.Options),
                new OperationRules(start.Compilation, start.Options, runtime));
            // One callback per method body: its operations are walked here, each recognised once and its values checked
            // at once, then the method's order checks, with one rule context for the whole body. The rules on single
            // operations (OperationRules) run in the same walk: as analyzers of their own, with operation actions, they
            // made the compiler walk every body again for each and call it back on every invocation.
            start.RegisterOperationBlockAction(compilation.Analyze);
        });
    }

    /// <summary>
    /// Whether the compilation references an assembly, asked when a callback first needs to know rather than at the
    /// compilation's start: binding the references is the compiler's own work, done before any method body is bound,
    /// and whoever asks first is charged for it. Not remembered when it throws.
    /// </summary>
    internal static Lazy<bool> ReferenceCheck(Compilation compilation, string assemblyName) =>
        new(() => References(compilation, assemblyName), LazyThreadSafetyMode.PublicationOnly);

    internal static bool References(Compilation compilation, string assemblyName)
    {
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            if (assembly.Name == assemblyName) return true;
        }
        return false;
    }

    /// <summary>One compilation's analysis: which surfaces it references (asked at its first candidate call), its facts and its operation rules.</summary>
    private sealed class CallCompilation
    {
        private readonly Lazy<bool> _twilio;
        private readonly Lazy<bool> _ours;
        private readonly CompilationFacts _facts;
        private readonly OperationRules _operationRules;

        public CallCompilation(Lazy<bool> twilio, Lazy<bool> ours, CompilationFacts facts, OperationRules operationRules)
        {
            _twilio = twilio;
            _ours = ours;
            _facts = facts;
            _operationRules = operationRules;
        }

        // One walk stack and one call list per thread, reused by every method body it analyses: every body of the
        // compilation is walked, most have no Trust Hub call, and a stack of their own for each was most of what the
        // walk allocated. A callback never runs inside another on the same thread.
        [ThreadStatic] private static Stack<(IOperation Operation, bool Nested)>? t_pending;
        [ThreadStatic] private static List<TwilioCall>? t_calls;
        [ThreadStatic] private static List<TwilioCall>? t_nested;

        [MethodImpl(Jit.Optimized)]
        public void Analyze(OperationBlockAnalysisContext block)
        {
            var pending = t_pending ?? new Stack<(IOperation Operation, bool Nested)>();
            var calls = t_calls ?? new List<TwilioCall>();
            var nestedCalls = t_nested ?? new List<TwilioCall>();
            t_pending = null;
            t_calls = null;
            t_nested = null;
            try
            {
                Analyze(block, pending, calls, nestedCalls);
            }
            finally
            {
                pending.Clear();
                calls.Clear();
                nestedCalls.Clear();
                t_pending = pending;
                t_calls = calls;
                t_nested = nestedCalls;
            }
        }

        [MethodImpl(Jit.Optimized)]
        private void Analyze(OperationBlockAnalysisContext block, Stack<(IOperation Operation, bool Nested)> pending, List<TwilioCall> calls, List<TwilioCall> nestedCalls)
        {
            var cancellationToken = block.CancellationToken;
            RuleContext? rules = null;
            // Pre-order, children in source order, as the driver hands operations to operation actions; an explicit
            // stack, since a long chain of binary operators nests as deep as it is long.
            for (var i = block.OperationBlocks.Length - 1; i >= 0; i--) pending.Push((block.OperationBlocks[i], false));
            while (pending.Count > 0)
            {
                var (operation, nested) = pending.Pop();
                if (OperationRules.Handles(operation.Kind))
                    _operationRules.Check(rules ??= new RuleContext(_facts, block.ReportDiagnostic, cancellationToken), operation);
                switch (operation.Kind)
                {
                    case OperationKind.Invocation or OperationKind.ObjectCreation or OperationKind.SimpleAssignment:
                        if (Read(operation, cancellationToken) is not { } call) break;
                        rules ??= new RuleContext(_facts, block.ReportDiagnostic, cancellationToken);
                        CallRules.Check(rules, call);
                        // A lambda's or local function's calls run when it is called, in an order unknown here: the
                        // order rules only learn that they exist, to stay silent about what they may do.
                        (nested ? nestedCalls : calls).Add(call);
                        break;
                    case OperationKind.Binary when StatusComparisonRule.MayApply(operation):
                        rules ??= new RuleContext(_facts, block.ReportDiagnostic, cancellationToken);
                        StatusComparisonRule.Check(rules, operation);
                        break;
                    case OperationKind.IsPattern or OperationKind.SwitchExpression or OperationKind.Switch when StatusComparisonRule.MayApplyPatterns(operation):
                        rules ??= new RuleContext(_facts, block.ReportDiagnostic, cancellationToken);
                        StatusComparisonRule.CheckPatterns(rules, operation);
                        break;
                }
                var inner = nested || operation.Kind is OperationKind.AnonymousFunction or OperationKind.LocalFunction;
                foreach (var child in operation.ChildOperations.Reverse()) pending.Push((child, inner));
            }
            if (calls.Count == 0 || rules is null) return;
            MethodCalls.CheckOrder(rules, calls, nestedCalls);
        }

        // Names first: each reader turns an operation of another API away on the names its symbols hold, before the
        // compilation is asked which surfaces it references.
        [MethodImpl(Jit.Optimized)]
        private TwilioCall? Read(IOperation operation, CancellationToken cancellationToken)
        {
            if (TwilioCallReader.Read(operation) is { } call && _twilio.Value) return call;
            return GeneratedCallReader.MayBeCall(operation) && _ours.Value ? GeneratedCallReader.Read(operation, _facts.Values, cancellationToken) : null;
        }
    }
}
