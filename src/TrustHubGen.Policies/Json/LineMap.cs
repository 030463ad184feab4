using System;
using System.Collections.Generic;
using System.Text;

namespace TrustHubGen.Policies.Json
{
    /// <summary>
    /// Maps UTF-8 byte offsets of a document to 0-based lines and columns in UTF-16 code units, the way the compiler
    /// counts them (Roslyn's <c>SourceText</c>: CR, LF, CR LF, NEL, LS and PS end a line), so a diagnostic lands on the
    /// character an editor shows, whatever the line holds before it (é, emoji, CJK). The table of line starts is built
    /// on first use, in one pass.
    /// </summary>
    internal sealed class LineMap
    {
        private readonly byte[] _utf8;
        private readonly int _length;
        private int[]? _lineStarts;
        private int _lineCount;

        public LineMap(byte[] utf8, int length)
        {
            _utf8 = utf8;
            _length = length;
        }

        /// <summary>The 0-based line holding <paramref name="offset"/>.</summary>
        public int LineOf(int offset)
        {
            int[] starts = LineStarts();
            int low = 0;
            int high = _lineCount - 1;
            while (low < high)
            {
                int middle = (low + high + 1) >> 1;
                if (starts[middle] <= offset)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return low;
        }

        /// <summary>The 0-based line and UTF-16 column of <paramref name="offset"/> (clamped to the document).</summary>
        public (int Line, int Column) Position(int offset)
        {
            offset = Math.Max(0, Math.Min(offset, _length));
            int line = LineOf(offset);
            int start = _lineStarts![line];
            return (line, Encoding.UTF8.GetCharCount(_utf8, start, offset - start));
        }

        /// <summary>
        /// The byte offset System.Text.Json means by a line and byte position: its lines end at LF only, so the offset is
        /// found from the LF count, then <see cref="Position"/> maps it to the compiler's lines.
        /// </summary>
        public int OffsetOfReaderPosition(long lineNumber, long bytePositionInLine)
        {
            int offset = 0;
            for (long line = 0; line < lineNumber; line++)
            {
                int next = Array.IndexOf(_utf8, (byte)'\n', offset, _length - offset);
                if (next < 0)
                {
                    return _length;
                }

                offset = next + 1;
            }

            return (int)Math.Min(_length, offset + bytePositionInLine);
        }

        private int[] LineStarts()
        {
            if (_lineStarts is not null)
            {
                return _lineStarts;
            }

            var starts = new List<int>(Math.Max(16, _length / 32)) { 0 };
            int i = 0;
            while (i < _length)
            {
                byte b = _utf8[i];
                if (b == (byte)'\n')
                {
                    starts.Add(++i);
                }
                else if (b == (byte)'\r')
                {
                    i += i + 1 < _length && _utf8[i + 1] == (byte)'\n' ? 2 : 1;
                    starts.Add(i);
                }
                else if (b == 0xC2 && i + 1 < _length && _utf8[i + 1] == 0x85)
                {
                    // U+0085 NEL
                    starts.Add(i += 2);
                }
                else if (b == 0xE2 && i + 2 < _length && _utf8[i + 1] == 0x80 && (_utf8[i + 2] == 0xA8 || _utf8[i + 2] == 0xA9))
                {
                    // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
                    starts.Add(i += 3);
                }
                else
                {
                    i++;
                }
            }

            _lineCount = starts.Count;
            _lineStarts = starts.ToArray();
            return _lineStarts;
        }
    }
}
