using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Sdk;

namespace TrustHubGen.Analyzers.Flow;

/// <summary>
/// Whether a method hands a trust product to a helper before submitting it: such a helper may make the assignments the
/// method does not show, so TH1012 does not count them as missing, as for any value it cannot know. A helper is a method
/// of the project's own source, or of a referenced assembly that can call Trust Hub through the library the method
/// submits with (it references Twilio's library, or the SDK's assembly) and takes the product as the product, a SID type
/// or a string. Methods of the surfaces themselves (their calls are read as calls) and methods taking any value
/// (<c>object</c>, a type parameter: logging, formatting) are not. Only asked when TH1012 is about to report, so the
/// clean path never walks the method.
/// </summary>
internal static class ProductHandOffs
{
    public static bool Before(RuleContext context, TwilioCall submit, string product)
    {
        var surface = (submit.Anchor as IInvocationOperation)?.TargetMethod.ContainingAssembly;
        var root = submit.Anchor;
        while (root.Parent is not null) root = root.Parent;
        foreach (var operation in root.Descendants())
        {
            if (operation is not IInvocationOperation invocation) continue;
            if (invocation.Syntax.SpanStart >= submit.Position && !MethodCalls.IsInNestedFunction(invocation)) continue;
            var method = invocation.TargetMethod;
            if (IsSurface(context, method, surface)) continue;
            var inSource = method.Locations.Length > 0 && method.Locations[0].IsInSource;
            if (!inSource && !References(method.ContainingAssembly, surface)) continue;
            if (Names(context, invocation.Instance, product) && (inSource || TakesTheProduct(context, invocation.Instance!.Type, surface))) return true;
            foreach (var argument in invocation.Arguments)
            {
                if (Names(context, argument.Value, product) && (inSource || TakesTheProduct(context, argument.Parameter?.Type, surface))) return true;
            }
        }
        return false;
    }

    // Twilio's library, our SDK (in metadata or generated into the project) and its runtime: their Trust Hub calls are
    // read as calls, and their other methods (fetching the product, building a client) assign nothing.
    private static bool IsSurface(RuleContext context, IMethodSymbol method, IAssemblySymbol? surface) =>
        SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, surface)
        || method.ContainingType is { } type && (context.Facts.Types.IsGenerated(type) || TrustHubGenTypes.IsRuntime(type));

    private static bool References(IAssemblySymbol? helper, IAssemblySymbol? surface)
    {
        if (helper is null || surface is null) return false;
        foreach (var module in helper.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblySymbols)
            {
                if (SymbolEqualityComparer.Default.Equals(referenced, surface)) return true;
            }
        }
        return false;
    }

    // A parameter the product itself, its SID or a string goes to; not one that takes any value.
    private static bool TakesTheProduct(RuleContext context, ITypeSymbol? type, IAssemblySymbol? surface)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) type = nullable.TypeArguments[0];
        return type is { SpecialType: SpecialType.System_String }
            || type is INamedTypeSymbol named && (SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, surface) || context.Facts.Types.IsGenerated(named));
    }

    // The product's SID key itself, or the resource it is read from ("e:product" for "e:product.Sid").
    private static bool Names(RuleContext context, IOperation? value, string product) =>
        ValueKeys.Of(context, value) is { } key && (key == product || product.StartsWith(key + ".", System.StringComparison.Ordinal));
}
