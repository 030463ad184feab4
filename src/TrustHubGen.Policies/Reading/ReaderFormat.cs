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
        /// <remarks>With <c>shallow</c>, the root's containers are read lazily (<see cref="JsonTree.ForEachChild"/>): for formats with long lists.</remarks>
        public (T? Value, EquatableArray<InputDiagnostic> Diagnostics) Read<T>(string? path, string? text, Func<JsonValue, DiagnosticBag, T?> bind, bool shallow = false)
            where T : class
        {
            var bag = new DiagnosticBag(path ?? string.Empty, TooManyProblems);
            if (text is null || text.Trim('\uFEFF', ' ', '\t', '\r', '\n').Length == 0)
            {
                bag.AtPosition(0, 0, EmptyFile);
                return (null, bag.ToArray());
            }

            JsonTree.Parse(text, out JsonTree tree, out JsonSyntaxError? error, shallow);
            return Bind(tree, error, bag, bind);
        }

        /// <summary>
        /// The same steps for a document given as UTF-8 (the first <c>length</c> bytes of <c>utf8</c>, a leading byte-order
        /// mark allowed).
        /// </summary>
        public (T? Value, EquatableArray<InputDiagnostic> Diagnostics) Read<T>(string? path, byte[] utf8, int length, Func<JsonValue, DiagnosticBag, T?> bind, bool shallow = false)
            where T : class
        {
            var bag = new DiagnosticBag(path ?? string.Empty, TooManyProblems);
            if (IsBlank(utf8, length))
            {
                bag.AtPosition(0, 0, EmptyFile);
                return (null, bag.ToArray());
            }

            if (length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
            {
                // Positions count from after the mark, as in a text the compiler decoded.
                var copy = new byte[length - 3];
                Buffer.BlockCopy(utf8, 3, copy, 0, copy.Length);
                utf8 = copy;
                length = copy.Length;
            }

            JsonTree.Parse(utf8, length, out JsonTree tree, out JsonSyntaxError? error, shallow);
            return Bind(tree, error, bag, bind);
        }

        /// <summary>Only white space and byte-order marks, as <c>string.Trim('\uFEFF', ' ', '\t', '\r', '\n')</c> would leave nothing.</summary>
        private static bool IsBlank(byte[] utf8, int length)
        {
            for (int i = 0; i < length; i++)
            {
                byte b = utf8[i];
                if (b == 0xEF && i + 2 < length && utf8[i + 1] == 0xBB && utf8[i + 2] == 0xBF)
                {
                    i += 2;
                }
                else if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r' && b != (byte)'\n')
                {
                    return false;
                }
            }

            return true;
        }

        private (T? Value, EquatableArray<InputDiagnostic> Diagnostics) Bind<T>(JsonTree tree, JsonSyntaxError? error, DiagnosticBag bag, Func<JsonValue, DiagnosticBag, T?> bind)
            where T : class
        {
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
