using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace TrustHubGen.Runtime;

/// <summary>
/// Readers and writers on <see cref="Utf8JsonReader"/> and <see cref="Utf8JsonWriter"/> that generated models call.
/// Readers expect the reader on the value's first token and leave it on the value's last token; a JSON <c>null</c>
/// reads as <see langword="null"/>. Nothing here uses reflection, so generated code stays trimming and AOT safe.
/// </summary>
public static partial class TwilioJson
{
    private static readonly string[] Rfc2822Formats =
    {
        "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz", "dd MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz",
    };

    /// <summary>Parses a whole response body with <paramref name="read"/>.</summary>
    /// <exception cref="JsonException">The body is not JSON or not what <paramref name="read"/> expects.</exception>
    public static T Parse<T>(ReadOnlyMemory<byte> body, JsonItemReader<T> read)
    {
        if (read is null) throw new ArgumentNullException(nameof(read));
        var reader = new Utf8JsonReader(body.Span);
        if (!reader.Read()) throw new JsonException("The response body is empty; expected a JSON object.");
        return read(ref reader);
    }

    /// <summary>
    /// Parses the answer to <paramref name="request"/> with <paramref name="read"/> (what generated clients call): a
    /// failure names the request, the address it went to and the value that could not be read.
    /// </summary>
    /// <exception cref="TwilioInvalidResponseException">The body is empty (a proxy's empty 200), so it cannot be Twilio's answer.</exception>
    /// <exception cref="TwilioUnreadableAnswerException">
    /// The body is not what <paramref name="read"/> expects (a value of another type or format, a SID of another kind);
    /// the message and <see cref="TwilioUnreadableAnswerException.Path"/> name the value (<c>$.date_created</c>).
    /// </exception>
    public static T Parse<T>(TwilioRequest request, TwilioResponse response, JsonItemReader<T> read)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        if (response is null) throw new ArgumentNullException(nameof(response));
        if (read is null) throw new ArgumentNullException(nameof(read));
        var description = response.Describe(request);
        if (JsonBodyCheck.IsBlank(response.Body.Span)) throw JsonAnswer.Empty(description, response.StatusCode, $"a JSON object ({typeof(T).Name})");
        var body = response.Body.Span;
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            reader.Read();
            return read(ref reader);
        }
        catch (Exception refusal) when (JsonAnswer.IsRefusal(refusal))
        {
            throw JsonAnswer.Unreadable($"The answer to {description} (HTTP {response.StatusCode}) cannot be read as {typeof(T).Name}", description, response.StatusCode, body, reader.TokenStartIndex, refusal);
        }
    }

    /// <summary>Throws a clear <see cref="JsonException"/> unless the reader is on the start of an object.</summary>
    public static void ExpectStartObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException($"Expected a JSON object for {typeName}, but found {reader.TokenType}.");
    }

    /// <summary>Moves from a property name to its value, then skips the value (for unknown properties).</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    /// <summary>Reads a string; numbers and booleans are returned as their JSON text (Twilio is not always consistent).</summary>
    public static string? ReadString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => ReadRawText(ref reader),
        _ => throw Unexpected(ref reader, "a string"),
    };

    /// <summary>Reads a 32-bit integer from a number or a numeric string.</summary>
    public static int? ReadInt32(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number => reader.GetInt32(),
        JsonTokenType.String => ParseNumber(ref reader, static s => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture)),
        _ => throw Unexpected(ref reader, "an integer"),
    };

    /// <summary>Reads a 64-bit integer from a number or a numeric string.</summary>
    public static long? ReadInt64(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number => reader.GetInt64(),
        JsonTokenType.String => ParseNumber(ref reader, static s => long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture)),
        _ => throw Unexpected(ref reader, "an integer"),
    };

    /// <summary>Reads a decimal from a number or a numeric string (API 2010 sends prices as strings).</summary>
    public static decimal? ReadDecimal(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number => reader.GetDecimal(),
        JsonTokenType.String => ParseNumber(ref reader, static s => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)),
        _ => throw Unexpected(ref reader, "a number"),
    };

    /// <summary>Reads a double from a number or a numeric string.</summary>
    public static double? ReadDouble(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number => reader.GetDouble(),
        JsonTokenType.String => ParseNumber(ref reader, static s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)),
        _ => throw Unexpected(ref reader, "a number"),
    };

    /// <summary>Reads <c>true</c>/<c>false</c>, also when sent as a string.</summary>
    public static bool? ReadBoolean(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null: return null;
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.String:
                var text = reader.GetString();
                if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase)) return true;
                if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase)) return false;
                throw new JsonException($"Expected true or false, but found \"{text}\".");
            default: throw Unexpected(ref reader, "a boolean");
        }
    }

    /// <summary>Reads an ISO 8601 timestamp ("2019-07-30T22:29:24Z") or an RFC 2822 one ("Thu, 30 Jul 2015 23:19:04 +0000").</summary>
    public static DateTimeOffset? ReadDateTime(ref Utf8JsonReader reader)
    {
        var text = ReadString(ref reader);
        if (text is null) return null;
        return ParseDateTime(text) ?? throw new JsonException($"Expected an ISO 8601 or RFC 2822 date, but found \"{text}\".");
    }

    /// <summary>Parses an ISO 8601 or RFC 2822 timestamp; null when it is neither.</summary>
    public static DateTimeOffset? ParseDateTime(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var trimmed = text.Trim();
        if (trimmed.Length > 0 && char.IsDigit(trimmed[0])
            && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var iso))
            return iso;
        var rfc = trimmed.EndsWith(" GMT", StringComparison.Ordinal) || trimmed.EndsWith(" UT", StringComparison.Ordinal)
            ? trimmed.Substring(0, trimmed.LastIndexOf(' ')) + " +00:00"
            : InsertOffsetColon(trimmed);
        return DateTimeOffset.TryParseExact(rfc, Rfc2822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed
            : null;
    }

    /// <summary>Reads a URI; relative URIs (API 2010's <c>uri</c> fields) are kept relative.</summary>
    public static Uri? ReadUri(ref Utf8JsonReader reader)
    {
        var text = ReadString(ref reader);
        if (text is null) return null;
        return Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri) ? uri : throw new JsonException($"Expected a URI, but found \"{text}\".");
    }

    /// <summary>Reads an object of string values (<c>links</c>, <c>subresource_uris</c>).</summary>
    public static IReadOnlyDictionary<string, string>? ReadStringMap(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject) throw Unexpected(ref reader, "an object of strings");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                using var nested = JsonDocument.ParseValue(ref reader);
                map[name] = nested.RootElement.GetRawText();
            }
            else
            {
                var value = ReadString(ref reader);
                if (value is not null) map[name] = value;
            }
        }
        return map;
    }

    /// <summary>Reads an array of strings.</summary>
    public static IReadOnlyList<string>? ReadStringArray(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartArray) throw Unexpected(ref reader, "an array of strings");
        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = ReadString(ref reader);
            if (item is not null) items.Add(item);
        }
        return items;
    }

    /// <summary>Reads an array whose items <paramref name="readItem"/> reads.</summary>
    public static IReadOnlyList<T>? ReadArray<T>(ref Utf8JsonReader reader, JsonItemReader<T> readItem)
    {
        if (readItem is null) throw new ArgumentNullException(nameof(readItem));
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartArray) throw Unexpected(ref reader, "an array");
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(readItem(ref reader));
        return items;
    }

    /// <summary>Reads any JSON value as a detached <see cref="JsonElement"/> (untyped fields such as <c>errors</c> or <c>attributes</c>).</summary>
    public static JsonElement? ReadElement(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.Clone();
    }

    private static string ReadRawText(ref Utf8JsonReader reader)
    {
        var span = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
        return System.Text.Encoding.UTF8.GetString(span);
    }

    private static T ParseNumber<T>(ref Utf8JsonReader reader, Func<string, T> parse)
    {
        var text = reader.GetString()!;
        try
        {
            return parse(text);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            throw new JsonException($"Expected a number, but found \"{text}\".", ex);
        }
    }

    // RFC 2822 offsets are "+0000"; .NET's zzz wants "+00:00".
    private static string InsertOffsetColon(string text)
    {
        var space = text.LastIndexOf(' ');
        if (space < 0) return text;
        var offset = text.Substring(space + 1);
        if (offset.Length == 5 && (offset[0] == '+' || offset[0] == '-'))
            return text.Substring(0, space + 1) + offset.Substring(0, 3) + ":" + offset.Substring(3);
        return text;
    }

    private static JsonException Unexpected(ref Utf8JsonReader reader, string expected) =>
        new($"Expected {expected}, but found {reader.TokenType} at byte {reader.TokenStartIndex}.");
}
