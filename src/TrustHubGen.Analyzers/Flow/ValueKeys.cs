using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers.Flow;

/// <summary>
/// Names a value so two uses within one method can be compared: "c:" + the constant, or "e:" + a plain reference chain
/// (<c>number.Sid</c>, <c>_profileSid</c>). The chain is read from the operations, not the text, and leaves out what does
/// not change the value: <c>!</c>, implicit conversions, and <c>.Value</c> of a nullable or of our typed SIDs, so
/// Twilio's <c>product.Sid</c> and our SDK's <c>product.Sid!.Value</c> are the same key. Anything else has no key and is
/// never compared.
/// </summary>
internal static class ValueKeys
{
    [MethodImpl(Jit.Optimized)]
    public static string? Of(RuleContext context, IOperation? operation)
    {
        if (operation is null) return null;
        if (context.Resolve(operation) is { } known) return context.Facts.ConstantKey(known.Text);
        var builder = new StringBuilder();
        return Append(builder, ConstantResolver.Unwrap(operation), context, 0) ? "e:" + builder : null;
    }

    public static bool IsConstant(string key) => key.StartsWith("c:", System.StringComparison.Ordinal);

    public static string Display(string key) => IsConstant(key) ? $"\"{key.Substring(2)}\"" : key.Substring(2);

    /// <summary>
    /// The key of the SID of a resource stored by <c>var x = [await] XResource.Create…(…)</c> or a generated client's
    /// <c>CreateAsync</c>: "e:x.Sid"; for Twilio's <c>…WithHeaders</c> variants, whose result wraps the resource, "e:x.Data.Sid".
    /// </summary>
    public static string? OfCreatedResource(IOperation anchor)
    {
        var operation = anchor.Parent is IArgumentOperation { Parent: IInvocationOperation invocation } ? invocation : anchor;
        while (true)
        {
            if (operation.Parent is IAwaitOperation or IConversionOperation) operation = operation.Parent;
            else if (operation.Parent is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configure && configure.Instance == operation) operation = configure;
            else break;
        }
        var name = operation.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol.Name,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => local.Local.Name,
            _ => null,
        };
        if (name is null) return null;
        var wrapped = anchor is IInvocationOperation { TargetMethod.Name: var method } && method.Contains("WithHeaders");
        return "e:" + name + (wrapped ? ".Data.Sid" : ".Sid");
    }

    // Deep enough for `var data = result.Data; var sid = data.Sid;`, and a stop for code that does not compile (`var x = x.Sid`).
    private const int MaxLocalDepth = 4;

    private static bool Append(StringBuilder builder, IOperation operation, RuleContext context, int depth)
    {
        switch (operation)
        {
            case ILocalReferenceOperation local:
                // A local assigned once from a reference chain is that chain: `var sid = product.Sid` names the product
                // the way `product.Sid` does. Otherwise (a created resource, a loop variable) its own name.
                var mark = builder.Length;
                if (depth < MaxLocalDepth && context.Origin(local) is var origin && origin is not ILocalReferenceOperation
                    && Append(builder, origin, context, depth + 1))
                    return true;
                builder.Length = mark;
                builder.Append(local.Local.Name);
                return true;
            case IParameterReferenceOperation parameter:
                builder.Append(parameter.Parameter.Name);
                return true;
            case IFieldReferenceOperation field:
                return Member(builder, field.Instance, field.Field, context, depth);
            case IPropertyReferenceOperation { Arguments.Length: 0 } property:
                // `.Value` of a nullable struct or of one of our SIDs is the same value.
                if (property.Property.Name == "Value" && property.Instance is { } instance
                    && (instance.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T }
                        || instance.Type is INamedTypeSymbol { TypeKind: TypeKind.Struct } named && context.Facts.Types.IsGenerated(named)))
                    return Append(builder, ConstantResolver.Unwrap(instance), context, depth);
                return Member(builder, property.Instance, property.Property, context, depth);
            default:
                return false;
        }
    }

    private static bool Member(StringBuilder builder, IOperation? instance, ISymbol member, RuleContext context, int depth)
    {
        if (instance is null && member.IsStatic) builder.Append(member.ContainingType.Name).Append('.');
        else if (instance is not null and not IInstanceReferenceOperation)
        {
            if (!Append(builder, ConstantResolver.Unwrap(instance), context, depth)) return false;
            builder.Append('.');
        }
        builder.Append(member.Name);
        return true;
    }
}
