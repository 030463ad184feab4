using System.Collections.Generic;
using System.Globalization;

namespace TrustHubGen.Policies.Reading
{
    /// <summary>Collects the diagnostics of one file, capped so a hostile file cannot produce millions of them.</summary>
    internal sealed class DiagnosticBag
    {
        internal const int MaxDiagnostics = 100;

        private readonly List<InputDiagnostic> _items = new List<InputDiagnostic>();
        private readonly string _path;

        public DiagnosticBag(string path)
        {
            _path = path;
        }

        public bool HasErrors { get; private set; }

        public void Error(string id, string message, int line, int column) => Add(id, message, line, column, "error");

        public void Warning(string id, string message, int line, int column) => Add(id, message, line, column, "warning");

        public EquatableArray<InputDiagnostic> ToArray() => new EquatableArray<InputDiagnostic>(_items);

        private void Add(string id, string message, int line, int column, string severity)
        {
            if (severity == "error")
            {
                HasErrors = true;
            }

            if (_items.Count < MaxDiagnostics - 1)
            {
                _items.Add(new InputDiagnostic(id, message, _path, line, column, severity));
            }
            else if (_items.Count == MaxDiagnostics - 1)
            {
                _items.Add(new InputDiagnostic(
                    PolicyDiagnosticIds.TooManyProblems,
                    "This file has more than " + (MaxDiagnostics - 1).ToString(CultureInfo.InvariantCulture)
                    + " problems; the rest are not reported. Fix the ones above and build again.",
                    _path,
                    line,
                    column,
                    "warning"));
            }
        }
    }
}
