using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Sdk;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers;

/// <summary>
/// The string members of our generated SDK's requests, where the spec leaves a free string: a channel endpoint type
/// other than "phone-number" (TH1003) and an unknown end-user type (TH1008), as on Twilio's own library.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedRequestAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.ChannelEndpointType, Descriptors.EndUserType);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (!start.Compilation.ReferencedAssemblyNames.Any(a => a.Name == "TrustHubGen.Runtime")) return;
            var policies = KnownPolicies.Create(start.Options, start.CancellationToken);
            var values = new ConstantResolver(start.Compilation);
            var requests = new GeneratedRequestTypes();
            start.RegisterOperationAction(c =>
            {
                var creation = (IObjectCreationOperation)c.Operation;
                if (creation.Initializer is null || creation.Type is not INamedTypeSymbol type || !requests.IsGeneratedRequest(type)) return;
                var rules = new RuleContext(policies, values, c.ReportDiagnostic, c.CancellationToken);
                foreach (var member in creation.Initializer.Initializers)
                {
                    if (member is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment) continue;
                    if (property.Property.Type.SpecialType != SpecialType.System_String) continue;
                    var isChannelEndpointType = property.Property.Name == "ChannelEndpointType" && type.Name.StartsWith("Create", System.StringComparison.Ordinal);
                    var isEndUserType = property.Property.Name == "Type" && type.Name is "CreateEndUserRequest";
                    if (!isChannelEndpointType && !isEndUserType) continue;
                    if (rules.Resolve(assignment.Value) is not { } value) continue;
                    var node = ConstantResolver.Unwrap(assignment.Value).Syntax;
                    if (isChannelEndpointType) ChannelEndpointTypeRule.Check(rules, node, value);
                    else EndUserTypeRule.Check(rules, node, value);
                }
            }, OperationKind.ObjectCreation);
        });
    }
}
