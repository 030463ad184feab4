using System;
using System.Diagnostics.CodeAnalysis;
using TrustHubGen.Policies;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// A phone number in E.164 form (<c>+14155550100</c>) as the rules library judges it (<see cref="PhoneNumberFacts.IsE164"/>):
/// '+', 7 to 15 digits starting with an assigned country code, and exactly 10 digits after a leading 1 (NANP).
/// Pipelines resolve it to the account's IncomingPhoneNumber.
/// </summary>
public readonly struct E164Number : IEquatable<E164Number>
{
    private readonly string? _value;

    private E164Number(string value) => _value = value;

    /// <summary>The number as sent to Twilio.</summary>
    /// <exception cref="InvalidOperationException">This instance is default (not parsed).</exception>
    public string Value => _value ?? throw new InvalidOperationException("This E164Number is default (uninitialised); create one with E164Number.Parse.");

    /// <summary>Parses an E.164 number; surrounding spaces are ignored, nothing else is rewritten.</summary>
    /// <exception cref="FormatException">The text is not an E.164 number; the message says what is wrong.</exception>
    public static E164Number Parse(string value) =>
        TryParse(value, out var number, out var error) ? number : throw new FormatException(error);

    /// <summary>Parses an E.164 number without throwing.</summary>
    /// <param name="value">The text, such as <c>+14155550100</c>.</param>
    /// <param name="number">The number when valid.</param>
    /// <param name="error">Null when valid; otherwise what is wrong.</param>
    public static bool TryParse([NotNullWhen(true)] string? value, out E164Number number, out string? error)
    {
        number = default;
        var trimmed = value?.Trim();
        error = trimmed switch
        {
            null => "E164Number: the value is null; give a number such as +14155550100.",
            { Length: 0 } => "E164Number: the value is empty; give a number such as +14155550100.",
            _ when trimmed[0] != '+' => $"E164Number \"{trimmed}\" does not start with '+'; write it with its country code, such as +14155550100.",
            _ => PhoneNumberFacts.Problem(trimmed) is { } problem ? "E164Number: " + problem : null,
        };
        if (error is not null) return false;
        number = new E164Number(trimmed!);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(E164Number other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is E164Number other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>The number, or an empty string for a default instance.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <summary>Equality by value.</summary>
    public static bool operator ==(E164Number left, E164Number right) => left.Equals(right);

    /// <summary>Inequality by value.</summary>
    public static bool operator !=(E164Number left, E164Number right) => !left.Equals(right);
}
