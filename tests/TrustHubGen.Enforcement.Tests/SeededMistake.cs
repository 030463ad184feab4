namespace TrustHubGen.Enforcement.Tests;

/// <summary>A mistake in samples/AnalyzerEnforcement/Mistakes/SeededMistakes.cs: the rule it breaks and its 1-based line.</summary>
internal sealed record SeededMistake(string RuleId, int Line)
{
    public const string FileName = "SeededMistakes.cs";

    /// <summary>Reads the lines marked <c>// THxxxx</c> in the seeded file, so editing the file cannot desynchronise the tests.</summary>
    public static IReadOnlyList<SeededMistake> ReadAll(string mistakesDir)
    {
        var lines = File.ReadAllLines(Path.Combine(mistakesDir, FileName));
        var mistakes = new List<SeededMistake>();
        for (var i = 0; i < lines.Length; i++)
        {
            var marker = lines[i].LastIndexOf("// TH", StringComparison.Ordinal);
            if (marker >= 0) mistakes.Add(new SeededMistake(lines[i][(marker + 3)..].Trim(), i + 1));
        }
        return mistakes;
    }
}
