using System.Collections.Generic;
using System.Globalization;

namespace TrustHubGen.Policies.Snapshots
{
    /// <summary>Collects one snapshot file's diagnostics, capped so a hostile file cannot produce millions of them.</summary>
    internal sealed class SnapshotDiagnosticBag
    {
        internal const int MaxDiagnostics = 100;

        private readonly List<InputDiagnostic> _items = new List<InputDiagnostic>();
        private readonly string _path;

        public SnapshotDiagnosticBag(string path)
        {
            _path = path;
        }

        public bool HasErrors { get; private set; }

        public void Error(string id, string message, int line, int column) => Add(id, message, line, column, "error");

        public void Warning(string id, string message, int line, int column) => Add(id, message, line, column, "warning");

        public EquatableArray<InputDiagnostic> ToArray() => new EquatableArray<InputDiagnostic>(_items);

        private void Add(string id, string message, int line, int column, string severity)
        {
            HasErrors |= severity == "error";
            if (_items.Count < MaxDiagnostics - 1)
            {
                _items.Add(new InputDiagnostic(id, message, _path, line, column, severity));
            }
            else if (_items.Count == MaxDiagnostics - 1)
            {
                _items.Add(new InputDiagnostic(
                    SnapshotDiagnosticIds.TooManyProblems,
                    "This snapshot has more than " + (MaxDiagnostics - 1).ToString(CultureInfo.InvariantCulture)
                    + " problems; the rest are not reported. Capture it again with `trusthub sync` rather than fixing it by hand.",
                    _path,
                    line,
                    column,
                    "warning"));
            }
        }
    }
}
