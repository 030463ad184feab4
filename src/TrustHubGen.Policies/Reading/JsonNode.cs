using System.Collections.Generic;

namespace TrustHubGen.Policies.Reading
{
    /// <summary>The JSON value kinds the policy reader distinguishes.</summary>
    internal enum JsonKind
    {
        Object,
        Array,
        String,
        Number,
        Boolean,
        Null,
    }

    /// <summary>A parsed JSON value that remembers where it starts, so every problem can point at its token.</summary>
    internal sealed class JsonNode
    {
        public JsonNode(JsonKind kind, int line, int column)
        {
            Kind = kind;
            Line = line;
            Column = column;
        }

        public JsonKind Kind { get; }

        public int Line { get; }

        public int Column { get; }

        /// <summary>The string's value, the number's source text, or "true"/"false"/"null".</summary>
        public string Text { get; set; } = string.Empty;

        public List<JsonProperty> Properties { get; } = new List<JsonProperty>();

        public List<JsonNode> Items { get; } = new List<JsonNode>();

        public static string Describe(JsonKind kind) => kind switch
        {
            JsonKind.Object => "an object",
            JsonKind.Array => "an array",
            JsonKind.String => "a string",
            JsonKind.Number => "a number",
            JsonKind.Boolean => "a boolean",
            _ => "null",
        };
    }

    /// <summary>One property of a JSON object, with the position of its name.</summary>
    internal sealed class JsonProperty
    {
        public JsonProperty(string name, int line, int column, JsonNode value)
        {
            Name = name;
            Line = line;
            Column = column;
            Value = value;
        }

        public string Name { get; }

        public int Line { get; }

        public int Column { get; }

        public JsonNode Value { get; }
    }
}
