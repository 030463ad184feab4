using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TrustHubGen.Policies.Json
{
    /// <summary>A JSON syntax error: where it is (0-based, UTF-16 columns) and what is wrong, in words.</summary>
    /// <param name="Problem">What is wrong and how to fix it, e.g. "Unexpected '}' after a ',': JSON does not allow a trailing comma. Remove the comma."</param>
    /// <param name="Line">The 0-based line.</param>
    /// <param name="Column">The 0-based column in UTF-16 code units.</param>
    /// <param name="TooDeep">True when the document nests deeper than <see cref="JsonTree.MaxDepth"/> (its own diagnostic).</param>
    internal sealed record JsonSyntaxError(string Problem, int Line, int Column, bool TooDeep);

    /// <summary>
    /// Explains why <see cref="Utf8JsonReader"/> stopped. The reader says where (its <see cref="JsonException"/> line and
    /// byte position); this small classifier looks at the bytes there, the last token read and the open containers, and
    /// says what is wrong in terms a person fixing the file understands (trailing comma, unquoted name, comment, missing
    /// ':' or ',', unclosed object, bad escape, invalid number). It never parses the reader's own message, which may be
    /// localised.
    /// </summary>
    internal static class JsonSyntax
    {
        private enum Expecting
        {
            Value,
            PropertyName,
            CommaOrClose,
            End,
        }

        /// <param name="tree">The document.</param>
        /// <param name="reported">The byte offset the reader's exception names.</param>
        /// <param name="lastGood">Bytes consumed up to the end of the last token read.</param>
        /// <param name="lastToken">That token (None when nothing was read).</param>
        /// <param name="open">Byte offsets of the containers still open, outermost first.</param>
        public static JsonSyntaxError Explain(JsonTree tree, int reported, int lastGood, JsonTokenType lastToken, int[] open)
        {
            ReadOnlySpan<byte> json = tree.Utf8;
            int end = json.Length;
            bool inObject = open.Length > 0 && json[open[open.Length - 1]] == (byte)'{';
            bool afterValue = lastToken is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False
                or JsonTokenType.Null or JsonTokenType.EndObject or JsonTokenType.EndArray;

            int at = SkipWhitespace(json, lastGood);
            bool afterComma = false;
            Expecting expecting;
            if (afterValue && open.Length == 0)
            {
                expecting = Expecting.End;
            }
            else if (afterValue)
            {
                if (at < end && json[at] == (byte)',')
                {
                    afterComma = true;
                    at = SkipWhitespace(json, at + 1);
                    expecting = inObject ? Expecting.PropertyName : Expecting.Value;
                }
                else
                {
                    expecting = Expecting.CommaOrClose;
                }
            }
            else
            {
                expecting = lastToken == JsonTokenType.StartObject ? Expecting.PropertyName : Expecting.Value;
            }

            if (at >= end)
            {
                return Unclosed(tree, open);
            }

            byte c = json[at];
            if (c == (byte)'/')
            {
                return At(tree, reported, "Unexpected '/': JSON does not allow comments. Remove the comment.");
            }

            switch (expecting)
            {
                case Expecting.End:
                    return At(tree, reported, "Unexpected " + Describe(json, at) + " after the end of the JSON document; the file holds exactly one JSON object. Remove the trailing text.");
                case Expecting.CommaOrClose:
                    return At(tree, reported, "Unexpected " + Describe(json, at) + (inObject
                        ? ": a ',' or '}' is expected after a property value."
                        : ": a ',' or ']' is expected after an array item."));
                case Expecting.PropertyName:
                    if (afterComma && c == (byte)'}')
                    {
                        return At(tree, reported, "Unexpected '}' after a ',': JSON does not allow a trailing comma. Remove the comma.");
                    }

                    if (c != (byte)'"')
                    {
                        return At(tree, reported, "Unexpected " + Describe(json, at) + ": a property name in double quotes is expected here.");
                    }

                    return StringProblem(tree, at, reported) ?? MissingColon(tree, open, at);
                default:
                    if (afterComma && c == (byte)']')
                    {
                        return At(tree, reported, "Unexpected ']' after a ',': JSON does not allow a trailing comma. Remove the comma.");
                    }

                    if ((c == (byte)'{' || c == (byte)'[') && open.Length >= JsonTree.MaxDepth)
                    {
                        return new JsonSyntaxError(
                            "The JSON nests deeper than " + JsonTree.MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels; policy and snapshot files need at most a few. Flatten the structure.",
                            tree.Lines.Position(at).Line,
                            tree.Lines.Position(at).Column,
                            TooDeep: true);
                    }

                    if (c == (byte)'"')
                    {
                        return StringProblem(tree, at, reported) ?? Unclosed(tree, open);
                    }

                    if (c == (byte)'-' || (c >= (byte)'0' && c <= (byte)'9'))
                    {
                        return NumberProblem(tree, at) ?? Unclosed(tree, open);
                    }

                    if (IsWordByte(c))
                    {
                        int word = at;
                        while (word < end && word - at < 40 && IsWordByte(json[word]))
                        {
                            word++;
                        }

                        string text = Encoding.UTF8.GetString(json.Slice(at, word - at).ToArray());
                        if (word >= end && (text == "true" || text == "false" || text == "null"))
                        {
                            return Unclosed(tree, open);
                        }

                        return AtOffset(tree, at, "Unexpected '" + text + "': a JSON value is expected here (strings need double quotes; the literals are true, false and null).");
                    }

                    return At(tree, reported, "Unexpected " + Describe(json, at) + ": a JSON value (object, array, string, number, true, false or null) is expected here.");
            }
        }

        /// <summary>A string token that does not close, or holds a raw control character or a bad escape; null when it is well-formed.</summary>
        private static JsonSyntaxError? StringProblem(JsonTree tree, int quote, int reported)
        {
            ReadOnlySpan<byte> json = tree.Utf8;
            var (startLine, startColumn) = tree.Lines.Position(quote);
            string started = "line " + Human(startLine) + ", column " + Human(startColumn);
            for (int i = quote + 1; i < json.Length; i++)
            {
                byte b = json[i];
                if (b == (byte)'"')
                {
                    return null;
                }

                if (b < 0x20)
                {
                    return AtOffset(tree, i, "A string cannot contain control character U+" + b.ToString("X4", CultureInfo.InvariantCulture)
                        + " unescaped (started at " + started + "); close the string with '\"' or escape the character.");
                }

                if (b != (byte)'\\')
                {
                    continue;
                }

                if (i + 1 >= json.Length)
                {
                    break;
                }

                byte escape = json[++i];
                if (escape == (byte)'u')
                {
                    for (int h = 1; h <= 4; h++)
                    {
                        if (i + h >= json.Length || !IsHex(json[i + h]))
                        {
                            return AtOffset(tree, i - 1, "Invalid escape: '\\u' must be followed by four hex digits.");
                        }
                    }

                    i += 4;
                }
                else if ("\"\\/bfnrt".IndexOf((char)escape) < 0)
                {
                    return AtOffset(tree, i - 1, "Invalid escape '\\" + (escape < 0x80 ? ((char)escape).ToString() : "…")
                        + "'; JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.");
                }
            }

            return AtOffset(tree, json.Length, "Unexpected end of file inside the string that starts at " + started + "; a closing '\"' is missing.");
        }

        /// <summary>A number token that breaks JSON's grammar; null when it is well-formed.</summary>
        private static JsonSyntaxError? NumberProblem(JsonTree tree, int start)
        {
            ReadOnlySpan<byte> json = tree.Utf8;
            int i = start;
            if (At(json, i) == (byte)'-')
            {
                i++;
            }

            if (At(json, i) == (byte)'0')
            {
                i++;
            }
            else if (IsDigit(At(json, i)))
            {
                i = SkipDigits(json, i);
            }
            else
            {
                return AtOffset(tree, i, "Invalid number: a digit is expected after '-'.");
            }

            if (At(json, i) == (byte)'.')
            {
                if (!IsDigit(At(json, ++i)))
                {
                    return AtOffset(tree, i, "Invalid number: a digit is expected after the decimal point.");
                }

                i = SkipDigits(json, i);
            }

            if (At(json, i) == (byte)'e' || At(json, i) == (byte)'E')
            {
                i++;
                if (At(json, i) == (byte)'+' || At(json, i) == (byte)'-')
                {
                    i++;
                }

                if (!IsDigit(At(json, i)))
                {
                    return AtOffset(tree, i, "Invalid number: a digit is expected in the exponent.");
                }

                i = SkipDigits(json, i);
            }

            byte next = At(json, i);
            if (IsDigit(next) || IsWordByte(next))
            {
                return AtOffset(tree, i, "Invalid number: " + Describe(json, i) + " cannot follow it (JSON numbers have no leading zeros, hex or suffixes).");
            }

            return null;
        }

        private static JsonSyntaxError MissingColon(JsonTree tree, int[] open, int quote)
        {
            ReadOnlySpan<byte> json = tree.Utf8;
            int close = quote + 1;
            while (json[close] != (byte)'"')
            {
                close += json[close] == (byte)'\\' ? 2 : 1;
            }

            string name = Encoding.UTF8.GetString(json.Slice(quote + 1, close - quote - 1).ToArray());
            int at = SkipWhitespace(json, close + 1);
            return at >= json.Length
                ? Unclosed(tree, open)
                : AtOffset(tree, at, "Unexpected " + Describe(json, at) + ": a ':' is expected after the property name " + MessageText.Quote(name) + ".");
        }

        private static JsonSyntaxError Unclosed(JsonTree tree, int[] open)
        {
            if (open.Length == 0)
            {
                return AtOffset(tree, tree.Length, "Unexpected end of file: a JSON value is expected here.");
            }

            int start = open[open.Length - 1];
            bool isObject = tree.Utf8[start] == (byte)'{';
            var (line, column) = tree.Lines.Position(start);
            return AtOffset(tree, tree.Length, "Unexpected end of file: the " + (isObject ? "object" : "array") + " opened at line " + Human(line) + ", column "
                + Human(column) + " is not closed; a '" + (isObject ? '}' : ']') + "' is missing.");
        }

        private static JsonSyntaxError At(JsonTree tree, int reported, string problem) => AtOffset(tree, reported, problem);

        private static JsonSyntaxError AtOffset(JsonTree tree, int offset, string problem)
        {
            var (line, column) = tree.Lines.Position(offset);
            return new JsonSyntaxError(problem, line, column, TooDeep: false);
        }

        /// <summary>"'x'", or "control character U+0001" / "character U+00E9" for what would not print clearly.</summary>
        private static string Describe(ReadOnlySpan<byte> json, int at)
        {
            byte b = json[at];
            if (b < 0x20 || b == 0x7F)
            {
                return "control character U+" + b.ToString("X4", CultureInfo.InvariantCulture);
            }

            if (b < 0x80)
            {
                return "'" + (char)b + "'";
            }

            int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            string character = Encoding.UTF8.GetString(json.Slice(at, Math.Min(length, json.Length - at)).ToArray());
            return "character U+" + char.ConvertToUtf32(character, 0).ToString("X4", CultureInfo.InvariantCulture);
        }

        private static int SkipWhitespace(ReadOnlySpan<byte> json, int i)
        {
            while (i < json.Length && (json[i] == (byte)' ' || json[i] == (byte)'\t' || json[i] == (byte)'\n' || json[i] == (byte)'\r'))
            {
                i++;
            }

            return i;
        }

        private static int SkipDigits(ReadOnlySpan<byte> json, int i)
        {
            while (IsDigit(At(json, i)))
            {
                i++;
            }

            return i;
        }

        private static byte At(ReadOnlySpan<byte> json, int i) => i < json.Length ? json[i] : (byte)0;

        private static bool IsDigit(byte b) => b >= (byte)'0' && b <= (byte)'9';

        private static bool IsHex(byte b) => IsDigit(b) || (b >= (byte)'a' && b <= (byte)'f') || (b >= (byte)'A' && b <= (byte)'F');

        private static bool IsWordByte(byte b) => (b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'A' && b <= (byte)'Z') || IsDigit(b) || b == (byte)'_';

        /// <summary>Positions in messages are 1-based, as editors show them; diagnostics carry 0-based ones.</summary>
        private static string Human(int zeroBased) => (zeroBased + 1).ToString(CultureInfo.InvariantCulture);
    }
}
