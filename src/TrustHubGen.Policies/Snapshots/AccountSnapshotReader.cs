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
                var diagnostic = InputDiagnostic.Create(InputDiagnosticIds.GeneratorFailure, path ?? string.Empty, 0, 0,
                    System.IO.Path.GetFileName(path ?? string.Empty), ex.GetType().Name, ex.Message);
                return new SnapshotReadResult(null, EquatableArray.Create(diagnostic));
            }
        }

        /// <summary>Parses a <see cref="AccountSnapshot.CapturedAt"/> value: ISO 8601 with an explicit offset.</summary>
        /// <param name="text">The timestamp text.</param>
        /// <param name="value">The parsed instant.</param>
        /// <returns>Whether <paramref name="text"/> is such a timestamp.</returns>
        public static bool TryParseTimestamp(string? text, out DateTimeOffset value) => SnapshotBinder.TryParseTimestamp(text, out value);

        /// <summary>
        /// <see cref="Read(string, string)"/> for the file's content as UTF-8 (a leading byte-order mark allowed): what a
        /// caller holding bytes should use, since a 36 MB file is a 72 MB string. Positions are the same as for the text.
        /// </summary>
        /// <param name="path">The file's path, copied into every diagnostic.</param>
        /// <param name="utf8">The file's content; the reader does not keep it.</param>
        /// <returns>The snapshot (null when there is any error) and the diagnostics.</returns>
        public static SnapshotReadResult ReadUtf8(string path, byte[] utf8)
        {
            try
            {
                return ReadCore(path, utf8 ?? Array.Empty<byte>());
            }
#pragma warning disable CA1031 // As above.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                var diagnostic = InputDiagnostic.Create(InputDiagnosticIds.GeneratorFailure, path ?? string.Empty, 0, 0,
                    System.IO.Path.GetFileName(path ?? string.Empty), ex.GetType().Name, ex.Message);
                return new SnapshotReadResult(null, EquatableArray.Create(diagnostic));
            }
        }

        internal static SnapshotReadResult ReadCore(string? path, string? text) =>
            Result(ReaderFormat.Snapshot.Read(path, text, SnapshotBinder.Bind, shallow: true));

        internal static SnapshotReadResult ReadCore(string? path, byte[] utf8) =>
            Result(ReaderFormat.Snapshot.Read(path, utf8, utf8.Length, SnapshotBinder.Bind, shallow: true));

        private static SnapshotReadResult Result((BoundSnapshot? Value, EquatableArray<InputDiagnostic> Diagnostics) read) =>
            new SnapshotReadResult(read.Value?.Snapshot, read.Diagnostics)
            {
                CapturedAtLine = read.Value?.CapturedAtLine ?? 0,
                CapturedAtColumn = read.Value?.CapturedAtColumn ?? 0,
            };
    }
}
