using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace TrustHubGen.Analyzers.Sdk;

/// <summary>
/// Recognises request types our generator emitted (<c>[GeneratedCode("TrustHubGen", …)]</c> classes named <c>…Request</c>),
/// whatever namespace the user chose for them. One attribute lookup per type and compilation.
/// </summary>
internal sealed class GeneratedRequestTypes
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _known = new(SymbolEqualityComparer.Default);

    public bool IsGeneratedRequest(INamedTypeSymbol type) =>
        type.Name.EndsWith("Request", System.StringComparison.Ordinal) && _known.GetOrAdd(type, HasTrustHubGenMarker);

    private static bool HasTrustHubGenMarker(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute" } && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is "TrustHubGen")
                return true;
        }
        return false;
    }
}
