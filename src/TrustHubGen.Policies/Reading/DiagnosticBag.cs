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
        private readonly string _tooManyId;
        private readonly string _tooManyAdvice;

        /// <param name="path">The file the diagnostics point at.</param>
        /// <param name="tooManyId">The ID of the last diagnostic, the one saying the rest are not reported (the format's own).</param>
        /// <param name="tooManyAdvice">What to do about the many problems, for that last diagnostic.</param>
        public DiagnosticBag(string path, string tooManyId = PolicyDiagnosticIds.TooManyProblems, string tooManyAdvice = "Fix the ones above and build again.")
        {
            _path = path;
            _tooManyId = tooManyId;
            _tooManyAdvice = tooManyAdvice;
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
                    _tooManyId,
                    "This file has more than " + (MaxDiagnostics - 1).ToString(CultureInfo.InvariantCulture)
                    + " problems; the rest are not reported. " + _tooManyAdvice,
                    _path,
                    line,
                    column,
                    "warning"));
            }
        }
    }
}
