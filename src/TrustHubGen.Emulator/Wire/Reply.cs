using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TrustHubGen.Emulator.Wire;

/// <summary>A finished response: status, JSON bytes and extra headers. Built under locks, written after them.</summary>
internal sealed class Reply
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Plain escaping (no \u0026 for &amp;): bodies are JSON for API clients, never embedded in HTML.</summary>
    public static JsonWriterOptions Options => WriterOptions;

    public required int Status { get; init; }

    public ReadOnlyMemory<byte> Body { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public static Reply NoContent { get; } = new() { Status = 204 };

    public static Reply Json(int status, Action<Utf8JsonWriter> write, int sizeHint = 512)
    {
        var buffer = new ArrayBufferWriter<byte>(sizeHint);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return new Reply { Status = status, Body = buffer.WrittenMemory };
    }

    public static Reply Error(int status, int code, string message, string moreInfoBase, int? retryAfter = null)
    {
        var reply = Json(status, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("code", code);
            w.WriteString("message", message);
            w.WriteString("more_info", ErrorLinks.MoreInfo(code, moreInfoBase));
            w.WriteNumber("status", status);
            w.WriteEndObject();
        });
        return retryAfter is { } seconds
            ? new Reply { Status = status, Body = reply.Body, Headers = [new("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture))] }
            : reply;
    }
}

/// <summary>Where an error's <c>more_info</c> points: Twilio's page for its codes, the emulator's own page for ours.</summary>
internal static class ErrorLinks
{
    public static string MoreInfo(int code, string emulatorBase) =>
        code >= 990000 ? $"{emulatorBase}/emulator/errors/{code}" : $"https://www.twilio.com/docs/errors/{code}";
}
