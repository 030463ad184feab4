using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;

namespace TrustHubGen.Policies.Snapshots
{
    /// <summary>Copies characters of a text, in the shape of Roslyn's <c>SourceText.CopyTo</c>.</summary>
    /// <param name="sourceIndex">The first character to copy.</param>
    /// <param name="destination">Where to copy them.</param>
    /// <param name="destinationIndex">The first index written in <paramref name="destination"/>.</param>
    /// <param name="count">How many characters to copy.</param>
    public delegate void TextCopier(int sourceIndex, char[] destination, int destinationIndex, int count);

    /// <summary>
    /// One read of a snapshot file per compiler process, shared by the generator and the analyzers: both call
    /// <see cref="Read"/> with the text object the compiler hands them and get the same <see cref="SnapshotReadResult"/>
    /// (the same <see cref="AccountSnapshot"/> instance). A 100,000-number file takes a second and tens of MB to read,
    /// and the compiler, the IDE and a build server would otherwise read it once per consumer, compilation and keystroke.
    /// </summary>
    /// <remarks>
    /// Looked up first by the text object (csc gives the generator and every analyzer the same <c>AdditionalText</c>,
    /// whose <c>SourceText</c> is read once and kept; the IDE keeps one per document version), then by path and content
    /// checksum (another object with the same content: a reloaded project, a new compilation). A text object's entry
    /// lives as long as the text; the last content read is also kept, so a fresh text with the same content is not read
    /// again. Reading never throws and is done once even when several callers ask at the same time.
    /// </remarks>
    public static class SharedSnapshotReader
    {
        private const int Chunk = 16 * 1024;

        private static readonly ConditionalWeakTable<object, Entry> ByText = new ConditionalWeakTable<object, Entry>();
        private static Entry? _latest;

        /// <summary>Reads a snapshot once per content, as <see cref="AccountSnapshotReader.ReadUtf8(string, byte[])"/> does.</summary>
        /// <param name="path">The file's path, copied into every diagnostic (part of the key).</param>
        /// <param name="text">The text object (e.g. the <c>SourceText</c>), the first key.</param>
        /// <param name="length">The text's length in characters.</param>
        /// <param name="copy">Copies characters of the text (e.g. <c>sourceText.CopyTo</c>); it is encoded to UTF-8 in chunks, never made one string.</param>
        /// <param name="checksum">The content's checksum (e.g. <c>() =&gt; sourceText.GetChecksum()</c>), asked only when the text object is new.</param>
        /// <returns>The read, the same object for every caller with that text or content.</returns>
        public static SnapshotReadResult Read(string path, object text, int length, TextCopier copy, Func<IReadOnlyList<byte>> checksum)
        {
            if (ByText.TryGetValue(text, out Entry? known) && known.Path == path)
            {
                return known.Result;
            }

            string key = Key(path, length, checksum());
            Entry? latest = Volatile.Read(ref _latest);
            if (latest is null || latest.Key != key)
            {
                // Several compilations or analyzers may ask at once: one of them reads, the others wait for its result.
                var fresh = new Entry(path, key, new Lazy<SnapshotReadResult>(() => AccountSnapshotReader.ReadUtf8(path, Utf8(length, copy)), LazyThreadSafetyMode.ExecutionAndPublication));
                Entry? previous = Interlocked.CompareExchange(ref _latest, fresh, latest);
                latest = previous == latest || previous is null || previous.Key != key ? fresh : previous;
            }

            Entry entry = latest;
            Entry stored = ByText.GetValue(text, _ => entry);
            return (stored.Key == key ? stored : entry).Result;
        }

        /// <summary>The text as UTF-8, encoded chunk by chunk (a surrogate pair is never split between chunks).</summary>
        internal static byte[] Utf8(int length, TextCopier copy)
        {
            var chars = new char[Chunk + 1];
            int count = 0;
            for (int at = 0; at < length;)
            {
                int n = NextChunk(at, length, copy, chars);
                count += Encoding.UTF8.GetByteCount(chars, 0, n);
                at += n;
            }

            var bytes = new byte[count];
            int written = 0;
            for (int at = 0; at < length;)
            {
                int n = NextChunk(at, length, copy, chars);
                written += Encoding.UTF8.GetBytes(chars, 0, n, bytes, written);
                at += n;
            }

            return bytes;
        }

        private static int NextChunk(int at, int length, TextCopier copy, char[] chars)
        {
            int n = Math.Min(Chunk, length - at);
            copy(at, chars, 0, n);
            if (char.IsHighSurrogate(chars[n - 1]) && at + n < length)
            {
                copy(at + n, chars, n, 1);
                n++;
            }

            return n;
        }

        private static string Key(string path, int length, IReadOnlyList<byte> checksum)
        {
            var builder = new StringBuilder(path.Length + (checksum.Count * 2) + 12).Append(path).Append('\n');
            foreach (byte b in checksum)
            {
                builder.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }

            return builder.Append(':').Append(length.ToString(CultureInfo.InvariantCulture)).ToString();
        }

        /// <summary>A content's key and its read, done on first use.</summary>
        private sealed class Entry
        {
            private readonly Lazy<SnapshotReadResult> _result;

            public Entry(string path, string key, Lazy<SnapshotReadResult> result)
            {
                Path = path;
                Key = key;
                _result = result;
            }

            public string Path { get; }

            public string Key { get; }

            public SnapshotReadResult Result => _result.Value;
        }
    }
}
