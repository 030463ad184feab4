using System.Text;
using Microsoft.CodeAnalysis;

namespace TrustHubGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// Checks that the analyzers report exactly the diagnostics the markup marks: a missing one and an unexpected one
/// both fail, with every difference listed.
/// </summary>
internal static class AnalyzerVerifier
{
    public static Task VerifyAsync(string markup, params TestAdditionalFile[] additionalFiles) =>
        VerifyAsync(new[] { markup }, additionalFiles);

    public static async Task<IReadOnlyList<Diagnostic>> VerifyAsync(string[] markups, params TestAdditionalFile[] additionalFiles)
    {
        var files = new List<(string Path, string Source)>();
        var expected = new List<ExpectedDiagnostic>();
        for (var i = 0; i < markups.Length; i++)
        {
            var path = $"/src/File{i}.cs";
            var (source, marks) = Markup.Parse(markups[i], path);
            files.Add((path, source));
            expected.AddRange(marks);
        }
        var compilation = AnalyzerRunner.Compile(files);
        var diagnostics = await AnalyzerRunner.RunAsync(compilation, TestConfigOptionsProvider.Create(additionalFiles));
        var actual = diagnostics.Where(d => d.Id.StartsWith("TH", StringComparison.Ordinal)).ToList();

        var report = new StringBuilder();
        foreach (var e in expected)
        {
            if (!actual.Any(a => Matches(a, e)))
                report.AppendLine($"missing {e.Id} at {e.Path}{e.Span}: \"{Text(files, e)}\"");
        }
        foreach (var a in actual)
        {
            if (!expected.Any(e => Matches(a, e)))
                report.AppendLine($"unexpected {a}");
        }
        Assert.True(report.Length == 0, report.ToString());
        return actual;
    }

    private static bool Matches(Diagnostic actual, ExpectedDiagnostic expected) =>
        actual.Id == expected.Id && actual.Location.SourceTree?.FilePath == expected.Path && actual.Location.SourceSpan == expected.Span;

    private static string Text(List<(string Path, string Source)> files, ExpectedDiagnostic e) =>
        files.First(f => f.Path == e.Path).Source.Substring(e.Span.Start, e.Span.Length);
}
