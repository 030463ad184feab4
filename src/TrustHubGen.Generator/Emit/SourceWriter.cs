using System;
using System.Text;
using TrustHubGen.Policies.Emit;

namespace TrustHubGen.Generator.Emit;

/// <summary>A small indented writer: lines, blocks and XML doc comments. Always "\n" line ends, for deterministic output.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter(string typeAccess) => TypeAccess = typeAccess;

    /// <summary>
    /// The modifier of the file's top-level types (<c>public</c> or <c>internal</c>, from <c>TrustHubGenAccessibility</c>).
    /// Only top-level types carry it: their members and nested types stay <c>public</c> and are bounded by it.
    /// </summary>
    public string TypeAccess { get; }

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0) _builder.Append(' ', _indent * 4).Append(text);
        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes text holding "\n" line breaks as lines, each at the current indent.</summary>
    public SourceWriter Lines(string text)
    {
        foreach (var line in text.Split('\n')) Line(line);
        return this;
    }

    public SourceWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Writes the spec's text, or <paramref name="fallback"/> when the spec has none (public members always get a doc).</summary>
    public SourceWriter Summary(string? text, string fallback) => Summary(string.IsNullOrWhiteSpace(text) ? fallback : text);

    /// <summary>Writes a <c>/// &lt;summary&gt;</c> from spec text, escaped and split into lines.</summary>
    public SourceWriter Summary(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return this;
        Line("/// <summary>");
        foreach (var line in text!.Replace("\r\n", "\n").Split(LineBreaks))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0) Line("/// " + Xml(trimmed));
        }
        return Line("/// </summary>");
    }

    public SourceWriter Doc(string tag, string? text, string? attribute = null)
    {
        var open = attribute is null ? tag : tag + " " + attribute;
        return Line("/// <" + open + ">" + Xml(Flatten(text ?? string.Empty)) + "</" + tag + ">");
    }

    /// <summary>
    /// Text for a doc comment: XML-escaped, with every character C# ends a line at (CR, LF, NEL, LS, PS), every other
    /// control character and any unpaired surrogate made a space, so input text can neither end the <c>///</c> line early
    /// nor break the XML (CS1570).
    /// </summary>
    public static string Xml(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    if (CSharpText.IsSurrogatePair(text, i)) builder.Append(c).Append(text[++i]);
                    else builder.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' ? ' ' : c);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>A C# string literal: the rules library's one escaper (<see cref="CSharpText.Literal"/>), shared with the policy-table tool.</summary>
    public static string Literal(string text) => CSharpText.Literal(text);

    // Every character C# ends a line at; Summary splits on them so each part gets its own "///".
    private static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    private static string Flatten(string text) => string.Join(" ", text.Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries)).Trim();

    public override string ToString() => _builder.ToString();
}
