using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Generator.Tests.Infrastructure;
using TrustHubGen.Testing;

namespace TrustHubGen.Generator.Tests;

/// <summary>
/// TrustHubGenMaxOperations: a document that selects more operations than the limit is TH0018 at its paths and
/// generates nothing, before Microsoft.OpenApi reads it (docs/benchmarks.md, "Large OpenAPI documents").
/// </summary>
public sealed class OperationLimitTests
{
    private const string Path = "/specs/synthetic_v1.json";

    // 3 resources, 5 operations each.
    private static readonly string Spec = SyntheticSpec.Json(3);

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(string? maxOperations, string? operations = null)
    {
        var input = new TestInput(Path, Spec, "OpenApi", operations);
        var global = new Dictionary<string, string>();
        if (maxOperations is not null) global["build_property.TrustHubGenMaxOperations"] = maxOperations;
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new TrustHubGenerator().AsSourceGenerator()], [new InMemoryAdditionalText(Path, Spec)], GeneratorHarness.ParseOptions,
            new TestOptionsProvider(global, new Dictionary<string, IReadOnlyDictionary<string, string>> { [Path] = input.Metadata() }));
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation("namespace Consumer { internal static class Empty { } }"), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    [Fact]
    public void More_selected_operations_than_the_limit_is_TH0018_at_paths_and_nothing_is_generated()
    {
        var (result, output) = Run("14");

        var d = Assert.Single(GeneratorHarness.Problems(result, output));
        Assert.Equal(("TH0018", DiagnosticSeverity.Error, Path), (d.Id, d.Severity, d.Location.GetLineSpan().Path));
        Assert.Equal((0, Spec.IndexOf("\"paths\"", StringComparison.Ordinal)), (d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Equal(
            "synthetic_v1.json selects 15 operations; TrustHubGen generates at most 14 from one document (TrustHubGenMaxOperations), because each adds about 4 KB of C# "
            + "that every build compiles. Select the operations you call with TrustHubGenOperations or TrustHubGenPaths on this AdditionalFiles item, "
            + "or raise TrustHubGenMaxOperations. Nothing is generated from it.",
            d.GetMessage());
        Assert.Empty(result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void The_limit_counts_the_selected_operations_and_includes_the_limit_itself()
    {
        var (selected, selectedOutput) = Run("5", operations: "ListWidget0,CreateWidget0,FetchWidget0,UpdateWidget0,DeleteWidget0");
        var (whole, wholeOutput) = Run("15");

        Assert.Empty(GeneratorHarness.Problems(selected, selectedOutput));
        Assert.Empty(GeneratorHarness.Problems(whole, wholeOutput));
        Assert.Contains(whole.Results.Single().GeneratedSources, s => s.SourceText.ToString().Contains("Widget2", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_limit_is_1000_operations()
    {
        var (result, _) = Run(null);

        Assert.Equal(1000, TrustHubGen.Generator.Input.InputClassifier.DefaultMaxOperations);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TH0018");
    }

    [Theory]
    [InlineData("many")]
    [InlineData("0")]
    [InlineData("-5")]
    public void An_invalid_limit_is_TH0019_and_the_default_applies(string value)
    {
        var (result, output) = Run(value);

        var d = Assert.Single(GeneratorHarness.Problems(result, output));
        Assert.Equal(("TH0019", DiagnosticSeverity.Error), (d.Id, d.Severity));
        Assert.Equal($"TrustHubGenMaxOperations '{value}' is not a whole number of operations greater than 0; the limit stays 1000.", d.GetMessage());
        Assert.NotEmpty(result.Results.Single().GeneratedSources);
    }
}
