using System;
using System.Buffers;
using System.Text;
using System.Text.Json;

namespace TrustHubGen.Policies.Json
{
    /// <summary>The JSON value kinds the readers distinguish.</summary>
    internal enum JsonKind : byte
    {
        Object,
        Array,
        String,
        Number,
        Boolean,
        Null,
    }

    /// <summary>
    /// A parsed JSON document that remembers where every value and property name starts, built from
    /// <see cref="Utf8JsonReader"/> (<see cref="Utf8JsonReader.TokenStartIndex"/>, its <c>MaxDepth</c>) so the readers
    /// can report any problem, found while parsing or long after, at its token.
    /// </summary>
    /// <remarks>
    /// Why a flat array of structs: a 100,000-number account snapshot is read inside the compiler, and a node object per
    /// value (with lists of children) costs several times the memory and collection time. Values are stored in document
    /// order; a container's children follow it, linked by <see cref="Node.Next"/>. Property names repeat in every object
    /// of a list, so each distinct name is decoded once. The UTF-8 copy of the text is rented from the shared pool and
    /// returned by <see cref="Dispose"/>.
    /// </remarks>
    internal sealed class JsonTree : IDisposable
    {
        /// <summary>Deep enough for any policy or snapshot file (they nest 5 and 3 levels), shallow enough for hostile input.</summary>
        internal const int MaxDepth = 64;

        private const int MaxCachedNames = 128;

        private byte[]? _utf8;
        private Node[] _nodes;
        private int _count;
        private string[] _names = new string[16];
        private byte[][] _nameBytes = new byte[16][];
        private int _nameCount;

        private readonly bool _pooled;
        private bool _shallow;
        private int[]? _open;
        private int[]? _lastChild;

        private JsonTree(byte[] utf8, int length, bool pooled, bool shallow)
        {
            _utf8 = utf8;
            Length = length;
            _pooled = pooled;
            _shallow = shallow;
            Lines = new LineMap(utf8, length);
            _nodes = new Node[shallow ? 16 : Math.Max(16, Math.Min(length / 6, 1 << 20))];
        }

        /// <summary>A tree over the same document that holds one value at a time (<see cref="ReadValue"/>).</summary>
        private JsonTree(JsonTree document)
        {
            _utf8 = document._utf8;
            Length = document.Length;
            Lines = document.Lines;
            _nodes = new Node[16];
        }

        /// <summary>The document's length in UTF-8 bytes.</summary>
        public int Length { get; }

        /// <summary>Lines and columns of byte offsets.</summary>
        public LineMap Lines { get; }

        /// <summary>The root value.</summary>
        public JsonValue Root => new JsonValue(this, 0);

        /// <summary>
        /// Parses one JSON document (RFC 8259: no comments, no trailing commas, at most <see cref="MaxDepth"/> levels).
        /// Never throws on any input: a document that is not well-formed gives <see langword="null"/> and the first
        /// problem, located and explained.
        /// </summary>
        /// <param name="text">The document; a leading byte-order mark is not part of it.</param>
        /// <param name="tree">The tree, or the document's bytes when there is an error (for positions); dispose either.</param>
        /// <param name="error">The syntax error, or <see langword="null"/>.</param>
        /// <param name="shallow">
        /// Record the root's values but not what the containers among them hold (a 100,000-number snapshot then needs no
        /// node per number): such a container has <see cref="JsonValue.IsShallow"/> set, and <see cref="ForEachChild"/>
        /// reads its children one at a time. The whole document is still checked, and an error is explained exactly as
        /// in a full parse.
        /// </param>
        public static void Parse(string text, out JsonTree tree, out JsonSyntaxError? error, bool shallow = false)
        {
            // U+FEFF takes 3 bytes in UTF-8.
            int skip = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            int length = Encoding.UTF8.GetByteCount(text) - (skip * 3);
            byte[] utf8 = ArrayPool<byte>.Shared.Rent(Math.Max(1, length));
            Encoding.UTF8.GetBytes(text, skip, text.Length - skip, utf8, 0);
            tree = new JsonTree(utf8, length, pooled: true, shallow);
            error = tree.Build();
        }

