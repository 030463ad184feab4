using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace TrustHubGen.Analyzers.Sdk;

/// <summary>What a generated attribute value type checks: the policy, end-user type and attribute its marker names.</summary>
internal sealed class AttributeValueTarget
{
    public AttributeValueTarget(string policySid, string endUserType, string attributeName)
    {
        PolicySid = policySid;
        EndUserType = endUserType;
        AttributeName = attributeName;
    }

    public string PolicySid { get; }

    public string EndUserType { get; }

    public string AttributeName { get; }
}

/// <summary>
/// Recognises generated attribute value types (such as <c>CnamDisplayName</c>) only by their marker,
/// <c>[TrustHubGen.Runtime.Onboarding.PolicyAttributeValue(policySid, endUserType, attributeName)]</c>, never by name.
/// One lookup per type and compilation.
/// </summary>
internal sealed class AttributeValueTypes
{
    private const string MarkerName = "PolicyAttributeValueAttribute";
    private readonly ConcurrentDictionary<INamedTypeSymbol, AttributeValueTarget?> _targets = new(SymbolEqualityComparer.Default);

    public AttributeValueTarget? Find(INamedTypeSymbol type) =>
        type.TypeKind != TypeKind.Struct ? null : _targets.GetOrAdd(type, Read);

    private static AttributeValueTarget? Read(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is not { Name: MarkerName } marker || !IsRuntimeOnboarding(marker.ContainingNamespace)) continue;
            var arguments = attribute.ConstructorArguments;
            if (arguments.Length == 3 && arguments[0].Value is string policy && arguments[1].Value is string endUser && arguments[2].Value is string name)
                return new AttributeValueTarget(policy, endUser, name);
        }
        return null;
    }

    private static bool IsRuntimeOnboarding(INamespaceSymbol? ns) =>
        ns is { Name: "Onboarding" } && ns.ContainingNamespace is { Name: "Runtime" } runtime
        && runtime.ContainingNamespace is { Name: "TrustHubGen" } root && root.ContainingNamespace?.IsGlobalNamespace == true;
}
