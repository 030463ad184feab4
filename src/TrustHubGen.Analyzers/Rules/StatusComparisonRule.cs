using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>
/// TH1009 for a status compared with a string that is not one of its values, so the comparison is never true:
/// <c>product.Status.ToString() == "pending_review"</c>, <c>document.Status.ToString() == "pending-review"</c> (supporting
/// documents say <c>PENDING_REVIEW</c>), or a string converted to the status type and compared with <c>==</c>/<c>!=</c>;
/// and the status text matched by patterns: <c>is "…"</c> (with <c>or</c>, <c>and</c>, <c>not</c>), switch expression arms
/// and switch statement cases. Any real status of the compared type is fine.
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

    /// <summary>
    /// Whether <see cref="CheckPatterns"/> has anything to look at, from the shape alone: an <c>is</c> pattern, a switch
    /// expression or a switch statement on a <c>ToString()</c>.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static bool MayApplyPatterns(IOperation operation) => operation switch
    {
        IIsPatternOperation pattern => IsToString(pattern.Value),
        ISwitchExpressionOperation switchExpression => IsToString(switchExpression.Value),
        ISwitchOperation switchStatement => IsToString(switchStatement.Value),
        _ => false,
    };

    /// <summary>Checks the constants of the patterns of an operation <see cref="MayApplyPatterns"/> accepted.</summary>
    public static void CheckPatterns(RuleContext context, IOperation operation)
    {
        switch (operation)
        {
            case IIsPatternOperation pattern when TypeOfText(context, pattern.Value) is { } isType:
                CheckPattern(context, pattern.Pattern, isType);
                break;
            case ISwitchExpressionOperation switchExpression when TypeOfText(context, switchExpression.Value) is { } armsType:
                foreach (var arm in switchExpression.Arms) CheckPattern(context, arm.Pattern, armsType);
                break;
            case ISwitchOperation switchStatement when TypeOfText(context, switchStatement.Value) is { } casesType:
                foreach (var section in switchStatement.Cases)
                {
                    foreach (var clause in section.Clauses)
                    {
                        if (clause is ISingleValueCaseClauseOperation single) CheckConstant(context, single.Value, casesType);
                        else if (clause is IPatternCaseClauseOperation patternClause) CheckPattern(context, patternClause.Pattern, casesType);
                    }
                }
                break;
        }
    }

    private static StatusType? TypeOfText(RuleContext context, IOperation toString) =>
        context.Facts.Statuses.Of(((IInvocationOperation)toString).Instance!.Type);

    private static void CheckPattern(RuleContext context, IPatternOperation pattern, StatusType type)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                CheckConstant(context, constant.Value, type);
                break;
            case IBinaryPatternOperation binary:
                CheckPattern(context, binary.LeftPattern, type);
                CheckPattern(context, binary.RightPattern, type);
                break;
            case INegatedPatternOperation negated:
                CheckPattern(context, negated.Pattern, type);
                break;
        }
    }

    private static void CheckConstant(RuleContext context, IOperation value, StatusType type)
    {
        if (value.Type?.SpecialType == SpecialType.System_String && context.Resolve(value) is { } known)
            StatusRule.Check(context, known, type, isFilter: true);
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
