using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TrustHubGen.Emulator;

/// <summary>
/// A <see cref="JsonException"/> from reading a user's file (seed, state, faults) in the file's terms, on one line:
/// <c>$.routes[0] (line 1): expected an array.</c> System.Text.Json's own messages name .NET types ("could not be
/// converted to TrustHubGen.Emulator.Faults.FaultsDocument"), end in "Path: $ | LineNumber: 0 | BytePositionInLine: 1."
/// and quote what they met, line breaks included.
/// </summary>
internal static partial class JsonProblems
{
    /// <summary><c>{JSON path} (line N): {problem}</c>, or the problem alone when the reader gave no position.</summary>
    public static string Describe(JsonException e)
    {
        var message = e.Message;
        var tail = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (tail >= 0 && message.IndexOf("LineNumber:", tail, StringComparison.Ordinal) > 0) message = message[..tail];
        if (Unmapped().Match(message) is { Success: true } unmapped) message = $"unknown property \"{unmapped.Groups["name"].Value}\".";
        else if (NotConverted().Match(message) is { Success: true } converted)
        {
            // A record read through its constructor names itself, not the property whose value did not fit.
            var type = converted.Groups["type"].Value;
            message = !type.StartsWith("System.", StringComparison.Ordinal) && e.Path is { Length: > 1 } at && !at.EndsWith(']')
                ? "this value has the wrong JSON type (a string, number, array or object where another is expected)."
                : $"expected {Kind(type)}.";
        }
        message = OneLine(message);
        return e.Path is { Length: > 0 } path ? $"{path} (line {e.LineNumber + 1}): {message}" : message;
    }

    /// <summary>The JSON kind a .NET type is read from.</summary>
    private static string Kind(string type) =>
        type.StartsWith("System.String", StringComparison.Ordinal) ? "a string"
        : type.StartsWith("System.Boolean", StringComparison.Ordinal) || type.Contains("[System.Boolean]", StringComparison.Ordinal) ? "true or false"
        : type.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal) || type.EndsWith("[]", StringComparison.Ordinal) ? "an array"
        : type.StartsWith("System.Collections.Generic.Dictionary", StringComparison.Ordinal) ? "an object"
        : NumberType().IsMatch(type) ? "a number"
        : type.StartsWith("System.DateTime", StringComparison.Ordinal) || type.Contains("[System.DateTime", StringComparison.Ordinal) ? "an ISO 8601 date string"
        : "an object";

    private static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsControl(c)) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^The JSON property '(?<name>.*)' could not be mapped to any \.NET member", RegexOptions.Singleline)]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"^The JSON value could not be converted to (?<type>.+?)\.?$", RegexOptions.Singleline)]
    private static partial Regex NotConverted();

    [GeneratedRegex(@"System\.(Int16|Int32|Int64|UInt16|UInt32|UInt64|Double|Single|Decimal|Byte)\b")]
    private static partial Regex NumberType();
}
