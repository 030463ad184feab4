namespace TrustHubGen.Analyzers.Values;

/// <summary>A string the compiler knows at compile time, and whether it was written as a literal right where it is used.</summary>
internal readonly struct KnownValue
{
    public KnownValue(string text, bool isLiteral)
    {
        Text = text;
        IsLiteral = isLiteral;
    }

    public string Text { get; }

    /// <summary>True when the expression itself is a string literal, so a fix can rewrite it in place.</summary>
    public bool IsLiteral { get; }
}
