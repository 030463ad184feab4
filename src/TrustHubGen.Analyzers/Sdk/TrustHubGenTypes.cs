using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace TrustHubGen.Analyzers.Sdk;

/// <summary>
/// Recognises the types of our own surface: everything the generator emitted (<c>[GeneratedCode("TrustHubGen", …)]</c>,
/// whatever namespace the user chose for it) and TrustHubGen.Runtime's types. One attribute lookup per type and
/// compilation; callers check names first, so most symbols never get here.
/// </summary>
internal sealed class TrustHubGenTypes
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _generated = new(SymbolEqualityComparer.Default);

    public bool IsGenerated(INamedTypeSymbol type)
    {
        // A nested type (a pipeline's stage) carries no marker of its own: its outermost type does.
        while (type.ContainingType is { } outer) type = outer;
        return _generated.GetOrAdd(type, HasMarker);
    }

    /// <summary>True for a type of TrustHubGen.Runtime (namespace <c>TrustHubGen.Runtime</c> or below).</summary>
    public static bool IsRuntime(INamedTypeSymbol type)
    {
        INamespaceSymbol? runtime = null;
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns.ContainingNamespace is { Name: "TrustHubGen" } root && root.ContainingNamespace?.IsGlobalNamespace == true)
            {
                runtime = ns;
                break;
            }
        }
        return runtime?.Name == "Runtime";
    }

    /// <summary>The two-letter prefix a SID type declares as <c>const string Prefix</c> (generated SID types), if any.</summary>
    public static string? SidPrefix(ITypeSymbol type) => SidConstant(type, "Prefix") is { Length: 2 } prefix ? prefix : null;

    /// <summary>
    /// The prefixes a SID type accepts: its <c>Prefix</c>, or its comma-separated <c>Prefixes</c> (the generated
    /// <c>EntityAssignmentObjectSid</c>: BU, IT, RD); null for any other type.
    /// </summary>
    public static string[]? SidPrefixes(ITypeSymbol type) =>
        SidPrefix(type) is { } prefix ? new[] { prefix } : SidConstant(type, "Prefixes")?.Split(',');

    /// <summary>The bundle kind a generated policy SID type holds (<c>const string PolicyKind = "trust-product"</c>), if any.</summary>
    public static string? PolicyKind(ITypeSymbol type) => SidConstant(type, "PolicyKind");

    private static string? SidConstant(ITypeSymbol type, string name)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct } named || !named.Name.EndsWith("Sid", System.StringComparison.Ordinal)) return null;
        foreach (var member in named.GetMembers(name))
        {
            if (member is IFieldSymbol { IsConst: true, ConstantValue: string value }) return value;
        }
        return null;
    }

    private static bool HasMarker(INamedTypeSymbol type)
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
