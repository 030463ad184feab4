using System;
using System.Collections.Generic;
using System.CommandLine.Parsing;
using System.IO;

namespace TrustHubGen.Cli.Hosting;

/// <summary>
/// <c>@file</c> arguments: one or more tokens a line (quoted as on a command line), blank lines and lines starting with
/// <c>#</c> skipped, so "<c>--numbers</c> then the numbers, one per line" works. Unlike System.CommandLine's own reader,
/// this one reads at most <see cref="MaxBytes"/> and only text: <c>@/dev/zero</c> or a binary file is a usage error
/// naming the file (exit 2), never an unbounded read. A line whose quote is not closed is an error, not a value dropped
/// in silence, and a file named again (by itself or a file it names) is an error, not an endless expansion. One
/// instance serves one parse.
/// </summary>
internal sealed class ResponseFiles
{
    /// <summary>32 MiB: about two million numbers, one a line, far beyond any onboarding run.</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    private readonly HashSet<string> _expanded = new(StringComparer.Ordinal);

    /// <summary>The replacer System.CommandLine calls with the path after the <c>@</c>.</summary>
    public bool TryReadTokens(string path, out IReadOnlyList<string>? tokens, out string? error)
    {
        tokens = null;
        var what = $"Response file @{path}";
        // System.CommandLine expands the @ arguments a file holds too: one naming itself would expand forever.
        if (!_expanded.Add(Path.GetFullPath(path)))
        {
            error = $"{what} is named again (by itself or by a response file it names); name each response file once.";
            return false;
        }
        if (!BoundedTextFile.TryRead(path, what, MaxBytes, out var text, out error)) return false;
        var list = new List<string>();
        var lines = text!.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            // The splitter would drop what follows an unclosed quote: a number lost without a word.
            if (line.Split('"').Length % 2 == 0)
            {
                error = $"{what}, line {i + 1}: a quote (\") is not closed.";
                return false;
            }
            list.AddRange(CommandLineParser.SplitCommandLine(line));
        }
        tokens = list;
        return true;
    }
}
