using System;
using System.Text;

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
        foreach (var line in text!.Replace("\r\n", "\n").Split('\n'))
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

    public static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>A C# string literal.</summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ') builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    private static string Flatten(string text) => string.Join(" ", text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)).Trim();

    public override string ToString() => _builder.ToString();
}
