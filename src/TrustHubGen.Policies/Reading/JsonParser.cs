using System.Globalization;
using System.Text;

namespace TrustHubGen.Policies.Reading
{
    /// <summary>
    /// A strict JSON (RFC 8259) parser that records the 0-based line and column of every value and property name.
    /// It stops at the first syntax error and reports it with its position; it never throws and limits nesting,
    /// so hostile input (deep arrays, huge files) cannot overflow the stack.
    /// </summary>
    internal sealed class JsonParser
    {
        /// <summary>Deep enough for any policy file (they nest 5 levels), shallow enough to keep recursion safe.</summary>
        internal const int MaxDepth = 64;

        private readonly string _text;
        private int _pos;
        private int _line;
        private int _lineStart;

        private JsonParser(string text)
        {
            _text = text;
            // A UTF-8 byte-order mark decoded to U+FEFF is not part of the document.
            _pos = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            _lineStart = _pos;
        }

        /// <summary>The syntax error, set when parsing fails.</summary>
        public SyntaxError? Error { get; private set; }

        private int Column => _pos - _lineStart;

        /// <summary>Parses one JSON document; returns null and sets <see cref="Error"/> when it is not well-formed.</summary>
        public static JsonNode? Parse(string text, out SyntaxError? error)
        {
            var parser = new JsonParser(text);
            JsonNode? root = parser.ParseDocument();
            error = parser.Error;
            return error is null ? root : null;
        }

        private JsonNode? ParseDocument()
        {
            SkipWhitespace();
            JsonNode? root = ParseValue(0);
            if (root is null)
            {
                return null;
            }

            SkipWhitespace();
            if (_pos < _text.Length)
            {
                return Fail(
                    PolicyDiagnosticIds.MalformedJson,
                    "Unexpected " + DescribeChar(_text[_pos]) + " after the end of the JSON document; the file holds exactly one JSON object. Remove the trailing text.");
            }

            return root;
        }

        private JsonNode? ParseValue(int depth)
        {
            if (_pos >= _text.Length)
            {
                return Fail(PolicyDiagnosticIds.MalformedJson, "Unexpected end of file: a JSON value is expected here.");
            }

            char c = _text[_pos];
            switch (c)
            {
                case '{':
                    return depth >= MaxDepth ? TooDeep() : ParseObject(depth + 1);
                case '[':
                    return depth >= MaxDepth ? TooDeep() : ParseArray(depth + 1);
                case '"':
                    return ParseStringNode();
                case 't':
                    return ParseLiteral("true", JsonKind.Boolean);
                case 'f':
                    return ParseLiteral("false", JsonKind.Boolean);
                case 'n':
                    return ParseLiteral("null", JsonKind.Null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return ParseNumber();
                    }

                    return Fail(
                        PolicyDiagnosticIds.MalformedJson,
                        "Unexpected " + DescribeChar(c) + ": a JSON value (object, array, string, number, true, false or null) is expected here.");
            }
        }

        private JsonNode? TooDeep()
        {
            return Fail(
                PolicyDiagnosticIds.NestingTooDeep,
                "The JSON nests deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels; policy and snapshot files need at most a few. Flatten the structure.");
        }

        private JsonNode? ParseObject(int depth)
        {
            var node = new JsonNode(JsonKind.Object, _line, Column);
            int openLine = _line;
            int openColumn = Column;
            _pos++;
            SkipWhitespace();
            if (Peek() == '}')
            {
                _pos++;
                return node;
            }

            while (true)
            {
                if (_pos >= _text.Length)
                {
                    return UnclosedAt("object", '}', openLine, openColumn);
                }

                if (_text[_pos] != '"')
                {
                    return Fail(
                        PolicyDiagnosticIds.MalformedJson,
                        "Unexpected " + DescribeChar(_text[_pos]) + ": a property name in double quotes is expected here.");
                }

                int nameLine = _line;
                int nameColumn = Column;
                string? name = ParseString();
                if (name is null)
                {
                    return null;
                }

                SkipWhitespace();
                if (_pos >= _text.Length)
                {
                    return UnclosedAt("object", '}', openLine, openColumn);
                }

                if (_text[_pos] != ':')
                {
                    return Fail(
                        PolicyDiagnosticIds.MalformedJson,
                        "Unexpected " + DescribeChar(_text[_pos]) + ": a ':' is expected after the property name " + MessageText.Quote(name) + ".");
                }

                _pos++;
                SkipWhitespace();
                if (_pos >= _text.Length)
                {
                    return UnclosedAt("object", '}', openLine, openColumn);
                }

                JsonNode? value = ParseValue(depth);
                if (value is null)
                {
                    return null;
                }

                node.Properties.Add(new JsonProperty(name, nameLine, nameColumn, value));
                SkipWhitespace();
                if (_pos >= _text.Length)
                {
                    return UnclosedAt("object", '}', openLine, openColumn);
                }

                char c = _text[_pos];
                if (c == ',')
                {
                    _pos++;
                    SkipWhitespace();
                    if (Peek() == '}')
                    {
                        return Fail(PolicyDiagnosticIds.MalformedJson, "Unexpected '}' after a ',': JSON does not allow a trailing comma. Remove the comma.");
                    }

                    continue;
                }

                if (c == '}')
                {
                    _pos++;
                    return node;
                }

                return Fail(
                    PolicyDiagnosticIds.MalformedJson,
                    "Unexpected " + DescribeChar(c) + ": a ',' or '}' is expected after a property value.");
            }
        }

