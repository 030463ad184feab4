using System.Text.Json.Nodes;

namespace TrustHubGen.Testing.Lsp;

/// <summary>An LSP position: 0-based line and UTF-16 character.</summary>
public readonly record struct LspPosition(int Line, int Character)
{
    public JsonObject ToJson() => new() { ["line"] = Line, ["character"] = Character };

    public static LspPosition From(JsonNode node) => new((int)node["line"]!, (int)node["character"]!);

    /// <summary>The position of character <paramref name="offset"/> of <paramref name="text"/>.</summary>
    public static LspPosition At(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        }
        return new LspPosition(line, offset - lineStart);
    }

    /// <summary>
    /// The position right after the single occurrence of <paramref name="marker"/> in <paramref name="text"/>
    /// (where a user's caret is after typing it), or at its start with <paramref name="atStart"/>.
    /// </summary>
    public static LspPosition After(string text, string marker, bool atStart = false)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(marker, at + 1, StringComparison.Ordinal) >= 0)
            throw new ArgumentException($"\"{marker}\" must occur exactly once in the text.", nameof(marker));
        return At(text, atStart ? at : at + marker.Length);
    }

    /// <summary>The character offset of this position in <paramref name="text"/>.</summary>
    public int OffsetIn(string text)
    {
        var offset = 0;
        for (var line = 0; line < Line; line++) offset = text.IndexOf('\n', offset) + 1;
        return offset + Character;
    }

    /// <summary>The position of the last character of the single occurrence of <paramref name="marker"/>: a caret on the word it ends with.</summary>
    public static LspPosition On(string text, string marker)
    {
        var after = After(text, marker);
        return after with { Character = after.Character - 1 };
    }

    public override string ToString() => $"{Line + 1}:{Character + 1}";
}

public readonly record struct LspRange(LspPosition Start, LspPosition End)
{
    public JsonObject ToJson() => new() { ["start"] = Start.ToJson(), ["end"] = End.ToJson() };

    public static LspRange From(JsonNode node) => new(LspPosition.From(node["start"]!), LspPosition.From(node["end"]!));

    /// <summary>The text this range covers in <paramref name="text"/>.</summary>
    public string Of(string text) => text[Start.OffsetIn(text)..End.OffsetIn(text)];

    public override string ToString() => $"{Start}-{End}";
}

/// <summary>A published diagnostic: its code (rule ID), message, severity (1 error … 4 hint), range and help link.</summary>
public sealed record LspDiagnostic(string? Code, string Message, int Severity, LspRange Range, string? HelpLink, JsonObject Raw)
{
    public static LspDiagnostic From(JsonNode node) => new(
        node["code"]?.ToString(),
        (string?)node["message"] ?? "",
        (int?)node["severity"] ?? 0,
        LspRange.From(node["range"]!),
        (string?)node["codeDescription"]?["href"],
        node.AsObject());

    public override string ToString() => $"{Code} [{Severity}] {Range}: {Message} ({HelpLink})";
}
