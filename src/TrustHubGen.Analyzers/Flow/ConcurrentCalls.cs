using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Model;

namespace TrustHubGen.Analyzers.Flow;

/// <summary>
/// Calls that run at once: Trust Hub calls started in one statement and none awaited on its own there
/// (<c>await Task.WhenAll(assign, submit)</c>), so neither is done before the other starts. A call awaited where it is
/// written (<c>await …UpdateAsync(…)</c>) or a synchronous one runs alone, and costs one look at its parent.
/// </summary>
internal static class ConcurrentCalls
{
    /// <summary>The statement whose calls run at once with <paramref name="call"/>, or null when it runs alone.</summary>
    public static IOperation? Group(TwilioCall call)
    {
        if (RunsAlone(call.Anchor)) return null;
        for (var parent = call.Anchor.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation) return null;
            if (parent.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.StatementSyntax) return parent;
        }
        return null;
    }

    /// <summary>True when <paramref name="other"/> is started in the group's statement and not awaited on its own.</summary>
    public static bool IsIn(IOperation group, TwilioCall other) =>
        group.Syntax.Span.Contains(other.Anchor.Syntax.Span) && !RunsAlone(other.Anchor);

    // Awaited where it is written (through ConfigureAwait), or not a task at all.
    private static bool RunsAlone(IOperation anchor)
    {
        if (anchor is not IInvocationOperation invocation || !invocation.TargetMethod.Name.EndsWith("Async", System.StringComparison.Ordinal)) return true;
        var operation = (IOperation)invocation;
        while (operation.Parent is IConversionOperation or IInvocationOperation { TargetMethod.Name: "ConfigureAwait" }) operation = operation.Parent;
        return operation.Parent is IAwaitOperation;
    }
}
