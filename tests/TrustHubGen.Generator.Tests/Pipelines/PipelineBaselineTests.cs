using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests.Pipelines;

/// <summary>
/// The value types and pipelines of the official inputs against Baselines/Pipelines/{Hint}.txt (the rest of the
/// output has its own baselines). TRUSTHUBGEN_UPDATE_BASELINES=1 rewrites them for a reviewer to read as a diff.
/// </summary>
public sealed class PipelineBaselineTests
{
    [Fact]
    public void Pipelines()
    {
        var (_, result, output) = GeneratorHarness.Run(TestInput.Official());
        Assert.Empty(GeneratorHarness.Problems(result, output));
        var generated = result.Results.Single().GeneratedSources
            .Where(s => s.HintName.StartsWith("PolicyAttributeValues.", StringComparison.Ordinal) || s.HintName.EndsWith("Onboarding.g.cs", StringComparison.Ordinal))
            .ToDictionary(s => s.HintName + ".txt", s => s.SourceText.ToString());
        var directory = Path.Combine(RepoPaths.BaselineDir, nameof(Pipelines));

        if (Environment.GetEnvironmentVariable("TRUSTHUBGEN_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(directory);
            foreach (var stale in Directory.GetFiles(directory).Where(f => !generated.ContainsKey(Path.GetFileName(f)))) File.Delete(stale);
            foreach (var (name, text) in generated) File.WriteAllText(Path.Combine(directory, name), text);
            return;
        }

        var expected = Directory.Exists(directory) ? Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList() : [];
        Assert.Equal(expected, generated.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, text) in generated)
            Assert.True(File.ReadAllText(Path.Combine(directory, name)).ReplaceLineEndings("\n") == text, $"Pipelines/{name} differs from its baseline; run with TRUSTHUBGEN_UPDATE_BASELINES=1 and read the diff.");
    }
}
