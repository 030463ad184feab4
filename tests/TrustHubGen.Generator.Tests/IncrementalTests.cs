using System.Collections;
using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests;

/// <summary>The pipeline caches: re-runs and unrelated edits reuse every step; a policy edit reruns only policy steps.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] AllSteps =
    [
        TrackingNames.Options, TrackingNames.InputFiles, TrackingNames.OpenApiDocuments, TrackingNames.OpenApiDocumentSet,
        TrackingNames.PolicyDefinitions, TrackingNames.PolicySet, TrackingNames.LanguageGate,
    ];

    [Fact]
    public void SecondRunReusesEveryStep()
    {
        var (driver, _, _) = GeneratorHarness.Run(TestInput.Official());
        var compilation = GeneratorHarness.Compilation("namespace Consumer { internal static class Empty { } }");

        var second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        AssertAllCached(second, AllSteps);
    }

    [Fact]
    public void UnrelatedCSharpEditReusesEveryStep()
    {
        var compilation = GeneratorHarness.Compilation("namespace Consumer { internal static class Empty { } }");
        var driver = GeneratorHarness.CreateDriver(TestInput.Official()).RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Edited { } }", GeneratorHarness.ParseOptions));

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllCached(second, AllSteps);
    }

    /// <summary>
    /// What an IDE does on each keystroke: the edited file's tree is replaced and the generator runs again. Every step,
    /// with the spec, the policies and a snapshot as inputs, is reused, and no source output runs: nothing is emitted again.
    /// </summary>
    [Fact]
    public void KeystrokeInUserCodeRerunsNoStepAndEmitsNothing()
    {
        var inputs = TestInput.Official().Add(Snapshots.SnapshotHarness.Snapshot(Snapshots.SnapshotFiles.Valid()));
        var compilation = GeneratorHarness.Compilation("namespace Consumer { internal static class Onboarding { const string Type = \"phone-number\"; } }");
        var driver = Snapshots.SnapshotHarness.CreateDriver(inputs).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        var tree = compilation.SyntaxTrees.Single();
        var text = tree.GetText();
        var keystroke = text.Replace(text.ToString().IndexOf("-number", StringComparison.Ordinal), 1, "_");
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(keystroke));

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Contains(TrustHubGen.Generator.Snapshots.SnapshotTrackingNames.SnapshotSet, second.TrackedSteps.Keys);
        Assert.Contains(TrackingNames.PipelineSet, second.TrackedSteps.Keys);
        AssertAllCached(second, second.TrackedSteps.Keys);
        Assert.All(second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.True(first.GeneratedSources.Length > 10, $"Only {first.GeneratedSources.Length} generated sources.");
        Assert.Equal(first.GeneratedSources.Select(s => s.HintName), second.GeneratedSources.Select(s => s.HintName));
        // The very same texts: nothing was emitted again. (The driver parses them again; an IDE workspace keeps its
        // generated documents when their text is unchanged.)
        Assert.All(first.GeneratedSources.Zip(second.GeneratedSources), pair => Assert.Same(pair.First.SourceText, pair.Second.SourceText));
    }

    [Fact]
    public void PolicyEditRerunsOnlyPolicySteps()
    {
        var inputs = TestInput.Official();
        var cnam = inputs.Single(i => i.Path.EndsWith("cnam.json", StringComparison.Ordinal)).Path;
        var second = GeneratorHarness.RerunAfterEdit(inputs, cnam, "CNAM trust product", "CNAM trust product (edited)");

        AssertAllCached(second, [TrackingNames.Options, TrackingNames.OpenApiDocuments, TrackingNames.OpenApiDocumentSet]);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(second.TrackedSteps[TrackingNames.PolicyDefinitions].SelectMany(s => s.Outputs), o => o.Reason != IncrementalStepRunReason.Cached && o.Reason != IncrementalStepRunReason.Unchanged).Reason);
        Assert.Contains(second.TrackedSteps[TrackingNames.PolicySet].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("CNAM trust product (edited)", second.GeneratedSources.Single(s => s.HintName == "PolicyCatalogEntries.Cnam.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SpecEditRerunsOnlyThatDocument()
    {
        var second = GeneratorHarness.RerunAfterEdit(TestInput.Official(), RepoPaths.TrustHubSpec, "Create a new Trust Product.", "Create a new Trust Product (edited).");

        AssertAllCached(second, [TrackingNames.Options, TrackingNames.PolicyDefinitions, TrackingNames.PolicySet]);
        var documents = second.TrackedSteps[TrackingNames.OpenApiDocuments].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(1, documents.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(documents.Count - 1, documents.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Contains("Create a new Trust Product (edited).", second.GeneratedSources.Single(s => s.HintName == "TrustHub.Clients.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PipelineHoldsNoSymbolsSyntaxJsonElementsOrOpenApiObjects()
    {
        var (_, result, _) = GeneratorHarness.Run(TestInput.Official());
        var steps = result.Results.Single().TrackedSteps;

        Assert.All(AllSteps, name => Assert.True(steps.ContainsKey(name), $"Step {name} was not tracked."));
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var (name, runs) in steps)
        {
            // The driver's own parse options (read for the language version, TH0022) are its input, not the pipeline's model.
            if (name == WellKnownGeneratorInputs.ParseOptions) continue;
            foreach (var output in runs.SelectMany(r => r.Outputs)) Walk(output.Value, name, visited);
        }
        var seen = visited.Select(v => v.GetType().Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "PropertyModel", "OperationModel", "FieldModel", "PolicyDefinition", "AttributeRule" }, seen);
    }

    private static void Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null) return;
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string || value is decimal) return;
        Assert.False(value is ISymbol || value is SyntaxNode || value is Compilation || value is Location || value is SemanticModel || value is JsonElement || value is JsonDocument
            || (type.Namespace?.StartsWith("Microsoft.OpenApi", StringComparison.Ordinal) ?? false),
            $"The pipeline holds a {type.FullName} at {path}.");
        // The input file itself is the driver's (compared by reference); its text is read in the parse step.
        if (value is AdditionalText) return;
        if (!type.IsValueType && !visited.Add(value)) return;
        if (type.IsValueType && !type.IsGenericType && type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true) return;
        if (value is IEnumerable sequence && value is not string)
        {
            var index = 0;
            foreach (var item in sequence) Walk(item, $"{path}[{index++}]", visited);
            if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true) return;
        }
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            Walk(field.GetValue(value), path + "." + field.Name, visited);
    }

    private static void AssertAllCached(GeneratorRunResult result, IEnumerable<string> steps)
    {
        foreach (var name in steps)
        {
            Assert.True(result.TrackedSteps.TryGetValue(name, out var runs), $"Step {name} was not tracked.");
            foreach (var output in runs.SelectMany(r => r.Outputs))
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step {name} reran ({output.Reason}).");
        }
    }
}
