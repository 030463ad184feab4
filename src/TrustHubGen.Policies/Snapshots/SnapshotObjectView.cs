using System;
using System.Collections.Generic;
using System.Globalization;
using TrustHubGen.Policies.Reading;

namespace TrustHubGen.Policies.Snapshots
{
    /// <summary>
    /// Typed access to one JSON object of the snapshot format: duplicate, missing, mistyped and (through
    /// <see cref="ReportUnknown"/>) unknown properties are reported at their own token with TH02xx IDs.
    /// </summary>
    internal sealed class SnapshotObjectView
    {
        private readonly Dictionary<string, JsonProperty> _byName = new Dictionary<string, JsonProperty>(StringComparer.Ordinal);
        private readonly List<string> _known = new List<string>();

        public SnapshotObjectView(JsonNode node, string context, DiagnosticBag bag)
        {
            Node = node;
            Context = context;
            Bag = bag;
            foreach (JsonProperty property in node.Properties)
            {
                if (_byName.ContainsKey(property.Name))
                {
                    bag.Error(
                        SnapshotDiagnosticIds.DuplicateProperty,
                        "Property " + MessageText.Quote(property.Name) + " appears twice in " + context + "; keep one (the first is used).",
                        property.Line,
                        property.Column);
                    continue;
                }

                _byName.Add(property.Name, property);
            }
        }

        public JsonNode Node { get; }

        /// <summary>A readable path to this object for messages, e.g. <c>businessProfiles[2]</c>.</summary>
        public string Context { get; }

        public DiagnosticBag Bag { get; }

        /// <summary>The property (null when absent, or JSON null for an optional one); reports a missing required one.</summary>
        public JsonProperty? Get(string name, bool required)
        {
            _known.Add(name);
            if (_byName.TryGetValue(name, out JsonProperty? property) && (required || property.Value.Kind != JsonKind.Null))
            {
                return property;
            }

            if (required)
            {
                Bag.Error(SnapshotDiagnosticIds.MissingProperty, Context + " is missing the required property \"" + name + "\".", Node.Line, Node.Column);
            }

            return null;
        }

        /// <summary>A string property; with <paramref name="allowEmpty"/> false an empty or blank value is an error.</summary>
        public JsonNode? String(string name, bool required, bool allowEmpty = false)
        {
            JsonProperty? property = Get(name, required);
            if (property is null || !Expect(property, JsonKind.String, "a string"))
            {
                return null;
            }

            if (!allowEmpty && property.Value.Text.Trim().Length == 0)
            {
                ErrorAt(property.Value, SnapshotDiagnosticIds.InvalidValue, "\"" + name + "\" in " + Context + " is empty; give it a value.");
                return null;
            }

            return property.Value;
        }

        /// <summary>A SID property: two letters and 32 hex digits, with the prefix <paramref name="prefix"/>.</summary>
        public string? Sid(string name, string prefix, string what)
        {
            JsonNode? node = String(name, required: true);
            return node is null ? null : CheckSid(node, "\"" + name + "\" in " + Context, prefix, what);
        }

        /// <summary>A required array; returns its items (null on a type error).</summary>
        public List<JsonNode>? Array(string name, string expected)
        {
            JsonProperty? property = Get(name, required: true);
            return property is null || !Expect(property, JsonKind.Array, expected) ? null : property.Value.Items;
        }

        /// <summary>
        /// A required array of distinct SIDs with <paramref name="prefix"/> (any two upper-case letters when null);
        /// bad entries are reported and left out.
        /// </summary>
        public EquatableArray<string> SidArray(string name, string? prefix, string what)
        {
            List<JsonNode>? items = Array(name, "an array of SIDs");
            if (items is null)
            {
                return EquatableArray<string>.Empty;
            }

            var sids = new List<string>(items.Count);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < items.Count; i++)
            {
                JsonNode item = items[i];
                string where = "\"" + name + "\"[" + i.ToString(CultureInfo.InvariantCulture) + "] in " + Context;
                if (item.Kind != JsonKind.String)
                {
                    ErrorAt(item, SnapshotDiagnosticIds.WrongType, where + " must be a string (a SID), not " + JsonNode.Describe(item.Kind) + ".");
                    continue;
                }

                string? sid = CheckSid(item, where, prefix, what);
                if (sid is null)
                {
                    continue;
                }

                if (!seen.Add(sid))
                {
                    ErrorAt(item, SnapshotDiagnosticIds.DuplicateEntry, where + " repeats " + sid + "; list each SID once.");
                    continue;
                }

                sids.Add(sid);
            }

            return new EquatableArray<string>(sids);
        }

        /// <summary>Warns about every property no reader asked for: likely a typo, and ignored.</summary>
        public void ReportUnknown()
        {
            foreach (JsonProperty property in Node.Properties)
            {
                if (!_known.Contains(property.Name) && ReferenceEquals(_byName[property.Name], property))
                {
                    Bag.Warning(
                        SnapshotDiagnosticIds.UnknownProperty,
                        "Unknown property " + MessageText.Quote(property.Name) + " in " + Context + " is ignored; the known properties are " + string.Join(", ", _known) + ".",
                        property.Line,
                        property.Column);
                }
            }
        }

        public void ErrorAt(JsonNode node, string id, string message) => Bag.Error(id, message, node.Line, node.Column);

        public void WarningAt(JsonNode node, string id, string message) => Bag.Warning(id, message, node.Line, node.Column);

        private string? CheckSid(JsonNode node, string where, string? prefix, string what)
        {
            string? problem = SnapshotSids.Check(node.Text, prefix);
            if (problem is null)
            {
                return node.Text;
            }

            ErrorAt(node, SnapshotDiagnosticIds.InvalidSid, where + " is " + MessageText.Quote(node.Text) + ", not " + what + ": " + problem);
            return null;
        }

        private bool Expect(JsonProperty property, JsonKind kind, string expected)
        {
            if (property.Value.Kind == kind)
            {
                return true;
            }

            ErrorAt(property.Value, SnapshotDiagnosticIds.WrongType, "\"" + property.Name + "\" in " + Context + " must be " + expected + ", not " + JsonNode.Describe(property.Value.Kind) + ".");
            return false;
        }
    }
}
