using Microsoft.CodeAnalysis;

namespace TrustHubGen.Analyzers.Values;

/// <summary>
/// A string the compiler knows at compile time, the node a diagnostic about it points at, and whether that node is a
/// string literal (so a fix can rewrite it in place). Through a wrapper such as <c>PolicySid.Parse("RN…")</c> the node
/// is the wrapped argument, so the diagnostic and the fix land on the literal.
/// </summary>
internal readonly struct KnownValue
{
    public KnownValue(string text, SyntaxNode node, bool isLiteral)
    {
        Text = text;
        Node = node;
        IsLiteral = isLiteral;
    }

    public string Text { get; }

    /// <summary>Where a diagnostic about this value is reported.</summary>
    public SyntaxNode Node { get; }

    /// <summary>True when <see cref="Node"/> is a string literal, so a fix can rewrite it in place.</summary>
    public bool IsLiteral { get; }
}
