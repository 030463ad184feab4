using System;

namespace TrustHubGen.Runtime;

/// <summary>Validates Twilio SIDs: two ASCII letters followed by 32 hexadecimal digits (34 characters).</summary>
public static class SidFormat
{
    /// <summary>The length of every Twilio SID.</summary>
    public const int Length = 34;

    /// <summary>
    /// Returns null when <paramref name="value"/> is a well-formed SID with the given prefix (any two letters when
    /// <paramref name="prefix"/> is null), otherwise a message that names the type and says what is wrong.
    /// </summary>
    public static string? Check(string? value, string? prefix, string typeName)
    {
        if (value is null) return $"{typeName} cannot be null.";
        if (value.Length != Length)
            return $"{typeName} must be {Length} characters ({Describe(prefix)} followed by 32 hex digits), but \"{Truncate(value)}\" has {value.Length}.";
        if (!IsAsciiLetter(value[0]) || !IsAsciiLetter(value[1]))
            return $"{typeName} must start with two letters, but \"{value}\" starts with \"{value.Substring(0, 2)}\".";
        if (prefix is not null && !string.Equals(value.Substring(0, 2), prefix, StringComparison.Ordinal))
            return $"{typeName} must start with \"{prefix}\", but \"{value}\" starts with \"{value.Substring(0, 2)}\".";
        for (var i = 2; i < value.Length; i++)
        {
            if (!IsHex(value[i]))
                return $"{typeName} must end with 32 hex digits, but \"{value}\" has '{value[i]}' at position {i}.";
        }
        return null;
    }

    /// <summary>Throws <see cref="FormatException"/> with the <see cref="Check"/> message when the SID is malformed.</summary>
    public static string Validate(string? value, string? prefix, string typeName)
    {
        var error = Check(value, prefix, typeName);
        if (error is not null) throw new FormatException(error);
        return value!;
    }

    private static string Describe(string? prefix) => prefix is null ? "two letters" : $"\"{prefix}\"";

    private static string Truncate(string value) => value.Length <= 48 ? value : value.Substring(0, 45) + "...";

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
}
