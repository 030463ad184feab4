using System;
using System.Collections.Generic;
using System.Globalization;
using TrustHubGen.Policies.Json;

namespace TrustHubGen.Policies.Reading
{
    /// <summary>
    /// Typed access to the properties of one JSON object of a format. It reports duplicate, missing, mistyped and
    /// (through <see cref="ReportUnknown"/>) unknown properties, each at its own token, with the format's IDs.
    /// </summary>
    /// <remarks>
    /// Allocation-light because a snapshot has one per number: no dictionary or list per object (objects of these
    /// formats hold a dozen properties at most; only an object with more gets an index), and the readable path used in
    /// messages is only built when a message needs it.
    /// </remarks>
    internal sealed class ObjectView
    {
        private const int IndexAbove = 16;

        private readonly ObjectView? _parent;
        private readonly string? _name;
        private readonly int _index;
        private readonly Dictionary<string, JsonValue>? _byName;
        private string? _context;

        private ObjectView(JsonValue node, DiagnosticBag bag, ReaderFormat format, ObjectView? parent, string? name, int index)
        {
            Node = node;
            Bag = bag;
            Format = format;
            _parent = parent;
            _name = name;
            _index = index;
            if (node.Count > IndexAbove)
            {
                _byName = new Dictionary<string, JsonValue>(StringComparer.Ordinal);
            }

            ReportDuplicates();
        }

        /// <summary>The object.</summary>
        public JsonValue Node { get; }

        public DiagnosticBag Bag { get; }

        public ReaderFormat Format { get; }

        /// <summary>A readable path to this object for messages, e.g. <c>endUsers[0].attributes[1]</c> or <c>numbers[3]</c>.</summary>
        public string Context => _context ??= BuildContext();

        /// <summary>The root object of a document.</summary>
        public static ObjectView Root(JsonValue node, DiagnosticBag bag, ReaderFormat format) => new ObjectView(node, bag, format, null, null, -1);

        /// <summary>The object that is item <paramref name="index"/> of the array property <paramref name="name"/> of this one.</summary>
        public ObjectView Item(JsonValue node, string name, int index) => new ObjectView(node, Bag, Format, this, name, index);

        /// <summary>The object that is the property <paramref name="name"/> of this one.</summary>
        public ObjectView Child(JsonValue node, string name) => new ObjectView(node, Bag, Format, this, name, -1);

        /// <summary>Returns the property's value (null when absent or, for optional ones, JSON null); reports it when required and missing.</summary>
        public JsonValue? Get(string name, bool required)
        {
            if (Find(name) is { } value && (required || value.Kind != JsonKind.Null))
            {
                return value;
            }

            if (required)
            {
                Bag.At(Node.Offset, Format.MissingProperty, Context, name);
            }

            return null;
        }

        /// <summary>The property's value when it has <paramref name="kind"/>; otherwise reports the wrong type and answers null.</summary>
        public JsonValue? Get(string name, bool required, JsonKind kind, string expected)
        {
            JsonValue? value = Get(name, required);

            // The message's path is built only for a message (a snapshot asks this for every field of 100,000 objects).
            return value is { } found && found.Kind != kind && !Expect(found, kind, expected, Quote(name) + " in " + Context) ? null : value;
        }

        /// <summary>Reports <paramref name="id"/> at <paramref name="value"/>'s token.</summary>
        public void ReportAt(JsonValue value, string id, params string[] args) => Bag.At(value.Offset, id, args);

        /// <summary>Checks a value's kind; a wrong one is reported as "<paramref name="where"/> must be <paramref name="expected"/>, not …".</summary>
        public bool Expect(JsonValue value, JsonKind kind, string expected, string where)
        {
            if (value.Kind == kind)
            {
                return true;
            }

            Bag.At(value.Offset, Format.WrongType, where, expected, JsonValue.Describe(value.Kind));
            return false;
        }

        /// <summary>The array property's object items, each as a view; other items are reported as the wrong type.</summary>
        public List<ObjectView> Objects(JsonValue array, string name)
        {
            var views = new List<ObjectView>(array.Count);
            int index = 0;
            foreach (JsonValue item in array.Items)
            {
                if (ObjectItem(item, name, index++) is { } view)
                {
                    views.Add(view);
                }
            }

            return views;
        }

        /// <summary>Item <paramref name="index"/> of the array property <paramref name="name"/> as a view; an item that is not an object is reported as the wrong type (null).</summary>
        public ObjectView? ObjectItem(JsonValue item, string name, int index)
        {
            if (item.Kind == JsonKind.Object)
            {
                return Item(item, name, index);
            }

            Bag.At(item.Offset, Format.WrongType, ItemContext(name, index), "an object", JsonValue.Describe(item.Kind));
            return null;
        }

        /// <summary>How messages name item <paramref name="index"/> of this object's array <paramref name="name"/>.</summary>
        public string ItemContext(string name, int index) =>
            (_parent is null ? string.Empty : Context + ".") + name + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

        /// <summary>Warns about every property that is not one of <paramref name="known"/>: likely a typo, and ignored.</summary>
        public void ReportUnknown(string[] known)
        {
            foreach (JsonValue property in Node.Items)
            {
                if (Array.IndexOf(known, property.Name) < 0 && IsFirst(property))
                {
                    Bag.At(property.NameOffset, Format.UnknownProperty, MessageText.Quote(property.Name!), Context, string.Join(", ", known));
                }
            }
        }

        /// <summary>"\"name\"", for messages.</summary>
        public static string Quote(string name) => "\"" + name + "\"";

        private JsonValue? Find(string name)
        {
            if (_byName is not null)
            {
                return _byName.TryGetValue(name, out JsonValue value) ? value : null;
            }

            foreach (JsonValue property in Node.Items)
            {
                if (property.Name == name)
                {
                    return property;
                }
            }

            return null;
        }

        /// <summary>Whether <paramref name="property"/> is the first of its name (duplicates were reported; the first is used).</summary>
        private bool IsFirst(JsonValue property) => Find(property.Name!) is { } first && first.Offset == property.Offset;

        private void ReportDuplicates()
        {
            int index = 0;
            foreach (JsonValue property in Node.Items)
            {
                bool duplicate;
                if (_byName is not null)
                {
                    duplicate = _byName.ContainsKey(property.Name!);
                    if (!duplicate)
                    {
                        _byName.Add(property.Name!, property);
                    }
                }
                else
                {
                    duplicate = false;
                    int earlier = 0;
                    foreach (JsonValue other in Node.Items)
                    {
                        if (earlier++ == index)
                        {
                            break;
                        }

                        if (other.Name == property.Name)
                        {
                            duplicate = true;
                            break;
                        }
                    }
                }

                if (duplicate)
                {
                    Bag.At(property.NameOffset, Format.DuplicateProperty, MessageText.Quote(property.Name!), Context);
                }

                index++;
            }
        }

        private string BuildContext()
        {
            if (_parent is null)
            {
                return Format.RootContext;
            }

            return _index >= 0 ? _parent.ItemContext(_name!, _index) : (_parent._parent is null ? _name! : _parent.Context + "." + _name);
        }
    }
}
