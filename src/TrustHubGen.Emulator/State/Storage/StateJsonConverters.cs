using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.State.Storage;

/// <summary>A JSON value kept as its text: client attributes and evaluation results are stored exactly as answered.</summary>
[JsonConverter(typeof(RawJsonConverter))]
internal sealed record RawJson(string Text, JsonValueKind Kind);

/// <summary>Writes <see cref="RawJson"/> as it is; reads any value into its text (within the reader's depth limit).</summary>
internal sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new RawJson(document.RootElement.GetRawText(), document.RootElement.ValueKind);
    }

    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Text, skipInputValidation: true);
}

/// <summary>Dates as the API writes them (<c>2024-01-31T12:00:00Z</c>); any ISO 8601 form is read, as UTC when it has no offset.</summary>
internal sealed class IsoDateConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadIso(ref reader);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(WireDates.Iso(value));

    public static DateTimeOffset ReadIso(ref Utf8JsonReader reader)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("must be an ISO 8601 date string such as 2024-01-31T12:00:00Z.");
        try
        {
            return WireDates.ParseIso(text);
        }
        catch (FormatException)
        {
            throw new JsonException($"\"{text}\" is not an ISO 8601 date such as 2024-01-31T12:00:00Z.");
        }
    }
}

/// <summary><see cref="StateDocument.CapturedAt"/>: to the millisecond, since it separates writes made in the same second.</summary>
internal sealed class PreciseDateConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        IsoDateConverter.ReadIso(ref reader);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
}

/// <summary>Rejection codes: written as numbers; read as numbers or as the API's <c>{"code": N}</c> objects.</summary>
internal sealed class ErrorCodesConverter : JsonConverter<List<int>>
{
    public override List<int> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("must be an array of error codes such as [22214] or [{\"code\": 22214}].");
        }

        var codes = new List<int>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                codes.Add(reader.GetInt32());
                continue;
            }

            using var item = JsonDocument.ParseValue(ref reader);
            if (item.RootElement.ValueKind != JsonValueKind.Object || !item.RootElement.TryGetProperty("code", out var code) || !code.TryGetInt32(out var value))
            {
                throw new JsonException($"{item.RootElement.GetRawText()} is not an error code such as 22214 or {{\"code\": 22214}}.");
            }

            codes.Add(value);
        }

        return codes;
    }

    public override void Write(Utf8JsonWriter writer, List<int> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var code in value)
        {
            writer.WriteNumberValue(code);
        }

        writer.WriteEndArray();
    }
}
