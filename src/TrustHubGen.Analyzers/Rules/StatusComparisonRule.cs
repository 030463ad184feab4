using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>
/// TH1009 for a status compared with a string that is not one of its values, so the comparison is never true:
/// <c>product.Status.ToString() == "pending_review"</c>, <c>document.Status.ToString() == "pending-review"</c> (supporting
/// documents say <c>PENDING_REVIEW</c>), or a string converted to the status type and compared with <c>==</c>/<c>!=</c>.
/// Any real status of the compared type is fine.
/// </summary>
internal static class StatusComparisonRule
{
    /// <summary>
    /// Whether <see cref="Check"/> has anything to look at, from the operation's shape alone (no type or value asked):
    /// == or != with a conversion on one side of a user-defined operator, or a <c>ToString()</c> on one side of a string
    /// comparison. The analyzer asks it before it makes a rule context for the method.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static bool MayApply(IOperation operation)
    {
        if (operation is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary) return false;
        return IsUserDefined(binary)
            ? binary.LeftOperand is IConversionOperation || binary.RightOperand is IConversionOperation
            : IsStringComparison(binary) && (IsToString(binary.LeftOperand) || IsToString(binary.RightOperand));
    }

    /// <summary>Checks an operation <see cref="MayApply"/> accepted (any other is left alone).</summary>
    public static void Check(RuleContext context, IOperation operation)
    {
        if (!MayApply(operation)) return;
        var binary = (IBinaryOperation)operation;
        if (IsUserDefined(binary))
        {
            CheckConverted(context, binary.LeftOperand, binary.RightOperand);
            CheckConverted(context, binary.RightOperand, binary.LeftOperand);
        }
        else
        {
            CheckToString(context, binary.LeftOperand, binary.RightOperand);
            CheckToString(context, binary.RightOperand, binary.LeftOperand);
        }
    }

    private static bool IsUserDefined(IBinaryOperation binary) => binary.OperatorMethod is { Name: "op_Equality" or "op_Inequality" };

    private static bool IsStringComparison(IBinaryOperation binary) =>
        binary.LeftOperand.Type?.SpecialType == SpecialType.System_String && binary.RightOperand.Type?.SpecialType == SpecialType.System_String;

    private static bool IsToString(IOperation operation) =>
        operation is IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: 0, Instance: not null };

    // (StatusEnum)"pending_review" == product.Status
    private static void CheckConverted(RuleContext context, IOperation candidate, IOperation other)
    {
        if (candidate is not IConversionOperation) return;
        var innermost = candidate;
        while (innermost is IConversionOperation conversion) innermost = conversion.Operand;
        if (innermost.Type?.SpecialType != SpecialType.System_String) return;
        var type = StatusRule.TypeOf(context, candidate) ?? StatusRule.TypeOf(context, other);
        if (type is null || context.Resolve(innermost) is not { } value) return;
        StatusRule.Check(context, value, type, isFilter: true);
    }

    // product.Status.ToString() == "pending_review"
    private static void CheckToString(RuleContext context, IOperation statusText, IOperation other)
    {
        if (!IsToString(statusText)) return;
        var instance = ((IInvocationOperation)statusText).Instance!;
        if (context.Facts.Statuses.Of(instance.Type) is not { } type || context.Resolve(other) is not { } value) return;
        StatusRule.Check(context, value, type, isFilter: true);
    }
}
