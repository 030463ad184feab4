using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TrustHubGen.Runtime;

/// <summary>
/// Query or form parameters encoded the way Twilio's APIs expect: an unset value is omitted (never sent empty),
/// booleans are <c>true</c>/<c>false</c>, numbers use the invariant culture, dates are ISO 8601, arrays repeat the key,
/// and JSON-valued fields (such as <c>Attributes</c>) are sent as a JSON string.
/// </summary>
public sealed class TwilioParameters : IReadOnlyList<KeyValuePair<string, string>>
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly List<KeyValuePair<string, string>> _items = new();

    /// <summary>Adds <paramref name="value"/> unless it is null.</summary>
    /// <exception cref="ArgumentException">
    /// <paramref name="value"/> holds half of a character (a lone UTF-16 surrogate), which would be sent as U+FFFD; the
    /// message names the parameter and the position, never the value.
    /// </exception>
    public TwilioParameters Add(string name, string? value)
    {
        if (value is null) return this;
        try
        {
            StrictUtf8.GetByteCount(value);
        }
        catch (EncoderFallbackException half)
        {
            var unit = half.CharUnknownHigh != default ? half.CharUnknownHigh : half.CharUnknown;
            throw new ArgumentException(
                $"{name} holds half of a character (the lone UTF-16 surrogate U+{(int)unit:X4} at position {half.Index}), as when Substring or a " +
                "length limit cuts an emoji in two; it would reach Twilio as U+FFFD. Cut the text between characters (System.Globalization.StringInfo) instead.",
                nameof(value), half);
        }
        _items.Add(new(name, value));
        return this;
    }

    /// <summary>Adds <c>true</c> or <c>false</c> unless unset.</summary>
    public TwilioParameters Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    /// <summary>Adds an integer unless unset.</summary>
    public TwilioParameters Add(string name, long? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a number unless unset.</summary>
    public TwilioParameters Add(string name, double? value) => Add(name, value?.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Adds an ISO 8601 UTC timestamp unless unset.</summary>
    public TwilioParameters Add(string name, DateTimeOffset? value) =>
        Add(name, value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    /// <summary>Adds an absolute URI unless unset.</summary>
    public TwilioParameters Add(string name, Uri? value) => Add(name, value?.OriginalString);

    /// <summary>Adds a SID of any resource unless unset.</summary>
    public TwilioParameters Add(string name, TwilioSid? value) => Add(name, value?.Value);

    /// <summary>Adds each value under the same key (Twilio's array encoding); nothing when unset.</summary>
    public TwilioParameters AddRange(string name, IEnumerable<string>? values)
    {
        if (values is null) return this;
        foreach (var value in values) Add(name, value);
        return this;
    }

    /// <summary>Adds an already serialized JSON value (from a generated writer) as one string field, unless unset.</summary>
    public TwilioParameters AddJson(string name, string? json) => Add(name, json);

    /// <summary>The number of encoded pairs.</summary>
    public int Count => _items.Count;

    /// <summary>The pair at <paramref name="index"/>.</summary>
    public KeyValuePair<string, string> this[int index] => _items[index];

    /// <summary>Encodes the pairs as <c>application/x-www-form-urlencoded</c> (also the query-string form).</summary>
    public string ToUrlEncoded()
    {
        var builder = new StringBuilder();
        foreach (var pair in _items)
        {
            if (builder.Length > 0) builder.Append('&');
            builder.Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(Uri.EscapeDataString(pair.Value));
        }
        return builder.ToString();
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
