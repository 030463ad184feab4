using System;
using System.Globalization;
using System.Text;

namespace TrustHubGen.Cli.Output;

/// <summary>
/// The engine words its advice for library users (<c>Options.FriendlyNamePrefix</c>); on the command line the same
/// advice must name the option a user can type. User values in messages are quoted with <see cref="Quote"/>.
/// </summary>
internal static class CliWording
{
    private const int MaxQuoted = 80;

    public static string ForCommandLine(string text) =>
        text.Replace("another Options.FriendlyNamePrefix", "another --friendly-name-prefix", StringComparison.Ordinal)
            .Replace("Options.FriendlyNamePrefix", "--friendly-name-prefix", StringComparison.Ordinal);

    /// <summary>
    /// A value the user gave, in double quotes, for a message: at most 80 characters (then "…"), and every character that
    /// would act on the terminal rather than show (line breaks, escapes, bidi and other format controls) as <c>\uXXXX</c>,
    /// so the message stays one readable line whatever was pasted.
    /// </summary>
    public static string Quote(string value)
    {
        var tooLong = value.Length > MaxQuoted;
        var length = tooLong ? MaxQuoted - 1 : value.Length;
        if (tooLong && char.IsHighSurrogate(value[length - 1])) length--;
        var builder = new StringBuilder(length + 8).Append('"');
        foreach (var c in value.AsSpan(0, length))
        {
            if (IsInvisible(c)) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }

        return (tooLong ? builder.Append('…') : builder).Append('"').ToString();
    }

    /// <summary>A character that does something to the text around it instead of showing: controls and format characters.</summary>
    public static bool IsInvisible(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>
    /// Whether <paramref name="value"/> holds a control character, a line or paragraph separator or a bidi control: text
    /// that breaks or reorders a line wherever it is shown (a friendly name in the Console, a log). Joiners, which some
    /// scripts need, are not among them.
    /// </summary>
    public static bool BreaksLines(string value)
    {
        foreach (var c in value)
        {
            if (char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || c is '\u061c' or '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069'))
                return true;
        }

        return false;
    }
}
