using System;
using System.Text;
using System.Text.Json;

namespace TrustHubGen.Runtime;

/// <summary>
/// Every 2xx body the transports hand on is JSON (or empty, as for 204), so a proxy's HTML page is reported once, at the
/// transport, naming the address, instead of as a JsonException deep inside a generated reader.
/// </summary>
internal static class JsonBodyCheck
{
    private const int ExcerptLength = 200;

    /// <summary>How much of a body's start <see cref="Excerpt"/> may quote (UTF-8 takes up to 4 bytes a character).</summary>
    public const int ExcerptBytes = ExcerptLength * 4;

    public static void EnsureJson(ReadOnlySpan<byte> body, int status, string? contentType, string request)
    {
        if (IsBlank(body)) return;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
            while (reader.Read())
            {
                // Reading every token validates the whole document without building anything.
            }
            return;
        }
        catch (JsonException e)
        {
            throw NotJson(body, status, contentType, request, e);
        }
    }

    /// <summary>The error for a 2xx body that is not JSON, quoting its start (<paramref name="start"/>).</summary>
    public static TwilioInvalidResponseException NotJson(ReadOnlySpan<byte> start, int status, string? contentType, string request, JsonException error) => new(
        $"The answer to {request} (HTTP {status}{(contentType is null ? "" : $", {contentType}")}) is not JSON, so it cannot come from a Twilio API: " +
        $"\"{Excerpt(start)}\". Check that the address (base-address overrides, proxies) points at Twilio or the emulator.",
        request, status, contentType, error);

    /// <summary>The start of a body as printable text.</summary>
    public static string Excerpt(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body.Length > ExcerptBytes ? body.Slice(0, ExcerptBytes) : body);
        if (text.Length > ExcerptLength) text = text.Substring(0, ExcerptLength) + "…";
        return OneLine(text);
    }

    /// <summary>
    /// <paramref name="text"/> with control characters (line breaks included) as spaces, so text a server sent cannot
    /// write lines of its own into a log that prints it.
    /// </summary>
    public static string OneLine(string text)
    {
        var printable = new StringBuilder(text.Length);
        foreach (var c in text) printable.Append(char.IsControl(c) ? ' ' : c);
        return printable.ToString();
    }

    /// <summary>True for an empty body or one of whitespace only (a 204's).</summary>
    public static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return false;
        }
        return true;
    }
}
