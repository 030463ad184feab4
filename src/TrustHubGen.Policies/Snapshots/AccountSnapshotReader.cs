using System;
using TrustHubGen.Policies.Reading;

namespace TrustHubGen.Policies.Snapshots
{
    /// <summary>Reads account snapshot files (format: <c>docs/snapshot.md</c>), for the generator and the analyzers.</summary>
    public static class AccountSnapshotReader
    {
        /// <summary>The file name <c>trusthub sync</c> writes and the build picks up by default.</summary>
        public const string DefaultFileName = "trusthub.snapshot.json";

        /// <summary>The snapshot format version this reader understands.</summary>
        public const int Version = SnapshotBinder.SupportedVersion;

        /// <summary>
        /// Parses and validates one snapshot file. Never throws: every problem, whatever the input, becomes an
        /// <see cref="InputDiagnostic"/> (TH0201–TH0299) with the path and the 0-based line and column of the offending token.
        /// </summary>
        /// <param name="path">The file's path, copied into every diagnostic.</param>
        /// <param name="text">The file's content.</param>
        /// <returns>The snapshot (null when there is any error) and the diagnostics.</returns>
        public static SnapshotReadResult Read(string path, string text)
        {
            try
            {
                return ReadCore(path, text);
            }
#pragma warning disable CA1031 // The compiler host must never see an exception from an input file; the tests fuzz ReadCore without this net.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                var diagnostic = new InputDiagnostic(
                    SnapshotDiagnosticIds.MalformedJson,
                    "The snapshot file could not be read (" + ex.GetType().Name + ": " + ex.Message + "). Please report this with the file.",
                    path ?? string.Empty,
                    0,
                    0,
                    "error");
                return new SnapshotReadResult(null, EquatableArray.Create(diagnostic));
            }
        }

        /// <summary>Parses a <see cref="AccountSnapshot.CapturedAt"/> value: ISO 8601 with an explicit offset.</summary>
        /// <param name="text">The timestamp text.</param>
        /// <param name="value">The parsed instant.</param>
        /// <returns>Whether <paramref name="text"/> is such a timestamp.</returns>
        public static bool TryParseTimestamp(string? text, out DateTimeOffset value) => SnapshotBinder.TryParseTimestamp(text, out value);

        internal static SnapshotReadResult ReadCore(string? path, string? text)
        {
            var bag = new DiagnosticBag(path ?? string.Empty, SnapshotDiagnosticIds.TooManyProblems, "Capture it again with `trusthub sync` rather than fixing it by hand.");
            if (text is null || text.Trim('\uFEFF', ' ', '\t', '\r', '\n').Length == 0)
            {
                bag.Error(
                    SnapshotDiagnosticIds.EmptyFile,
                    "The snapshot file is empty; it must hold one JSON object written by `trusthub sync` (see docs/snapshot.md).",
                    0,
                    0);
                return new SnapshotReadResult(null, bag.ToArray());
            }

            JsonNode? root = JsonParser.Parse(text, out SyntaxError? error);
            if (root is null)
            {
                error ??= new SyntaxError(PolicyDiagnosticIds.MalformedJson, "The file is not valid JSON.", 0, 0);
                bag.Error(MapSyntaxId(error.Id), error.Message, error.Line, error.Column);
                return new SnapshotReadResult(null, bag.ToArray());
            }

            AccountSnapshot? snapshot = SnapshotBinder.Bind(root, bag);
            return new SnapshotReadResult(bag.HasErrors ? null : snapshot, bag.ToArray());
        }

        /// <summary>The JSON parser is shared with the policy reader; its TH01xx syntax IDs become the snapshot's own.</summary>
        private static string MapSyntaxId(string id) =>
            id == PolicyDiagnosticIds.NestingTooDeep ? SnapshotDiagnosticIds.NestingTooDeep : SnapshotDiagnosticIds.MalformedJson;
    }
}
