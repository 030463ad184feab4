using System;
using System.Globalization;
using TrustHubGen.Policies.Json;

namespace TrustHubGen.Policies.Reading
{
    /// <summary>
    /// What differs between the two file formats the library reads (policy definitions, account snapshots) for the
    /// shared reading steps: their diagnostic IDs and how they name their root. Everything else (JSON, positions, typed
    /// property access) is the same code.
    /// </summary>
    internal sealed class ReaderFormat
    {
        public static readonly ReaderFormat Policy = new ReaderFormat(
            "the policy", "The policy file",
            InputDiagnosticIds.PolicyEmptyFile, InputDiagnosticIds.PolicyMalformedJson, InputDiagnosticIds.PolicyNestingTooDeep,
            InputDiagnosticIds.PolicyWrongType, InputDiagnosticIds.PolicyMissingProperty, InputDiagnosticIds.PolicyUnknownProperty,
            InputDiagnosticIds.PolicyDuplicateProperty, InputDiagnosticIds.PolicyTooManyProblems);

        public static readonly ReaderFormat Snapshot = new ReaderFormat(
            "the snapshot", "The snapshot file",
            InputDiagnosticIds.SnapshotEmptyFile, InputDiagnosticIds.SnapshotMalformedJson, InputDiagnosticIds.SnapshotNestingTooDeep,
            InputDiagnosticIds.SnapshotWrongType, InputDiagnosticIds.SnapshotMissingProperty, InputDiagnosticIds.SnapshotUnknownProperty,
            InputDiagnosticIds.SnapshotDuplicateProperty, InputDiagnosticIds.SnapshotTooManyProblems);

        private ReaderFormat(string rootContext, string fileName, string emptyFile, string malformedJson, string nestingTooDeep, string wrongType,
            string missingProperty, string unknownProperty, string duplicateProperty, string tooManyProblems)
        {
            RootContext = rootContext;
            FileName = fileName;
            EmptyFile = emptyFile;
            MalformedJson = malformedJson;
            NestingTooDeep = nestingTooDeep;
            WrongType = wrongType;
            MissingProperty = missingProperty;
            UnknownProperty = unknownProperty;
            DuplicateProperty = duplicateProperty;
            TooManyProblems = tooManyProblems;
        }

        /// <summary>How messages name the root object ("the policy").</summary>
        public string RootContext { get; }

        /// <summary>How messages name the file ("The policy file").</summary>
        public string FileName { get; }

        public string EmptyFile { get; }

        public string MalformedJson { get; }

        public string NestingTooDeep { get; }

        public string WrongType { get; }

        public string MissingProperty { get; }

        public string UnknownProperty { get; }

        public string DuplicateProperty { get; }

        public string TooManyProblems { get; }

        /// <summary>
        /// The steps every read shares: an empty file, then the JSON, then (when it parses) <paramref name="bind"/> on the
        /// root. Never throws: <paramref name="bind"/> reports problems through the bag.
        /// </summary>
        public (T? Value, EquatableArray<InputDiagnostic> Diagnostics) Read<T>(string? path, string? text, Func<JsonValue, DiagnosticBag, T?> bind)
            where T : class
        {
            var bag = new DiagnosticBag(path ?? string.Empty, TooManyProblems);
            if (text is null || text.Trim('\uFEFF', ' ', '\t', '\r', '\n').Length == 0)
            {
                bag.AtPosition(0, 0, EmptyFile);
                return (null, bag.ToArray());
            }

            JsonTree.Parse(text, out JsonTree tree, out JsonSyntaxError? error);
            using (tree)
            {
                bag.Lines = tree.Lines;
                if (error is not null)
                {
                    if (error.TooDeep)
                    {
                        bag.AtPosition(error.Line, error.Column, NestingTooDeep, JsonTree.MaxDepth.ToString(CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        bag.AtPosition(error.Line, error.Column, MalformedJson, error.Problem);
                    }

                    return (null, bag.ToArray());
                }

                T? value = bind(tree.Root, bag);
                return (bag.HasErrors ? null : value, bag.ToArray());
            }
        }
    }
}
