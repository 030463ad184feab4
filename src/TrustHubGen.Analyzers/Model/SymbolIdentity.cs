using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace TrustHubGen.Analyzers.Model;

/// <summary>
/// Symbols compared by reference, for caches whose answer depends only on what a symbol is: a miss on another instance of
/// an equal symbol only recomputes the same answer. (netstandard2.0 has no ReferenceEqualityComparer.)
/// </summary>
internal sealed class SymbolIdentity : IEqualityComparer<IMethodSymbol>, IEqualityComparer<INamedTypeSymbol>
{
    public static readonly SymbolIdentity Comparer = new();

    public bool Equals(IMethodSymbol? x, IMethodSymbol? y) => ReferenceEquals(x, y);

    public int GetHashCode(IMethodSymbol obj) => RuntimeHelpers.GetHashCode(obj);

    public bool Equals(INamedTypeSymbol? x, INamedTypeSymbol? y) => ReferenceEquals(x, y);

    public int GetHashCode(INamedTypeSymbol obj) => RuntimeHelpers.GetHashCode(obj);
}
