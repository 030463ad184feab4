using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers;

/// <summary>
/// Checks every value passed to Twilio's Trust Hub library (static calls, options constructors, initialisers and
/// property assignments): policy SIDs, SID shapes and prefixes, channel endpoint types, end-user types, CNAM display
/// names and statuses (TH1001–TH1003, TH1005–TH1009).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TrustHubCallAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnknownPolicy, Descriptors.WrongPolicyKind, Descriptors.ChannelEndpointType, Descriptors.MalformedSid,
        Descriptors.WrongSidResource, Descriptors.CnamDisplayName, Descriptors.EndUserType, Descriptors.Status);

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
            start.RegisterOperationAction(operationContext =>
            {
                if (TwilioCallReader.Read(operationContext.Operation) is not { } call) return;
                var rules = new RuleContext(policies, values, operationContext.ReportDiagnostic, operationContext.CancellationToken);
                CallRules.Check(rules, call);
            }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
        });
    }

    internal static bool ReferencesTwilio(Compilation compilation) =>
        compilation.ReferencedAssemblyNames.Any(a => a.Name == "Twilio");
}