        private JsonNode? ParseArray(int depth)
        {
            var node = new JsonNode(JsonKind.Array, _line, Column);
            int openLine = _line;
            int openColumn = Column;
            _pos++;
            SkipWhitespace();
            if (Peek() == ']')
            {
                _pos++;
                return node;
            }

            while (true)
            {
                if (_pos >= _text.Length)
                {
                    return UnclosedAt("array", ']', openLine, openColumn);
                }

                JsonNode? item = ParseValue(depth);
                if (item is null)
                {
                    return null;
                }

                node.Items.Add(item);
                SkipWhitespace();
                if (_pos >= _text.Length)
                {
                    return UnclosedAt("array", ']', openLine, openColumn);
                }

                char c = _text[_pos];
                if (c == ',')
                {
                    _pos++;
                    SkipWhitespace();
                    if (Peek() == ']')
                    {
                        return Fail(PolicyDiagnosticIds.MalformedJson, "Unexpected ']' after a ',': JSON does not allow a trailing comma. Remove the comma.");
                    }

                    continue;
                }

                if (c == ']')
                {
                    _pos++;
                    return node;
                }

                return Fail(
                    PolicyDiagnosticIds.MalformedJson,
                    "Unexpected " + DescribeChar(c) + ": a ',' or ']' is expected after an array item.");
            }
        }

        private JsonNode? ParseStringNode()
        {
            var node = new JsonNode(JsonKind.String, _line, Column);
            string? value = ParseString();
            if (value is null)
            {
                return null;
            }

            node.Text = value;
            return node;
        }

        /// <summary>Reads a string token starting at the opening quote; null on error.</summary>
        private string? ParseString()
        {
            int startLine = _line;
            int startColumn = Column;
            _pos++;
            StringBuilder? builder = null;
            int runStart = _pos;
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c == '"')
                {
                    string run = _text.Substring(runStart, _pos - runStart);
                    _pos++;
                    return builder is null ? run : builder.Append(run).ToString();
                }

                if (c < ' ')
                {
                    return FailString(
                        "A string cannot contain " + DescribeChar(c) + " unescaped (started at line " + Human(startLine) + ", column " + Human(startColumn)
                        + "); close the string with '\"' or escape the character.");
                }

                if (c != '\\')
                {
                    _pos++;
                    continue;
                }

                builder ??= new StringBuilder();
                builder.Append(_text, runStart, _pos - runStart);
                if (_pos + 1 >= _text.Length)
                {
                    break;
                }

                char escape = _text[_pos + 1];
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_pos + 6 > _text.Length || !IsHex4(_pos + 2))
                        {
                            return FailString("Invalid escape: '\\u' must be followed by four hex digits.");
                        }

                        builder.Append((char)int.Parse(_text.Substring(_pos + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        _pos += 4;
                        break;
                    default:
                        return FailString(
                            "Invalid escape '\\" + escape + "'; JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.");
                }

                _pos += 2;
                runStart = _pos;
            }

            return FailString(
                "Unexpected end of file inside the string that starts at line " + Human(startLine) + ", column " + Human(startColumn) + "; a closing '\"' is missing.");
        }

        private bool IsHex4(int start)
        {
            for (int i = start; i < start + 4; i++)
            {
                char c = _text[i];
                bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                if (!hex)
                {
                    return false;
                }
            }

            return true;
        }

