using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
/// Twilio's Trust Hub library. Every value passed to it (static calls, options constructors, initialisers and property
/// assignments): policy SIDs, SID shapes and prefixes, channel endpoint types, end-user types, CNAM display names and
/// statuses (TH1001–TH1003, TH1005–TH1009). Then, per method, the order of its calls: numbers on the profile before the
/// trust product (TH1004), numbers the product's policy accepts (TH1010), both also against the account snapshot when
/// the build has one, a Business Profile policy the product accepts (TH1002), end users the product accepts (TH1008),
/// and assignments before submission (TH1012).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TrustHubCallAnalyzer : DiagnosticAnalyzer
{
    private static readonly OperationKind[] CallKinds = { OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnknownPolicy, Descriptors.WrongPolicyKind, Descriptors.ChannelEndpointType, Descriptors.NumberNotOnProfile,
        Descriptors.MalformedSid, Descriptors.WrongSidResource, Descriptors.CnamDisplayName, Descriptors.EndUserType, Descriptors.Status,
        Descriptors.NumberCannotCarryProduct, Descriptors.SubmittedBeforeAssignments);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (!ReferencesTwilio(start.Compilation)) return;
            var policies = KnownPolicies.Create(start.Options, start.CancellationToken);
            var values = new ConstantResolver(start.Compilation);
            var snapshot = KnownSnapshot.Create(start.Options, start.CancellationToken);
            // One operation action serves both halves: each operation is recognised once, its values checked at once,
            // and the call kept for the method's order checks when the block ends.
            start.RegisterOperationBlockStartAction(blockStart =>
            {
                var block = new BlockCalls();
                blockStart.RegisterOperationAction(operationContext =>
                {
                    if (TwilioCallReader.Read(operationContext.Operation) is not { } call) return;
                    CallRules.Check(new RuleContext(policies, values, operationContext.ReportDiagnostic, operationContext.CancellationToken), call);
                    if (!MethodCalls.IsInNestedFunction(call.Anchor)) block.Add(call);
                }, CallKinds);
                blockStart.RegisterOperationBlockEndAction(end =>
                {
                    if (block.Calls is not { } calls) return;
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

    internal static bool ReferencesTwilio(Compilation compilation) =>
        compilation.ReferencedAssemblyNames.Any(a => a.Name == "Twilio");

    /// <summary>The Twilio calls of one operation block; the list is made only for blocks that have one.</summary>
    private sealed class BlockCalls
    {
        public List<TwilioCall>? Calls { get; private set; }

        public void Add(TwilioCall call)
        {
            lock (this) (Calls ??= new List<TwilioCall>()).Add(call);
        }
    }
}
