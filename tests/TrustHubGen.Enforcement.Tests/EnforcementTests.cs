using System.Text.Json;

namespace TrustHubGen.Enforcement.Tests;

public sealed class EnforcementTests(SeededBuildFixture seeded) : IClassFixture<SeededBuildFixture>
{
    [Fact]
    public void Seeded_file_carries_marked_mistakes_on_both_surfaces()
    {
        var lines = File.ReadAllLines(Path.Combine(SampleBuild.SampleDir, "Mistakes", SeededMistake.FileName));
        var twilio = seeded.Mistakes.Where(m => lines[m.Line - 1].Contains("Resource.", StringComparison.Ordinal)).Select(m => m.RuleId).ToList();
        var sdk = seeded.Mistakes.Where(m => !lines[m.Line - 1].Contains("Resource.", StringComparison.Ordinal)).Select(m => m.RuleId).ToList();
        foreach (var rule in new[] { "TH1001", "TH1003", "TH1007", "TH1012" })
        {
            Assert.Contains(rule, twilio);
            Assert.Contains(rule, sdk);
        }
        Assert.Contains("TH1009", twilio);
        Assert.Contains("TH1010", sdk);
    }

    [Fact]
    public void Seeded_mistakes_fail_the_build_naming_each_rule_file_and_line()
    {
        Assert.True(seeded.Build.ExitCode != 0, "The build should fail on the seeded mistakes:\n" + seeded.Build.Output);
        foreach (var mistake in seeded.Mistakes)
            Assert.Matches($@"{SeededMistake.FileName}\({mistake.Line},\d+\): error {mistake.RuleId}:", seeded.Build.Output);
    }

    [Fact]
    public void Sarif_log_names_each_rule_file_and_line()
    {
        using var log = JsonDocument.Parse(File.ReadAllText(seeded.SarifPath));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (
                RuleId: r.GetProperty("ruleId").GetString(),
                Level: r.GetProperty("level").GetString(),
                Location: r.GetProperty("locations")[0].GetProperty("physicalLocation")))
            .ToList();
        foreach (var mistake in seeded.Mistakes)
        {
            var found = results.Where(r => r.RuleId == mistake.RuleId
                && r.Location.GetProperty("artifactLocation").GetProperty("uri").GetString()!.EndsWith("/Mistakes/" + SeededMistake.FileName, StringComparison.Ordinal)
                && r.Location.GetProperty("region").GetProperty("startLine").GetInt32() == mistake.Line).ToList();
            var result = Assert.Single(found);
            Assert.Equal("error", result.Level);
        }
    }

    [Fact]
    public async Task Clean_sample_builds_with_no_trust_hub_diagnostics()
    {
        var outputRoot = Directory.CreateTempSubdirectory("trusthubgen-enforcement-").FullName;
        try
        {
            var build = await SampleBuild.RunAsync(outputRoot);
            Assert.True(build.ExitCode == 0, "The clean sample should build:\n" + build.Output);
            Assert.DoesNotMatch(@"\bTH1\d{3}\b", build.Output);
        }
        finally
        {
            Directory.Delete(outputRoot, recursive: true);
        }
    }

    [Fact]
    public async Task Editorconfig_severity_none_silences_that_rule_only()
    {
        var outputRoot = Directory.CreateTempSubdirectory("trusthubgen-enforcement-").FullName;
        try
        {
            // The seeded file in a folder of its own, with a user's .editorconfig beside it.
            var mistakesDir = Directory.CreateDirectory(Path.Combine(outputRoot, "mistakes")).FullName;
            File.Copy(Path.Combine(SampleBuild.SampleDir, "Mistakes", SeededMistake.FileName), Path.Combine(mistakesDir, SeededMistake.FileName));
            await File.WriteAllTextAsync(Path.Combine(mistakesDir, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.TH1003.severity = none\n");

            var build = await SampleBuild.RunAsync(outputRoot, "SeedMistakes=true", $"MistakesDir={mistakesDir}");

            Assert.True(build.ExitCode != 0, "The other seeded mistakes should still fail the build:\n" + build.Output);
            Assert.DoesNotContain("TH1003", build.Output);
            foreach (var mistake in seeded.Mistakes.Where(m => m.RuleId != "TH1003"))
                Assert.Matches($@"{SeededMistake.FileName}\({mistake.Line},\d+\): error {mistake.RuleId}:", build.Output);
        }
        finally
        {
            Directory.Delete(outputRoot, recursive: true);
        }
    }
}