        /// <summary>
        /// Parses one JSON document given as UTF-8 (without a byte-order mark; the caller's buffer, which the tree uses as
        /// is and never returns to a pool), as <see cref="Parse(string, out JsonTree, out JsonSyntaxError?, bool)"/> does.
        /// </summary>
        public static void Parse(byte[] utf8, int length, out JsonTree tree, out JsonSyntaxError? error, bool shallow = false)
        {
            tree = new JsonTree(utf8, length, pooled: false, shallow);
            error = tree.Build();
        }

        /// <summary>
        /// Calls <paramref name="each"/> with every child of <paramref name="container"/> (array items, or an object's
        /// property values) in document order. A shallow container's children are read one at a time into one reused
        /// tree: a value handed to <paramref name="each"/> is valid only during that call.
        /// </summary>
        public void ForEachChild(JsonValue container, Action<JsonValue> each)
        {
            if (!container.IsShallow)
            {
                foreach (JsonValue child in container.Items)
                {
                    each(child);
                }

                return;
            }

            var values = new JsonTree(this);
            int origin = container.Offset;
            var reader = new Utf8JsonReader(Utf8.Slice(origin), new JsonReaderOptions { MaxDepth = MaxDepth });
            reader.Read();
            string? name = null;
            int nameOffset = -1;
            while (reader.Read() && reader.TokenType is not (JsonTokenType.EndArray or JsonTokenType.EndObject))
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    name = values.Name(ref reader);
                    nameOffset = origin + (int)reader.TokenStartIndex;
                    continue;
                }

