using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace TrustHubGen.Runtime;

public static partial class TwilioJson
{
    /// <summary>Writes a string property (<c>null</c> when unset).</summary>
    public static void Write(Utf8JsonWriter writer, string name, string? value)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    /// <summary>Writes an integer property.</summary>
    public static void Write(Utf8JsonWriter writer, string name, long? value)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (value is null) writer.WriteNull(name);
        else writer.WriteNumber(name, value.Value);
    }

    /// <summary>Writes a decimal property.</summary>
    public static void Write(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (value is null) writer.WriteNull(name);
        else writer.WriteNumber(name, value.Value);
    }

    /// <summary>Writes a double property.</summary>
    public static void Write(Utf8JsonWriter writer, string name, double? value)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (value is null) writer.WriteNull(name);
        else writer.WriteNumber(name, value.Value);
    }

    /// <summary>Writes a boolean property.</summary>
    public static void Write(Utf8JsonWriter writer, string name, bool? value)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (value is null) writer.WriteNull(name);
        else writer.WriteBoolean(name, value.Value);
    }

    /// <summary>Writes an ISO 8601 UTC timestamp property, as Trust Hub v1 does.</summary>
    public static void Write(Utf8JsonWriter writer, string name, DateTimeOffset? value) =>
        Write(writer, name, value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    /// <summary>Writes an RFC 2822 timestamp property ("Thu, 30 Jul 2015 23:19:04 +0000"), as API 2010 does.</summary>
    public static void WriteRfc2822(Utf8JsonWriter writer, string name, DateTimeOffset? value) =>
        Write(writer, name, value?.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture));

    /// <summary>Writes a URI property.</summary>
    public static void Write(Utf8JsonWriter writer, string name, Uri? value) => Write(writer, name, value?.OriginalString);

    /// <summary>Writes an object of strings.</summary>
    public static void Write(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, string>? value)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (value is null) { writer.WriteNull(name); return; }
        writer.WriteStartObject(name);
        foreach (var pair in value) writer.WriteString(pair.Key, pair.Value);
        writer.WriteEndObject();
    }

    /// <summary>Writes an array of strings.</summary>
    public static void Write(Utf8JsonWriter writer, string name, IReadOnlyList<string>? value)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (value is null) { writer.WriteNull(name); return; }
        writer.WriteStartArray(name);
        foreach (var item in value) writer.WriteStringValue(item);
        writer.WriteEndArray();
    }

    /// <summary>Writes any JSON value.</summary>
    public static void Write(Utf8JsonWriter writer, string name, JsonElement? value)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        writer.WritePropertyName(name);
        if (value is null) writer.WriteNullValue();
        else value.Value.WriteTo(writer);
    }

    /// <summary>Writes an array whose items <paramref name="writeItem"/> writes.</summary>
    public static void WriteArray<T>(Utf8JsonWriter writer, string name, IReadOnlyList<T>? value, Action<Utf8JsonWriter, T> writeItem)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (writeItem is null) throw new ArgumentNullException(nameof(writeItem));
        if (value is null) { writer.WriteNull(name); return; }
        writer.WriteStartArray(name);
        foreach (var item in value) writeItem(writer, item);
        writer.WriteEndArray();
    }
}
