using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers;

/// <summary>
/// Our generated SDK's string entry point for SIDs: <c>XxxSid.Parse("…")</c> on any type named <c>…Sid</c> implementing
/// <c>TrustHubGen.Runtime.ITwilioSid</c>, and <c>TwilioSid.Parse</c>. Malformed SIDs (TH1005), a prefix other than
/// the type's <c>Prefix</c> constant (TH1006), and unknown policies for a type whose prefix is RN (TH1001).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SidParseAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnknownPolicy, Descriptors.MalformedSid, Descriptors.WrongSidResource);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Cheap first: a metadata-name lookup searches every reference, so only do it when the runtime is referenced.
            if (!start.Compilation.ReferencedAssemblyNames.Any(a => a.Name == "TrustHubGen.Runtime")) return;
            var sidInterface = start.Compilation.GetTypeByMetadataName("TrustHubGen.Runtime.ITwilioSid");
            var anySid = start.Compilation.GetTypeByMetadataName("TrustHubGen.Runtime.TwilioSid");
            if (sidInterface is null || anySid is null) return;
            var policies = KnownPolicies.Create(start.Options, start.CancellationToken);
            var values = new ConstantResolver(start.Compilation);
            start.RegisterOperationAction(c =>
            {
                var invocation = (IInvocationOperation)c.Operation;
                var method = invocation.TargetMethod;
                if (!method.IsStatic || method.Name != "Parse" || invocation.Arguments.Length != 1) return;
                var type = method.ContainingType;
                var isAny = SymbolEqualityComparer.Default.Equals(type, anySid);
                if (!isAny && !(type.Name.EndsWith("Sid", System.StringComparison.Ordinal) && type.AllInterfaces.Contains(sidInterface, SymbolEqualityComparer.Default)))
                    return;
                var rules = new RuleContext(policies, values, c.ReportDiagnostic, c.CancellationToken);
                if (rules.Resolve(invocation.Arguments[0].Value) is not { } value) return;
                var node = ConstantResolver.Unwrap(invocation.Arguments[0].Value).Syntax;
                var prefix = isAny ? null : PrefixOf(type);
                if (prefix == "RN")
                    PolicySidRules.Check(rules, node, value, expectedKind: null, $"{type.Name}.Parse");
                else if (prefix is not null)
                    SidRules.Check(rules, node, value, new[] { prefix }, $"{type.Name}.Parse");
                else if (SidFacts.CheckShape(value.Text, null) is { } problem)
                    c.ReportDiagnostic(Reporter.Create(Descriptors.MalformedSid, node, problem));
            }, OperationKind.Invocation);
        });
    }

    /// <summary>The two-letter prefix a generated SID type declares as <c>const string Prefix</c>, if any.</summary>
    private static string? PrefixOf(INamedTypeSymbol type) =>
        type.GetMembers("Prefix").OfType<IFieldSymbol>().FirstOrDefault(f => f.IsConst && f.ConstantValue is string { Length: 2 })?.ConstantValue as string;
}
