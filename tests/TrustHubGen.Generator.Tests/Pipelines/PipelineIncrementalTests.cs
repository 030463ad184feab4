using Microsoft.CodeAnalysis;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests.Pipelines;

/// <summary>The pipeline step caches: re-runs and spec edits reuse it; a policy edit reruns it.</summary>
public sealed class PipelineIncrementalTests
{
    private static readonly Compilation Empty = GeneratorHarness.Compilation("namespace Consumer { internal static class Empty { } }");

    [Fact]
    public void SecondRunAndSpecEditReuseThePipelineStep()
    {
        var inputs = TestInput.Official();
        var driver = GeneratorHarness.CreateDriver(inputs).RunGenerators(Empty);
        Assert.Equal(IncrementalStepRunReason.New, Reasons(driver.GetRunResult().Results.Single()).Single());

        Assert.All(Reasons(driver.RunGenerators(Empty).GetRunResult().Results.Single()), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        var spec = inputs.Single(i => i.Path == RepoPaths.TrustHubSpec);
        var edited = Replace(driver, spec, spec.Text.Replace("Create a new Trust Product.", "Create a new Trust Product (edited).", StringComparison.Ordinal));
        Assert.All(Reasons(edited.RunGenerators(Empty).GetRunResult().Results.Single()), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void PolicyEditRerunsThePipelineStep()
    {
        var inputs = TestInput.Official();
        var driver = GeneratorHarness.CreateDriver(inputs).RunGenerators(Empty);
        var cnam = inputs.Single(i => i.Path.EndsWith("cnam.json", StringComparison.Ordinal));

        var result = Replace(driver, cnam, cnam.Text.Replace("\"maxLength\": 15", "\"maxLength\": 14", StringComparison.Ordinal)).RunGenerators(Empty).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Reasons(result).Single());
        Assert.Contains("at most 14 characters", result.GeneratedSources.Single(s => s.HintName == "PolicyAttributeValues.Cnam.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result) =>
        result.TrackedSteps[TrackingNames.PipelineSet].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static GeneratorDriver Replace(GeneratorDriver driver, TestInput input, string text)
    {
        var old = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.InputFiles]
            .SelectMany(s => s.Outputs).Select(o => o.Value)
            .Select(v => v.GetType().GetProperty("File")!.GetValue(v)).OfType<AdditionalText>().Single(t => t.Path == input.Path);
        return driver.ReplaceAdditionalText(old, new InMemoryAdditionalText(input.Path, text));
    }
}
