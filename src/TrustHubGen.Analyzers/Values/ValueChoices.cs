using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TrustHubGen.Analyzers.Values;

/// <summary>
/// A value chosen where it is passed: <c>c ? a : b</c>, a switch expression's arms, and both sides of <c>x ?? y</c>
/// (nested ones too). Each branch is checked as if passed alone, because a branch Twilio rejects fails every time it is
/// taken; a branch whose value cannot be known stays silent, as any unknown value does.
/// </summary>
internal static class ValueChoices
{
    private const int MaxDepth = 8;

    /// <summary>The branches of <paramref name="operation"/>, or null when it is not a choice (the common case: one type test).</summary>
    public static List<IOperation>? Branches(IOperation operation)
    {
        if (!IsChoice(ConstantResolver.Unwrap(operation))) return null;
        var branches = new List<IOperation>(4);
        Add(branches, operation, 0);
        return branches;
    }

    private static bool IsChoice(IOperation operation) =>
        operation is IConditionalOperation { WhenFalse: not null } or ISwitchExpressionOperation or ICoalesceOperation;

    private static void Add(List<IOperation> branches, IOperation operation, int depth)
    {
        var unwrapped = ConstantResolver.Unwrap(operation);
        if (depth >= MaxDepth || !IsChoice(unwrapped))
        {
            branches.Add(operation);
            return;
        }
        switch (unwrapped)
        {
            case IConditionalOperation conditional:
                Add(branches, conditional.WhenTrue, depth + 1);
                Add(branches, conditional.WhenFalse!, depth + 1);
                break;
            case ISwitchExpressionOperation switchExpression:
                foreach (var arm in switchExpression.Arms) Add(branches, arm.Value, depth + 1);
                break;
            case ICoalesceOperation coalesce:
                Add(branches, coalesce.Value, depth + 1);
                Add(branches, coalesce.WhenNull, depth + 1);
                break;
        }
    }
}
