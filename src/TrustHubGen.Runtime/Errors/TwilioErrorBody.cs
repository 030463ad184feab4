using System;
using System.Collections.Generic;
using System.Text.Json;

namespace TrustHubGen.Runtime;

/// <summary>Reads Twilio's error body <c>{code, message, more_info, status, details}</c> into a <see cref="TwilioApiException"/>.</summary>
public static class TwilioErrorBody
{
    /// <summary>Builds the exception; a body that is not Twilio's JSON still yields a readable message.</summary>
    public static TwilioApiException ToException(int status, ReadOnlySpan<byte> body, string request)
    {
        int? code = null;
        string? message = null;
        string? moreInfo = null;
        Dictionary<string, string>? details = null;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString();
                    reader.Read();
                    switch (name)
                    {
                        case "code" when reader.TokenType == JsonTokenType.Number: code = reader.TryGetInt32(out var number) ? number : null; break;
                        case "message" when reader.TokenType == JsonTokenType.String: message = reader.GetString(); break;
                        case "more_info" when reader.TokenType == JsonTokenType.String: moreInfo = reader.GetString(); break;
                        case "details" when reader.TokenType == JsonTokenType.StartObject: details = ReadDetails(ref reader); break;
                        default: reader.Skip(); break;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not Twilio's JSON (a proxy's HTML page, a truncated body): fall through to the raw text below.
        }
        // Not Twilio's body (a proxy's HTML page): its start, on one line, so a hostile or broken server cannot write lines
        // of its own into the logs that print this message.
        message ??= body.Length == 0 ? "(empty body)" : JsonBodyCheck.Excerpt(body);
        return new TwilioApiException(status, code, message, moreInfo, request, details);
    }

    /// <summary>Twilio's <c>code</c> from an error body, or null when the body is not Twilio's JSON or has none.</summary>
    internal static int? TryReadCode(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCode = reader.ValueTextEquals("code"u8);
                reader.Read();
                if (isCode) return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var code) ? code : null;
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not JSON: no code.
        }
        return null;
    }

    private static Dictionary<string, string> ReadDetails(ref Utf8JsonReader reader)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.String) details[name] = reader.GetString()!;
            else
            {
                using var value = JsonDocument.ParseValue(ref reader);
                details[name] = value.RootElement.GetRawText();
            }
        }
        return details;
    }
}
