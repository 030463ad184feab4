using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
/// product accepts (TH1008), and assignments before submission (TH1012).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TrustHubCallAnalyzer : DiagnosticAnalyzer
{
    private static readonly OperationKind[] CallKinds = { OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnknownPolicy, Descriptors.WrongPolicyKind, Descriptors.ChannelEndpointType, Descriptors.NumberNotOnProfile,
        Descriptors.MalformedSid, Descriptors.WrongSidResource, Descriptors.CnamDisplayName, Descriptors.EndUserType, Descriptors.Status,
        Descriptors.NumberCannotCarryProduct, Descriptors.SubmittedBeforeAssignments, Descriptors.AttributeValue);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var twilio = References(start.Compilation, "Twilio");
            var ours = References(start.Compilation, "TrustHubGen.Runtime");
            if (!twilio && !ours) return;
            var facts = CompilationFacts.Create(start.Compilation, start.Options, start.CancellationToken, withSnapshot: true);
            // One operation action serves both halves: each operation is recognised once, its values checked at once,
            // and the call kept for the method's order checks when the block ends.
            start.RegisterOperationBlockStartAction(blockStart =>
            {
                var block = new BlockCalls();
                blockStart.RegisterOperationAction(operationContext =>
                {
                    var operation = operationContext.Operation;
                    var call = (twilio ? TwilioCallReader.Read(operation) : null)
                               ?? (ours ? GeneratedCallReader.Read(operation, facts.Values, operationContext.CancellationToken) : null);
                    if (call is null) return;
                    CallRules.Check(new RuleContext(facts, operationContext.ReportDiagnostic, operationContext.CancellationToken), call);
                    if (!MethodCalls.IsInNestedFunction(call.Anchor)) block.Add(call);
                }, CallKinds);
                blockStart.RegisterOperationAction(
                    c => StatusComparisonRule.Check(new RuleContext(facts, c.ReportDiagnostic, c.CancellationToken), c.Operation), OperationKind.Binary);
                blockStart.RegisterOperationBlockEndAction(end =>
                {
                    if (block.Calls is not { } calls) return;
                    var rules = new RuleContext(facts, end.ReportDiagnostic, end.CancellationToken);
                    var method = new MethodCalls(calls, rules);
                    ProfilePolicyRule.Check(rules, method);
                    EndUserAcceptanceRule.Check(rules, method);
                    NumbersOnProfileRule.Check(rules, method);
                    NumberCountryRule.Check(rules, method);
                    SubmissionOrderRule.Check(rules, method);
                });
            });
        });
    }

    internal static bool References(Compilation compilation, string assemblyName) =>
        compilation.ReferencedAssemblyNames.Any(a => a.Name == assemblyName);

    /// <summary>The Trust Hub calls of one operation block; the list is made only for blocks that have one.</summary>
    private sealed class BlockCalls
    {
        public List<TwilioCall>? Calls { get; private set; }

        public void Add(TwilioCall call)
        {
            lock (this) (Calls ??= new List<TwilioCall>()).Add(call);
        }
    }
}