                each(values.ReadValue(ref reader, origin, name, nameOffset));
                name = null;
            }
        }

        /// <summary>The value that starts at <paramref name="offset"/>, read in full into a tree of its own.</summary>
        public JsonValue ValueAt(int offset)
        {
            var reader = new Utf8JsonReader(Utf8.Slice(offset), new JsonReaderOptions { MaxDepth = MaxDepth });
            reader.Read();
            return new JsonTree(this).ReadValue(ref reader, offset, null, -1);
        }

        /// <summary>The UTF-8 text, for the syntax classifier.</summary>
        internal ReadOnlySpan<byte> Utf8 => new ReadOnlySpan<byte>(_utf8, 0, Length);

        internal ref readonly Node this[int index] => ref _nodes[index];

        internal int Count => _count;

        /// <inheritdoc/>
        public void Dispose()
        {
            byte[]? utf8 = _utf8;
            _utf8 = null;
            if (utf8 is not null && _pooled)
            {
                ArrayPool<byte>.Shared.Return(utf8);
            }
        }

        private JsonSyntaxError? Build()
        {
            var reader = new Utf8JsonReader(Utf8, new JsonReaderOptions { MaxDepth = MaxDepth });

            // Open containers, and the last child added to each, so siblings can be linked as they come.
            var open = new int[MaxDepth + 1];
            var lastChild = new int[MaxDepth + 1];
            int depth = 0;
            string? name = null;
            int nameOffset = -1;
            long lastGood = 0;
            JsonTokenType lastToken = JsonTokenType.None;
            try
            {
                while (reader.Read())
                {
                    Record(ref reader, (int)reader.TokenStartIndex, ref name, ref nameOffset, open, lastChild, ref depth, _shallow);
                    lastGood = reader.BytesConsumed;
                    lastToken = reader.TokenType;
                }

                return null;
            }
            catch (JsonException) when (_shallow)
            {
                // A skipped container does not leave the reader's state the explanation needs: parse it all again.
                _count = 0;
                _shallow = false;
                return Build();
            }
            catch (JsonException exception)
            {
                int reported = Lines.OffsetOfReaderPosition(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
                var stack = new int[depth];
                for (int level = 1; level <= depth; level++)
                {
                    stack[level - 1] = _nodes[open[level]].Start;
                }

                return JsonSyntax.Explain(this, reported, (int)lastGood, lastToken, stack);
            }
        }

        /// <summary>
        /// Reads the value whose first token the reader is on (a document already checked) into this tree, replacing what
        /// it held; token positions are relative to <paramref name="origin"/>.
        /// </summary>
        private JsonValue ReadValue(ref Utf8JsonReader reader, int origin, string? name, int nameOffset)
        {
            _count = 0;
            int[] open = _open ??= new int[MaxDepth + 2];
            int[] lastChild = _lastChild ??= new int[MaxDepth + 2];
            int depth = 0;
            do
            {
                Record(ref reader, origin + (int)reader.TokenStartIndex, ref name, ref nameOffset, open, lastChild, ref depth, shallow: false);
            }
            while (depth > 0 && reader.Read());

            return Root;
        }

        /// <summary>
        /// Records the token the reader is on at <paramref name="start"/>: a property name waits for its value, a value
        /// becomes a node under the open container, a container opens (or, when <paramref name="shallow"/>, one directly
        /// under the root is checked and skipped, read later by ForEachChild), an end closes the open container.
        /// </summary>
        private void Record(ref Utf8JsonReader reader, int start, ref string? name, ref int nameOffset, int[] open, int[] lastChild, ref int depth, bool shallow)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    name = Name(ref reader);
                    nameOffset = start;
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    int container = Add(reader.TokenType == JsonTokenType.StartObject ? JsonKind.Object : JsonKind.Array, start, null, name, nameOffset, open, lastChild, depth);
                    name = null;
                    if (shallow && depth == 1)
                    {
                        // Checked (Skip reads every token) but not recorded.
                        _nodes[container].Shallow = true;
                        reader.Skip();
                        break;
                    }

                    open[++depth] = container;
                    lastChild[depth] = -1;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    depth--;
                    break;
                default:
                    Add(Kind(reader.TokenType), start, Text(ref reader, start), name, nameOffset, open, lastChild, depth);
                    name = null;
                    break;
            }
        }

        private int Add(JsonKind kind, int start, string? text, string? name, int nameOffset, int[] open, int[] lastChild, int depth)
        {
            if (_count == _nodes.Length)
            {
                Array.Resize(ref _nodes, _nodes.Length * 2);
            }

            int index = _count++;
            _nodes[index] = new Node(kind, start, text, name, nameOffset);
            if (depth > 0)
            {
                ref Node parent = ref _nodes[open[depth]];
                parent.Count++;
                if (lastChild[depth] >= 0)
                {
                    _nodes[lastChild[depth]].Next = index;
                }

                lastChild[depth] = index;
            }

            return index;
        }

        /// <summary>The property name, decoded once per distinct name (objects in a list repeat the same few).</summary>
        private string Name(ref Utf8JsonReader reader)
        {
            for (int i = 0; i < _nameCount; i++)
            {
                if (reader.ValueTextEquals(_nameBytes[i]))
                {
                    return _names[i];
                }
            }

            string name = reader.GetString()!;
            if (_nameCount < MaxCachedNames)
            {
                if (_nameCount == _names.Length)
                {
                    Array.Resize(ref _names, _names.Length * 2);
                    Array.Resize(ref _nameBytes, _nameBytes.Length * 2);
                }

                _names[_nameCount] = name;
                _nameBytes[_nameCount++] = Encoding.UTF8.GetBytes(name);
            }

            return name;
        }

        private string Text(ref Utf8JsonReader reader, int start)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return reader.GetString()!;
                case JsonTokenType.Number:
                    // A number token is never escaped: its text is the source bytes.
                    return Encoding.UTF8.GetString(_utf8!, start, reader.ValueSpan.Length);
                case JsonTokenType.True:
                    return "true";
                case JsonTokenType.False:
                    return "false";
                default:
                    return "null";
            }
        }

        private static JsonKind Kind(JsonTokenType token) => token switch
        {
            JsonTokenType.String => JsonKind.String,
            JsonTokenType.Number => JsonKind.Number,
            JsonTokenType.True => JsonKind.Boolean,
            JsonTokenType.False => JsonKind.Boolean,
            _ => JsonKind.Null,
        };

        /// <summary>One value: its kind and start, its text (strings, numbers, literals), and the property name it is the value of.</summary>
        internal struct Node
        {
            public Node(JsonKind kind, int start, string? text, string? name, int nameStart)
            {
                Kind = kind;
                Start = start;
                Text = text;
                Name = name;
                NameStart = nameStart;
                Count = 0;
                Next = -1;
                Shallow = false;
            }

            public JsonKind Kind;
            public int Start;
            public string? Text;
            public string? Name;
            public int NameStart;
            public int Count;
            public int Next;
            public bool Shallow;
        }
    }
}
