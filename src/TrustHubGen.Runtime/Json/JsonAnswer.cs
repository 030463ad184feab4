using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace TrustHubGen.Runtime;

/// <summary>
/// The errors for a 2xx answer that the generated readers cannot read: an empty body where a resource was expected, and a
/// value a reader refuses (a date it cannot parse, a SID of another kind, an array where an object belongs), named by the
/// request it answered and by the JSON path of the value (<c>$.results[3].date_created</c>), as System.Text.Json's
/// serializer would name it.
/// </summary>
internal static class JsonAnswer
{
    /// <summary>What a generated reader throws for a value it refuses; anything else is a bug and is let through.</summary>
    public static bool IsRefusal(Exception exception) =>
        exception is JsonException or FormatException or OverflowException or InvalidOperationException;

    /// <summary>The reader's own error for bytes that are not JSON (its internal JsonReaderException), not a refused value.</summary>
    public static bool IsSyntaxError(Exception exception) => exception is JsonException && exception.GetType() != typeof(JsonException);

    /// <summary>The error for an empty 2xx body where <paramref name="expected"/> was expected.</summary>
    public static TwilioInvalidResponseException Empty(string request, int status, string expected) => new(
        $"The answer to {request} (HTTP {status}) is empty, but {expected} was expected, so it cannot come from a Twilio API. " +
        "Check that the address (base-address overrides, proxies) points at Twilio or the emulator.",
        request, status, contentType: null);

    /// <summary>
    /// <paramref name="refusal"/> as the failure of the call <paramref name="request"/>, whose message starts with
    /// <paramref name="what"/> (such as "The answer to GET … cannot be read as CustomerProfile") and names the value at
    /// <paramref name="position"/>; the inner exception is a <see cref="JsonException"/> with that path.
    /// </summary>
    public static TwilioUnreadableAnswerException Unreadable(string what, string request, int status, ReadOnlySpan<byte> body, long position, Exception refusal)
    {
        var path = PathAt(body, position);
        var message = $"{what} at {path}: {refusal.Message}";
        return new TwilioUnreadableAnswerException(message, request, status, path, new JsonException(message, path, lineNumber: null, bytePositionInLine: position, refusal));
    }

    /// <summary>The JSON path (<c>$.results[3].date_created</c>) of the token that starts at <paramref name="position"/>.</summary>
    public static string PathAt(ReadOnlySpan<byte> body, long position)
    {
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            while (reader.Read())
            {
                var reached = reader.TokenStartIndex >= position;
                var token = reader.TokenType;
                if (token == JsonTokenType.PropertyName)
                {
                    if (reached) break;
                    frames[frames.Count - 1].Name = reader.GetString();
                    continue;
                }
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    if (reached) break;
                    frames.RemoveAt(frames.Count - 1);
                    continue;
                }
                if (frames.Count > 0 && frames[frames.Count - 1].IsArray) frames[frames.Count - 1].Index++;
                if (reached) break;
                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray) frames.Add(new Frame(token == JsonTokenType.StartArray));
            }
        }
        catch (JsonException)
        {
            // Broken JSON before the position (a transport that does not check bodies): the path read so far.
        }
        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray && frame.Index >= 0) path.Append('[').Append(frame.Index).Append(']');
            else if (!frame.IsArray && frame.Name is { } name) path.Append(IsPlain(name) ? "." + name : "['" + name.Replace("'", "\\'") + "']");
        }
        return path.ToString();
    }

    private static bool IsPlain(string name)
    {
        if (name.Length == 0) return false;
        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_')) return false;
        }
        return true;
    }

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }
    }
}
