using System.Text.RegularExpressions;
using TrustHubGen.Analyzers.Diagnostics;

namespace TrustHubGen.Analyzers.Tests.Parity;

/// <summary>The parity table in docs/rules/README.md has a cell for every rule and surface, and every cell has its test.</summary>
public sealed partial class ParityTableTests
{
    private static readonly string[] Verdicts = ["error", "warning", "cannot compile", "n/a"];

    [GeneratedRegex(@"\*\*(error|warning|cannot compile|n/a)\*\*")]
    private static partial Regex Verdict();

    [Fact]
    public void Every_rule_has_three_filled_cells_each_with_its_test()
    {
        var rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "rules", "README.md"))
            .SkipWhile(l => !l.StartsWith("| rule | Twilio library | generated SDK | typed pipeline |", StringComparison.Ordinal)).Skip(2)
            .TakeWhile(l => l.StartsWith("| TH", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray()).ToList();
        var ids = typeof(RuleIds).GetFields().Select(f => (string)f.GetValue(null)!).Order().ToList();
        Assert.Equal(ids, rows.Select(r => r[0]));
        var tests = typeof(ParityTableTests).Assembly.GetTypes().SelectMany(t => t.GetMethods().Select(m => (Type: t.Name, Method: m.Name))).ToList();
        foreach (var row in rows)
        {
            Assert.Equal(4, row.Length);
            Assert.Contains(tests, t => t.Type.StartsWith(row[0], StringComparison.Ordinal) && t.Type.EndsWith("Tests", StringComparison.Ordinal));
            CellHasTest(row[0], row[2], tests.Where(t => t.Type == nameof(GeneratedSdkParityTests)).Select(t => t.Method));
            CellHasTest(row[0], row[3], tests.Where(t => t.Type == nameof(PipelineParityTests)).Select(t => t.Method));
        }
    }

    // Each verdict of a cell ("cannot compile … error for …") is in the name of the rule's test: TH1002_cannot_compile_…_and_error_….
    private static void CellHasTest(string rule, string cell, IEnumerable<string> methods)
    {
        var verdicts = Verdict().Matches(cell).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(verdicts.Count > 0 && verdicts.All(Verdicts.Contains), $"{rule}: the cell \"{cell}\" has no verdict.");
        var test = methods.SingleOrDefault(m => m.StartsWith(rule + "_", StringComparison.Ordinal));
        Assert.True(test is not null, $"{rule}: no test for the cell \"{cell}\".");
        foreach (var verdict in verdicts)
        {
            var word = verdict == "n/a" ? "not_applicable" : verdict.Replace(' ', '_');
            Assert.True(test!.Contains(word, StringComparison.Ordinal), $"{rule}: the test {test} does not test \"{verdict}\" ({cell}).");
        }
    }
}
