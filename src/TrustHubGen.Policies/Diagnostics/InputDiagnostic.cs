using System;
using System.Globalization;

namespace TrustHubGen.Policies
{
    /// <summary>
    /// A problem in an input file, as value-equal data (no Roslyn types, so it can flow through the generator's
    /// incremental pipeline): the rule's ID and the arguments of its message. The message itself is the rule's format
    /// filled in (<see cref="Message"/>); the generator reports the same ID and arguments through its descriptor.
    /// </summary>
    /// <param name="Id">The rule's ID, e.g. <c>TH0102</c> (<see cref="InputDiagnosticIds"/>).</param>
    /// <param name="Args">The message's arguments, in the order of its format's placeholders.</param>
    /// <param name="Path">The path of the file, as given to the reader; empty for a problem in an MSBuild setting.</param>
    /// <param name="Line">The 0-based line of the offending token.</param>
    /// <param name="Column">The 0-based column (in UTF-16 code units) of the offending token.</param>
    public sealed record InputDiagnostic(string Id, EquatableArray<string> Args, string Path, int Line, int Column)
    {
        /// <summary>The rule (title, severity, format) this diagnostic reports.</summary>
        public InputRule Rule => InputRules.Find(Id) ?? throw new InvalidOperationException("No input rule has the ID " + Id + ".");

        /// <summary>Error or warning, from the rule.</summary>
        public InputSeverity Severity => Rule.Severity;

        /// <summary>The message: the rule's format with <see cref="Args"/>.</summary>
        public string Message => string.Format(CultureInfo.InvariantCulture, Rule.MessageFormat, ToObjects(Args));

        /// <summary>Creates a diagnostic.</summary>
        /// <param name="id">The rule's ID.</param>
        /// <param name="path">The file's path.</param>
        /// <param name="line">The 0-based line.</param>
        /// <param name="column">The 0-based column.</param>
        /// <param name="args">The message's arguments.</param>
        public static InputDiagnostic Create(string id, string path, int line, int column, params string[] args) =>
            new InputDiagnostic(id, new EquatableArray<string>(args), path, line, column);

        /// <summary>The diagnostic as compilers and MSBuild print one: <c>path(line,column): error TH0102: message</c>, 1-based.</summary>
        public override string ToString() =>
            (Path.Length == 0 ? string.Empty : Path + "(" + (Line + 1).ToString(CultureInfo.InvariantCulture) + "," + (Column + 1).ToString(CultureInfo.InvariantCulture) + "): ")
            + (Severity == InputSeverity.Error ? "error " : "warning ") + Id + ": " + Message;

        private static object[] ToObjects(EquatableArray<string> args)
        {
            var objects = new object[args.Count];
            for (int i = 0; i < objects.Length; i++)
            {
                objects[i] = args[i];
            }

            return objects;
        }
    }
}
