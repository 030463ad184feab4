using System.Collections.Generic;
using System.CommandLine.Parsing;

namespace TrustHubGen.Cli.Hosting;

/// <summary>
/// <c>@file</c> arguments: one or more tokens a line (quoted as on a command line), blank lines and <c># comments</c>
/// skipped, so "<c>--numbers</c> then the numbers, one per line" works. Unlike System.CommandLine's own reader, this
/// one reads at most <see cref="MaxBytes"/> and only text: <c>@/dev/zero</c> or a binary file is a usage error naming
/// the file (exit 2), never an unbounded read.
/// </summary>
internal static class ResponseFiles
{
    /// <summary>32 MiB: about two million numbers, one a line, far beyond any onboarding run.</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    /// <summary>The replacer System.CommandLine calls with the path after the <c>@</c>.</summary>
    public static bool TryReadTokens(string path, out IReadOnlyList<string>? tokens, out string? error)
    {
        tokens = null;
        if (!BoundedTextFile.TryRead(path, $"Response file @{path}", MaxBytes, out var text, out error)) return false;
        var list = new List<string>();
        foreach (var rawLine in text!.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            list.AddRange(CommandLineParser.SplitCommandLine(line));
        }
        tokens = list;
        return true;
    }
}
