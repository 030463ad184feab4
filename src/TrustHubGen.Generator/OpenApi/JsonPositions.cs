using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TrustHubGen.Policies.Json;

namespace TrustHubGen.Generator.OpenApi;

/// <summary>
/// Finds where a JSON pointer or a reader error lands in the file's text, as 0-based line and column in characters
/// (the rules library's <see cref="LineMap"/>, which counts lines as the compiler does). Only used on the error path:
/// neither <see cref="JsonDocument"/> nor Microsoft.OpenApi keep positions, so the text is scanned again.
/// </summary>
internal static class JsonPositions
{
    /// <summary>Splits "#/paths/~1v1~1Foo/get" into unescaped segments.</summary>
    public static List<string> ParsePointer(string? pointer)
    {
        var segments = new List<string>();
        if (string.IsNullOrEmpty(pointer)) return segments;
        var text = pointer!.StartsWith("#", StringComparison.Ordinal) ? pointer.Substring(1) : pointer;
        foreach (var part in text.Split('/'))
        {
            if (part.Length == 0) continue;
            segments.Add(Uri.UnescapeDataString(part).Replace("~1", "/").Replace("~0", "~"));
        }
        return segments;
    }

    /// <summary>The position of the deepest existing node on the pointer's path (the property name when it is a property).</summary>
    public static (int Line, int Column) Locate(string text, IReadOnlyList<string> segments)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        long offset = 0;
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (reader.Read()) offset = Find(ref reader, segments, 0);
        }
        catch (JsonException)
        {
            // The text was parsed once already; a failure here only loses precision, never the diagnostic.
        }
        return new LineMap(bytes, bytes.Length).Position((int)offset);
    }

    /// <summary>
    /// Where a <see cref="JsonException"/> from parsing <paramref name="text"/> points, as 0-based line and column in
    /// characters: the reader gives a byte position in a line, which is wrong as a column on any line with non-ASCII text.
    /// </summary>
    public static (int Line, int Column) OfReaderError(string text, JsonException error)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new LineMap(bytes, bytes.Length);
        return lines.Position(lines.OffsetOfReaderPosition(error.LineNumber ?? 0, error.BytePositionInLine ?? 0));
    }

    private static long Find(ref Utf8JsonReader reader, IReadOnlyList<string> segments, int depth)
    {
        var here = reader.TokenStartIndex;
        if (depth == segments.Count) return here;
        var segment = segments[depth];
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                var nameStart = reader.TokenStartIndex;
                reader.Read();
                if (string.Equals(name, segment, StringComparison.Ordinal))
                    return depth + 1 == segments.Count ? nameStart : Find(ref reader, segments, depth + 1);
                reader.Skip();
            }
            return here;
        }
        if (reader.TokenType == JsonTokenType.StartArray
            && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            var i = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (i++ == index) return Find(ref reader, segments, depth + 1);
                reader.Skip();
            }
        }
        return here;
    }
}
