using System;
using System.Collections.Generic;
using System.Globalization;

namespace TrustHubGen.Policies.Reading
{
    /// <summary>
    /// Typed access to the properties of one JSON object of the policy format. It reports duplicate, missing,
    /// mistyped and (through <see cref="ReportUnknown"/>) unknown properties, each at its own token.
    /// </summary>
    internal sealed class ObjectView
    {
        private readonly JsonNode _node;
        private readonly DiagnosticBag _bag;
        private readonly Dictionary<string, JsonProperty> _byName = new Dictionary<string, JsonProperty>(StringComparer.Ordinal);
        private readonly List<string> _known = new List<string>();

        public ObjectView(JsonNode node, string context, DiagnosticBag bag)
        {
            _node = node;
            Context = context;
            _bag = bag;
            foreach (JsonProperty property in node.Properties)
            {
                if (_byName.ContainsKey(property.Name))
                {
                    _bag.Error(
                        PolicyDiagnosticIds.DuplicateProperty,
                        "Property " + MessageText.Quote(property.Name) + " appears twice in " + Context + "; keep one (the first is used).",
                        property.Line,
                        property.Column);
                    continue;
                }

                _byName.Add(property.Name, property);
            }
        }

        /// <summary>A readable path to this object for messages, e.g. <c>endUsers[0].attributes[1]</c>.</summary>
        public string Context { get; }

        public DiagnosticBag Bag => _bag;

        /// <summary>Returns the property (null when absent or, for optional ones, JSON null); reports it when required and missing.</summary>
        public JsonProperty? Get(string name, bool required)
        {
            _known.Add(name);
            if (_byName.TryGetValue(name, out JsonProperty? property) && (required || property.Value.Kind != JsonKind.Null))
            {
                return property;
            }

            if (required)
            {
                _bag.Error(
                    PolicyDiagnosticIds.MissingProperty,
                    Context + " is missing the required property \"" + name + "\".",
                    _node.Line,
                    _node.Column);
            }

            return null;
        }

        public string? String(string name, bool required)
        {
            JsonProperty? property = Get(name, required);
            if (property is null || !Expect(property, JsonKind.String, "a string"))
            {
                return null;
            }

            if (property.Value.Text.Trim().Length == 0)
            {
                _bag.Error(
                    PolicyDiagnosticIds.EmptyValue,
                    "\"" + name + "\" in " + Context + " is empty; give it a value.",
                    property.Value.Line,
                    property.Value.Column);
                return null;
            }

            return property.Value.Text;
        }

        public bool? Boolean(string name, bool required)
        {
            JsonProperty? property = Get(name, required);
            if (property is null || !Expect(property, JsonKind.Boolean, "true or false"))
            {
                return null;
            }

            return property.Value.Text == "true";
        }

        /// <summary>Reads a whole number in [<paramref name="minimum"/>, 1,000,000]; larger counts or lengths make no sense for a policy.</summary>
        public int? Integer(string name, bool required, int minimum)
        {
            const int maximum = 1000000;
            JsonProperty? property = Get(name, required);
            if (property is null || !Expect(property, JsonKind.Number, "a whole number"))
            {
                return null;
            }

            string text = property.Value.Text;
            bool parsed = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value);
            if (!parsed || value != Math.Floor(value) || value < minimum || value > maximum)
            {
                _bag.Error(
                    PolicyDiagnosticIds.InvalidNumber,
                    "\"" + name + "\" in " + Context + " is " + MessageText.Shorten(text) + "; it must be a whole number from "
                    + minimum.ToString(CultureInfo.InvariantCulture) + " to " + maximum.ToString(CultureInfo.InvariantCulture) + ".",
                    property.Value.Line,
                    property.Value.Column);
                return null;
            }

            return (int)value;
        }

        /// <summary>Reads an array of non-empty, distinct strings; returns the strings with their nodes (null on a type error).</summary>
        public List<JsonNode>? StringArray(string name, bool required)
        {
            JsonProperty? property = Get(name, required);
            if (property is null || !Expect(property, JsonKind.Array, "an array of strings"))
            {
                return null;
            }

            var items = new List<JsonNode>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            bool ok = true;
            for (int i = 0; i < property.Value.Items.Count; i++)
            {
                JsonNode item = property.Value.Items[i];
                string where = "\"" + name + "\"[" + i.ToString(CultureInfo.InvariantCulture) + "] in " + Context;
                if (item.Kind != JsonKind.String)
                {
                    _bag.Error(PolicyDiagnosticIds.WrongType, where + " must be a string, not " + JsonNode.Describe(item.Kind) + ".", item.Line, item.Column);
                    ok = false;
                }
                else if (item.Text.Trim().Length == 0)
                {
                    _bag.Error(PolicyDiagnosticIds.EmptyValue, where + " is empty; remove it or give it a value.", item.Line, item.Column);
                    ok = false;
                }
                else if (!seen.Add(item.Text))
                {
                    _bag.Error(PolicyDiagnosticIds.DuplicateEntry, where + " repeats " + MessageText.Quote(item.Text) + "; list each value once.", item.Line, item.Column);
                    ok = false;
                }
                else
                {
                    items.Add(item);
                }
            }

            return ok ? items : null;
        }

        /// <summary>Reads an array whose items must be objects; returns the views of the object items.</summary>
        public List<ObjectView>? ObjectArray(string name, bool required)
        {
            JsonProperty? property = Get(name, required);
            if (property is null || !Expect(property, JsonKind.Array, "an array of objects"))
            {
                return null;
            }

            var views = new List<ObjectView>();
            for (int i = 0; i < property.Value.Items.Count; i++)
            {
                JsonNode item = property.Value.Items[i];
                string where = name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                string context = Context == "the policy" ? where : Context + "." + where;
                if (item.Kind != JsonKind.Object)
                {
                    _bag.Error(PolicyDiagnosticIds.WrongType, context + " must be an object, not " + JsonNode.Describe(item.Kind) + ".", item.Line, item.Column);
                    continue;
                }

                views.Add(new ObjectView(item, context, _bag));
            }

            return views;
        }

        public ObjectView? Object(string name, bool required)
        {
            JsonProperty? property = Get(name, required);
            if (property is null || !Expect(property, JsonKind.Object, "an object"))
            {
                return null;
            }

            return new ObjectView(property.Value, Context == "the policy" ? name : Context + "." + name, _bag);
        }

        /// <summary>Warns about every property no reader asked for: likely a typo, and ignored.</summary>
        public void ReportUnknown()
        {
            foreach (JsonProperty property in _node.Properties)
            {
                // Duplicates were already reported; only the first occurrence is in the map.
                if (!_known.Contains(property.Name) && ReferenceEquals(_byName[property.Name], property))
                {
                    _bag.Warning(
                        PolicyDiagnosticIds.UnknownProperty,
                        "Unknown property " + MessageText.Quote(property.Name) + " in " + Context + " is ignored; the known properties are " + string.Join(", ", _known) + ".",
                        property.Line,
                        property.Column);
                }
            }
        }

        public void ErrorAt(JsonNode node, string id, string message) => _bag.Error(id, message, node.Line, node.Column);

        public JsonNode Node => _node;

        private bool Expect(JsonProperty property, JsonKind kind, string expected)
        {
            if (property.Value.Kind == kind)
            {
                return true;
            }

            _bag.Error(
                PolicyDiagnosticIds.WrongType,
                "\"" + property.Name + "\" in " + Context + " must be " + expected + ", not " + JsonNode.Describe(property.Value.Kind) + ".",
                property.Value.Line,
                property.Value.Column);
            return false;
        }
    }
}
