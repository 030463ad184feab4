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
    public static string? Check(string? value, string? prefix, string typeName) => Check(value, prefix, typeName, showValue: true);

    /// <summary>Throws <see cref="FormatException"/> with the <see cref="Check(string?, string?, string)"/> message when the SID is malformed.</summary>
    public static string Validate(string? value, string? prefix, string typeName)
    {
        var error = Check(value, prefix, typeName);
        if (error is not null) throw new FormatException(error);
        return value!;
    }

    /// <summary>
    /// Like <see cref="Validate(string?, string?, string)"/>, but the message never repeats the value: for arguments
    /// beside a secret, where swapped arguments would otherwise print the secret.
    /// </summary>
    internal static string ValidateWithoutEcho(string? value, string prefix, string typeName)
    {
        var error = Check(value, prefix, typeName, showValue: false);
        if (error is not null) throw new FormatException(error);
        return value!;
    }

    private static string? Check(string? value, string? prefix, string typeName, bool showValue)
    {
        if (value is null) return $"{typeName} cannot be null.";
        var shown = showValue ? $"\"{Truncate(value)}\"" : "the value given (not shown, in case it is a secret)";
        var expected = $"{Describe(prefix)} followed by 32 hex digits";
        if (value.Length == 0) return $"{typeName} cannot be empty; expected {expected}.";
        if (value.Trim().Length != value.Length)
            return $"{typeName} must not have leading or trailing whitespace, but {shown} has; trim it.";
        if (LooksLikePlaceholder(value))
            return $"{typeName} must be a real SID ({expected}), but {shown} looks like a placeholder; replace it with the SID from the Twilio Console or API.";
        // A character that cannot be seen, or only looks like an ASCII one, would otherwise be reported as a wrong length
        // or a wrong letter that the reader cannot find in the message.
        for (var i = 0; i < value.Length && (value.Length == Length || value.Length - CountInvisible(value) == Length); i++)
        {
            if (value[i] is > ' ' and <= '~') continue;
            var code = $"U+{(int)value[i]:X4}";
            if (value[i] == ' ') return $"{typeName} must be {expected}, but {shown} has a space at position {i}; remove it.";
            if (IsInvisible(value[i]))
                return $"{typeName} must be {expected}, but {shown} has the invisible character {code} at position {i} (text copied from a web page or a document can carry one); remove it.";
            return $"{typeName} must be {expected} in ASCII, but {shown} has {(showValue ? $"'{value[i]}' ({code})" : "a non-ASCII character")} at position {i}, which only looks like an ASCII one; type it again.";
        }
        if (value.Length != Length)
            return $"{typeName} must be {Length} characters ({expected}), but {shown} has {value.Length}.";
        var start = value.Substring(0, 2);
        if (!IsAsciiLetter(value[0]) || !IsAsciiLetter(value[1]))
            return $"{typeName} must start with two letters, but {shown} starts with \"{(showValue ? start : "…")}\".";
        if (prefix is not null && !string.Equals(start, prefix, StringComparison.Ordinal))
            return $"{typeName} must start with \"{prefix}\", but {shown} starts with \"{start}\".";
        for (var i = 2; i < value.Length; i++)
        {
            if (!IsHex(value[i]))
                return $"{typeName} must end with 32 hex digits, but {shown} has {(showValue ? $"'{value[i]}'" : "a non-hex character")} at position {i}.";
        }
        return null;
    }

    // "YOUR_PHONE_NUMBER_SID", "<customer-profile-sid>", "{{TRUST_PRODUCT_SID}}", "ACXXXXXXXX…": copied from docs unchanged.
    private static bool LooksLikePlaceholder(string value)
    {
        if (value.IndexOf("YOUR", StringComparison.OrdinalIgnoreCase) >= 0) return true;
        if (value.IndexOfAny(new[] { '<', '>', '{', '}', '_' }) >= 0) return true;
        return value.Length > 4 && value.Substring(2).Trim('x', 'X').Length == 0;
    }

    private static int CountInvisible(string value)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (c == ' ' || IsInvisible(c)) count++;
        }
        return count;
    }

    private static bool IsInvisible(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Control
        or System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.SpaceSeparator
        or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator
        or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark;

    private static string Describe(string? prefix) => prefix is null ? "two letters" : $"\"{prefix}\"";

    private static string Truncate(string value) => value.Length <= 48 ? value : value.Substring(0, 45) + "...";

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
}
