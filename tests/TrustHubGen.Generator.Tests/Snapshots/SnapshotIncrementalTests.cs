using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Generator.Snapshots;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests.Snapshots;

/// <summary>The snapshot steps cache: re-runs reuse them, a snapshot edit reruns only them, a new date reruns only the age check.</summary>
public sealed class SnapshotIncrementalTests
{
    private static readonly string[] SnapshotSteps =
    [
        SnapshotTrackingNames.SnapshotFiles, SnapshotTrackingNames.SnapshotSettings, SnapshotTrackingNames.SnapshotSet,
        SnapshotTrackingNames.SnapshotHandles, SnapshotTrackingNames.SnapshotHandleLimit, SnapshotTrackingNames.SnapshotStaleness,
    ];

    private static readonly CSharpCompilation Compilation = GeneratorHarness.Compilation("namespace Consumer { internal static class Empty { } }");

    [Fact]
    public void A_second_run_and_a_csharp_edit_reuse_every_snapshot_step()
    {
        var driver = SnapshotHarness.CreateDriver([.. TestInput.Official(policies: false), SnapshotHarness.Snapshot(SnapshotFiles.Valid())]).RunGenerators(Compilation);
        var edited = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Edited { } }", GeneratorHarness.ParseOptions));

        AssertCached(driver.RunGenerators(Compilation).GetRunResult().Results.Single(), SnapshotSteps);
        AssertCached(driver.RunGenerators(edited).GetRunResult().Results.Single(), SnapshotSteps);
    }

    [Fact]
    public void A_snapshot_edit_reruns_the_snapshot_steps_and_no_openapi_step()
    {
        var driver = SnapshotHarness.CreateDriver([.. TestInput.Official(policies: false), SnapshotHarness.Snapshot(SnapshotFiles.Valid())]).RunGenerators(Compilation);
        var edited = new InMemoryAdditionalText(SnapshotHarness.Path, SnapshotFiles.Valid().Replace("Main line", "Front desk", StringComparison.Ordinal));

        var second = driver.ReplaceAdditionalText(File(driver, SnapshotHarness.Path), edited).RunGenerators(Compilation).GetRunResult().Results.Single();

        AssertCached(second, [TrackingNames.OpenApiDocuments, TrackingNames.OpenApiDocumentSet, SnapshotTrackingNames.SnapshotSettings]);
        Assert.Contains(second.TrackedSteps[SnapshotTrackingNames.SnapshotHandles].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("FrontDesk", second.GeneratedSources.Single(s => s.HintName == "TrustHubAccount.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_edit_leaves_the_handles_cached()
    {
        var inputs = TestInput.Official(policies: false);
        var driver = SnapshotHarness.CreateDriver([.. inputs, SnapshotHarness.Snapshot(SnapshotFiles.Valid())]).RunGenerators(Compilation);
        var spec = inputs.Single(i => i.Path == RepoPaths.TrustHubSpec);
        var edited = new InMemoryAdditionalText(spec.Path, spec.Text.Replace("Create a new Trust Product.", "Create a new Trust Product (edited).", StringComparison.Ordinal));

        var second = driver.ReplaceAdditionalText(File(driver, spec.Path), edited).RunGenerators(Compilation).GetRunResult().Results.Single();

        AssertCached(second, SnapshotSteps);
    }

    [Fact]
    public void A_new_date_reruns_only_the_age_check()
    {
        var inputs = new[] { SnapshotHarness.Snapshot(SnapshotFiles.Valid("2026-10-01T00:00:00Z")) };
        var compilation = Compilation;
        var driver = SnapshotHarness.CreateDriver(inputs, SnapshotHarness.Settings("2026-10-02")).RunGenerators(compilation);
        var options = new TestOptionsProvider(SnapshotHarness.Settings("2026-12-31"), inputs.ToDictionary(i => i.Path, i => i.Metadata()));

        var second = driver.WithUpdatedAnalyzerConfigOptions(options).RunGenerators(compilation).GetRunResult();
        var run = second.Results.Single();

        AssertCached(run, [SnapshotTrackingNames.SnapshotFiles, SnapshotTrackingNames.SnapshotSet, SnapshotTrackingNames.SnapshotHandles, SnapshotTrackingNames.SnapshotHandleLimit]);
        Assert.Contains(run.TrackedSteps[SnapshotTrackingNames.SnapshotStaleness].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(second.Diagnostics, d => d.Id == "TH0214");
    }

    [Fact]
    public void A_new_handle_limit_reruns_the_handles_but_not_the_reading()
    {
        var inputs = new[] { SnapshotHarness.Snapshot(SnapshotFiles.Valid()) };
        var driver = SnapshotHarness.CreateDriver(inputs, SnapshotHarness.Settings()).RunGenerators(Compilation);
        var options = new TestOptionsProvider(SnapshotHarness.Settings(handleLimit: "2"), inputs.ToDictionary(i => i.Path, i => i.Metadata()));

        var second = driver.WithUpdatedAnalyzerConfigOptions(options).RunGenerators(Compilation).GetRunResult();
        var run = second.Results.Single();

        AssertCached(run, [SnapshotTrackingNames.SnapshotFiles, SnapshotTrackingNames.SnapshotSet, SnapshotTrackingNames.SnapshotStaleness]);
        Assert.Contains(run.TrackedSteps[SnapshotTrackingNames.SnapshotHandles].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(second.Diagnostics, d => d.Id == "TH0219");
        Assert.DoesNotContain("CapturedNumber MainLine", run.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_snapshot_model_holds_no_roslyn_or_json_object()
    {
        var driver = SnapshotHarness.CreateDriver([SnapshotHarness.Snapshot(SnapshotFiles.Valid())]).RunGenerators(Compilation);
        var run = driver.GetRunResult().Results.Single();

        foreach (var step in SnapshotSteps)
        {
            foreach (var value in run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Value))
            {
                Walk(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        Assert.False(value is ISymbol || value is SyntaxNode || value is Compilation || value is Location || value is SemanticModel || value is AdditionalText || value is JsonElement || value is JsonDocument, $"The snapshot pipeline holds a {value.GetType().FullName} at {path}.");
        if (!value.GetType().IsValueType && !visited.Add(value)) return;
        if (value is System.Collections.IEnumerable items)
        {
            var i = 0;
            foreach (var item in items) Walk(item, $"{path}[{i++}]", visited);
            if (value.GetType().Namespace?.StartsWith("System", StringComparison.Ordinal) == true) return;
        }

        foreach (var field in value.GetType().GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
            Walk(field.GetValue(value), path + "." + field.Name, visited);
    }

    private static AdditionalText File(GeneratorDriver driver, string path) =>
        driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.InputFiles]
            .SelectMany(s => s.Outputs).Select(o => o.Value)
            .Select(v => v.GetType().GetProperty("File")!.GetValue(v)).OfType<AdditionalText>().Single(t => t.Path == path);

    private static void AssertCached(GeneratorRunResult result, IEnumerable<string> steps)
    {
        foreach (var name in steps)
        {
            Assert.True(result.TrackedSteps.TryGetValue(name, out var runs), $"Step {name} was not tracked.");
            foreach (var output in runs.SelectMany(r => r.Outputs))
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step {name} reran ({output.Reason}).");
        }
    }
}
