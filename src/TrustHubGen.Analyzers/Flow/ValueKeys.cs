using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers.Flow;

/// <summary>
/// Names a value so two uses within one method can be compared: "c:" + the constant, or "e:" + the text of a plain
/// reference chain (<c>number.Sid</c>, <c>_profileSid</c>). Anything else has no key and is never compared.
/// </summary>
internal static class ValueKeys
{
    public static string? Of(RuleContext context, IOperation? operation)
    {
        if (operation is null) return null;
        if (context.Resolve(operation) is { } known) return "c:" + known.Text;
        var unwrapped = ConstantResolver.Unwrap(operation);
        return IsReferenceChain(unwrapped) ? "e:" + Compact(unwrapped.Syntax.ToString()) : null;
    }

    public static bool IsConstant(string key) => key.StartsWith("c:", System.StringComparison.Ordinal);

    public static string Display(string key) => IsConstant(key) ? $"\"{key.Substring(2)}\"" : key.Substring(2);

    /// <summary>The key of the SID of a resource stored by <c>var x = [await] XResource.Create…(…)</c>: "e:x.Sid".</summary>
    public static string? OfCreatedResource(IOperation anchor)
    {
        var operation = anchor.Parent is IArgumentOperation { Parent: IInvocationOperation invocation } ? invocation : anchor;
        while (operation.Parent is IAwaitOperation or IConversionOperation) operation = operation.Parent;
        return operation.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => "e:" + declarator.Symbol.Name + ".Sid",
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => "e:" + local.Local.Name + ".Sid",
            _ => null,
        };
    }

    private static bool IsReferenceChain(IOperation operation) => operation switch
    {
        ILocalReferenceOperation or IParameterReferenceOperation => true,
        IFieldReferenceOperation field => field.Instance is null or IInstanceReferenceOperation || IsReferenceChain(field.Instance),
        IPropertyReferenceOperation { Arguments.Length: 0 } property =>
            property.Instance is null or IInstanceReferenceOperation || IsReferenceChain(property.Instance),
        _ => false,
    };

    private static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c)) builder.Append(c);
        }
        return builder.ToString();
    }
}
