using System.Collections;
using System.Collections.Generic;

namespace TrustHubGen.Policies.Json
{
    /// <summary>
    /// One value of a <see cref="JsonTree"/>: its kind, text and byte offset, its children (array items, or an object's
    /// property values, each knowing its name and where the name starts).
    /// </summary>
    internal readonly struct JsonValue
    {
        private readonly JsonTree _tree;
        private readonly int _index;

        public JsonValue(JsonTree tree, int index)
        {
            _tree = tree;
            _index = index;
        }

        public JsonKind Kind => _tree[_index].Kind;

        /// <summary>The string's value, the number's source text, or "true"/"false"/"null"; empty for containers.</summary>
        public string Text => _tree[_index].Text ?? string.Empty;

        /// <summary>The byte offset where the value starts.</summary>
        public int Offset => _tree[_index].Start;

        /// <summary>The name of the property this value belongs to (null for array items and the root).</summary>
        public string? Name => _tree[_index].Name;

        /// <summary>The byte offset where that property's name starts.</summary>
        public int NameOffset => _tree[_index].NameStart;

        /// <summary>How many items (array) or properties (object) the value has.</summary>
        public int Count => _tree[_index].Count;

        /// <summary>The items of an array, or the property values of an object, in document order.</summary>
        public Children Items => new Children(_tree, Kind is JsonKind.Object or JsonKind.Array && Count > 0 ? _index + 1 : -1);

        /// <summary>A container of a shallow parse whose children are not in the tree (read them with <see cref="JsonTree.ForEachChild"/>).</summary>
        public bool IsShallow => _tree[_index].Shallow;

        /// <summary>The tree the value belongs to (for positions).</summary>
        public JsonTree Tree => _tree;

        /// <summary>"an object", "a string"…, for messages.</summary>
        public static string Describe(JsonKind kind) => kind switch
        {
            JsonKind.Object => "an object",
            JsonKind.Array => "an array",
            JsonKind.String => "a string",
            JsonKind.Number => "a number",
            JsonKind.Boolean => "a boolean",
            _ => "null",
        };

        /// <summary>The children of a container, walked through their sibling links (no list is allocated).</summary>
        public readonly struct Children : IEnumerable<JsonValue>
        {
            private readonly JsonTree _tree;
            private readonly int _first;

            public Children(JsonTree tree, int first)
            {
                _tree = tree;
                _first = first;
            }

            public Enumerator GetEnumerator() => new Enumerator(_tree, _first);

            IEnumerator<JsonValue> IEnumerable<JsonValue>.GetEnumerator() => GetEnumerator();

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        /// <summary>Enumerates siblings.</summary>
        public struct Enumerator : IEnumerator<JsonValue>
        {
            private readonly JsonTree _tree;
            private readonly int _first;
            private int _current;

            public Enumerator(JsonTree tree, int first)
            {
                _tree = tree;
                _first = first;
                _current = -2;
            }

            public JsonValue Current => new JsonValue(_tree, _current);

            object IEnumerator.Current => Current;

            public bool MoveNext()
            {
                _current = _current == -2 ? _first : _tree[_current].Next;
                return _current >= 0;
            }

            public void Reset() => _current = -2;

            public void Dispose()
            {
            }
        }
    }
}
