using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace TrustHubGen.Runtime;

/// <summary>
/// A JSON value sent as one form field (Trust Hub's <c>Attributes</c>): Twilio expects the JSON text as the field's
/// string. Build it from JSON text (validated here, not by Twilio), a <see cref="JsonElement"/>, or string properties.
/// </summary>
public readonly struct TwilioJsonValue : IEquatable<TwilioJsonValue>
{
    private readonly string? _json;

    private TwilioJsonValue(string json) => _json = json;

    /// <summary>The JSON text as sent on the wire (<c>null</c> for a default instance).</summary>
    public string Json => _json ?? "null";

    /// <summary>Wraps JSON text; throws <see cref="FormatException"/> naming the problem when it is not valid JSON.</summary>
    public static TwilioJsonValue FromJson(string json)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        try
        {
            using var document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The JSON value is not valid JSON ({ex.Message}): {(json.Length > 80 ? json.Substring(0, 77) + "..." : json)}", ex);
        }
        return new TwilioJsonValue(json);
    }

    /// <summary>Wraps a JSON element.</summary>
    public static TwilioJsonValue FromElement(JsonElement element) => new(element.GetRawText());

    /// <summary>An object of string properties, e.g. <c>{"cnam_display_name": "ACME"}</c>; null values are left out.</summary>
    public static TwilioJsonValue FromProperties(IEnumerable<KeyValuePair<string, string?>> properties)
    {
        if (properties is null) throw new ArgumentNullException(nameof(properties));
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var pair in properties)
            {
                if (pair.Value is not null) writer.WriteString(pair.Key, pair.Value);
            }
            writer.WriteEndObject();
        }
        return new TwilioJsonValue(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Wraps a JSON element.</summary>
    public static implicit operator TwilioJsonValue(JsonElement element) => FromElement(element);

    /// <inheritdoc />
    public bool Equals(TwilioJsonValue other) => string.Equals(Json, other.Json, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TwilioJsonValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Json);

    /// <summary>The JSON text.</summary>
    public override string ToString() => Json;

    /// <summary>Equality by JSON text.</summary>
    public static bool operator ==(TwilioJsonValue left, TwilioJsonValue right) => left.Equals(right);

    /// <summary>Inequality by JSON text.</summary>
    public static bool operator !=(TwilioJsonValue left, TwilioJsonValue right) => !left.Equals(right);
}
