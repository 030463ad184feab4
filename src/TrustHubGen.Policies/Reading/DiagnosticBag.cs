using System.Collections.Generic;
using System.Globalization;
using TrustHubGen.Policies.Json;

namespace TrustHubGen.Policies.Reading
{
    /// <summary>
    /// Collects the diagnostics of one file as IDs and arguments, located by byte offset through the document's
    /// <see cref="LineMap"/>, and capped so a hostile file cannot produce millions of them.
    /// </summary>
    internal sealed class DiagnosticBag
    {
        internal const int MaxDiagnostics = 100;

        private readonly List<InputDiagnostic> _items = new List<InputDiagnostic>();
        private readonly string _path;
        private readonly string _tooManyId;

        /// <param name="path">The file the diagnostics point at.</param>
        /// <param name="tooManyId">The ID of the last diagnostic, the one saying the rest are not reported (the format's own).</param>
        public DiagnosticBag(string path, string tooManyId)
        {
            _path = path;
            _tooManyId = tooManyId;
        }

        /// <summary>The document's positions; set once it is parsed.</summary>
        public LineMap? Lines { get; set; }

        public bool HasErrors { get; private set; }

        /// <summary>Reports <paramref name="id"/> at a byte offset of the document.</summary>
        public void At(int offset, string id, params string[] args)
        {
            var (line, column) = Lines is null ? (0, 0) : Lines.Position(offset);
            AtPosition(line, column, id, args);
        }

        /// <summary>Reports <paramref name="id"/> at a 0-based line and column.</summary>
        public void AtPosition(int line, int column, string id, params string[] args)
        {
            if (InputRules.Find(id)!.Severity == InputSeverity.Error)
            {
                HasErrors = true;
            }

            if (_items.Count < MaxDiagnostics - 1)
            {
                _items.Add(InputDiagnostic.Create(id, _path, line, column, args));
            }
            else if (_items.Count == MaxDiagnostics - 1)
            {
                _items.Add(InputDiagnostic.Create(_tooManyId, _path, line, column, (MaxDiagnostics - 1).ToString(CultureInfo.InvariantCulture)));
            }
        }

        public EquatableArray<InputDiagnostic> ToArray() => new EquatableArray<InputDiagnostic>(_items);
    }
}
