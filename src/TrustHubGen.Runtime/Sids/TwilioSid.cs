using System;
using System.Diagnostics.CodeAnalysis;

namespace TrustHubGen.Runtime;

/// <summary>
/// A SID of any resource (two letters and 32 hex digits). Fields such as <c>ObjectSid</c> and
/// <c>ChannelEndpointSid</c> accept several resources; every generated SID type converts to this one implicitly.
/// </summary>
public readonly struct TwilioSid : IEquatable<TwilioSid>
{
    private readonly string? _value;

    private TwilioSid(string value) => _value = value;

    /// <summary>The SID as sent on the wire.</summary>
    public string Value => _value ?? throw new InvalidOperationException("This TwilioSid is default (uninitialised); parse one with TwilioSid.Parse.");

    /// <summary>The two-letter prefix, which names the kind of resource (not always uniquely: BU is both profile and product).</summary>
    public string Prefix => Value.Substring(0, 2);

    /// <summary>Parses a SID with any two-letter prefix; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static TwilioSid Parse(string value) => new(SidFormat.Validate(value, null, nameof(TwilioSid)));

    /// <summary>Parses a SID with any two-letter prefix without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out TwilioSid sid)
    {
        sid = SidFormat.Check(value, null, nameof(TwilioSid)) is null ? new TwilioSid(value!) : default;
        return sid._value is not null;
    }

    /// <summary>Wraps a value already validated by a typed SID. Not for user input.</summary>
    public static TwilioSid FromValidated(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(TwilioSid other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TwilioSid other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Equality by value.</summary>
    public static bool operator ==(TwilioSid left, TwilioSid right) => left.Equals(right);

    /// <summary>Inequality by value.</summary>
    public static bool operator !=(TwilioSid left, TwilioSid right) => !left.Equals(right);
}
