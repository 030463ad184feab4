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

    /// <summary>
    /// True when <paramref name="other"/>, started in an earlier statement with its task kept in a local
    /// (<c>var assign = …CreateAsync(…);</c>), is not awaited before the group's statement starts: the local is first read
    /// in that statement as an argument (<c>Task.WhenAll(assign, submit)</c>), first read after it, or never read.
    /// Only asked when the submission itself is not awaited on its own, so the clean path pays nothing for it.
    /// </summary>
    public static bool StartedBeforeAndPending(IOperation group, TwilioCall other)
    {
        if (RunsAlone(other.Anchor) || other.Anchor.Syntax.SpanStart >= group.Syntax.SpanStart) return false;
        var operation = other.Anchor;
        while (operation.Parent is IConversionOperation) operation = operation.Parent;
        if (operation.Parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }
            || declarator.Parent?.Parent?.Parent is not IBlockOperation block
            || !block.Syntax.Span.Contains(group.Syntax.Span))
            return false;
        // The group must run in the block's own code, not in a lambda or local function declared there.
        for (var parent = group.Parent; parent is not null && parent != block; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation) return false;
        }
        ILocalReferenceOperation? first = null;
        foreach (var descendant in block.Descendants())
        {
            if (descendant is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol)
                && (first is null || reference.Syntax.SpanStart < first.Syntax.SpanStart))
                first = reference;
        }
        if (first is null || first.Syntax.SpanStart >= group.Syntax.Span.End) return true;
        if (first.Syntax.SpanStart < group.Syntax.SpanStart) return false;
        IOperation read = first;
        while (read.Parent is IConversionOperation or IArrayInitializerOperation or IArrayCreationOperation) read = read.Parent;
        return read.Parent is IArgumentOperation;
    }

    // Awaited where it is written (through ConfigureAwait), or not a task at all.
    private static bool RunsAlone(IOperation anchor)
    {
        if (anchor is not IInvocationOperation invocation || !invocation.TargetMethod.Name.EndsWith("Async", System.StringComparison.Ordinal)) return true;
        var operation = (IOperation)invocation;
        while (operation.Parent is IConversionOperation or IInvocationOperation { TargetMethod.Name: "ConfigureAwait" }) operation = operation.Parent;
        return operation.Parent is IAwaitOperation;
    }
}