        private JsonNode? ParseNumber()
        {
            var node = new JsonNode(JsonKind.Number, _line, Column);
            int start = _pos;
            if (Peek() == '-')
            {
                _pos++;
            }

            if (Peek() == '0')
            {
                _pos++;
            }
            else if (IsDigit(Peek()))
            {
                SkipDigits();
            }
            else
            {
                return Fail(PolicyDiagnosticIds.MalformedJson, "Invalid number: a digit is expected after '-'.");
            }

            if (Peek() == '.')
            {
                _pos++;
                if (!IsDigit(Peek()))
                {
                    return Fail(PolicyDiagnosticIds.MalformedJson, "Invalid number: a digit is expected after the decimal point.");
                }

                SkipDigits();
            }

            if (Peek() == 'e' || Peek() == 'E')
            {
                _pos++;
                if (Peek() == '+' || Peek() == '-')
                {
                    _pos++;
                }

                if (!IsDigit(Peek()))
                {
                    return Fail(PolicyDiagnosticIds.MalformedJson, "Invalid number: a digit is expected in the exponent.");
                }

                SkipDigits();
            }

            if (IsDigit(Peek()) || char.IsLetter(Peek()))
            {
                return Fail(PolicyDiagnosticIds.MalformedJson, "Invalid number: " + DescribeChar(Peek()) + " cannot follow it (JSON numbers have no leading zeros, hex or suffixes).");
            }

            node.Text = _text.Substring(start, _pos - start);
            return node;
        }

        private JsonNode? ParseLiteral(string literal, JsonKind kind)
        {
            var node = new JsonNode(kind, _line, Column);
            if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) != 0 || IsIdentifierChar(CharAt(_pos + literal.Length)))
            {
                int end = _pos;
                while (end < _text.Length && end - _pos < 40 && IsIdentifierChar(_text[end]))
                {
                    end++;
                }

                string word = end > _pos ? _text.Substring(_pos, end - _pos) : _text[_pos].ToString();
                return Fail(
                    PolicyDiagnosticIds.MalformedJson,
                    "Unexpected '" + word + "': a JSON value is expected here (strings need double quotes; the literals are true, false and null).");
            }

            _pos += literal.Length;
            node.Text = literal;
            return node;
        }

        private JsonNode? UnclosedAt(string what, char closer, int openLine, int openColumn)
        {
            return Fail(
                PolicyDiagnosticIds.MalformedJson,
                "Unexpected end of file: the " + what + " opened at line " + Human(openLine) + ", column " + Human(openColumn) + " is not closed; a '" + closer + "' is missing.");
        }

        private string? FailString(string message)
        {
            Fail(PolicyDiagnosticIds.MalformedJson, message);
            return null;
        }

        private JsonNode? Fail(string id, string message)
        {
            Error ??= new SyntaxError(id, message, _line, Column);
            return null;
        }

        private void SkipWhitespace()
        {
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c == ' ' || c == '\t')
                {
                    _pos++;
                }
                else if (c == '\n')
                {
                    NewLine(_pos + 1);
                }
                else if (c == '\r')
                {
                    NewLine(CharAt(_pos + 1) == '\n' ? _pos + 2 : _pos + 1);
                }
                else
                {
                    return;
                }
            }
        }

        private void NewLine(int next)
        {
            _pos = next;
            _line++;
            _lineStart = next;
        }

        private void SkipDigits()
        {
            while (IsDigit(Peek()))
            {
                _pos++;
            }
        }

        private char Peek() => CharAt(_pos);

        private char CharAt(int index) => index < _text.Length ? _text[index] : '\0';

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

        /// <summary>Positions in messages are 1-based, as editors show them; diagnostics carry 0-based ones.</summary>
        private static string Human(int zeroBased) => (zeroBased + 1).ToString(CultureInfo.InvariantCulture);

        private static string DescribeChar(char c)
        {
            if (c < ' ' || c == '\u007f')
            {
                return "control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            }

            if (char.IsSurrogate(c))
            {
                return "character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            }

            return "'" + c + "'";
        }
    }

    /// <summary>A syntax error with its 0-based position.</summary>
    internal sealed class SyntaxError
    {
        public SyntaxError(string id, string message, int line, int column)
        {
            Id = id;
            Message = message;
            Line = line;
            Column = column;
        }

        public string Id { get; }

        public string Message { get; }

        public int Line { get; }

        public int Column { get; }
    }
}
