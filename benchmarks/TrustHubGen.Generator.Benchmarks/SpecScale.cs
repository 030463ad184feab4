using System.Diagnostics;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using TrustHubGen.Generator.Diagnostics;
using TrustHubGen.Generator.Emit.Refinements;
using TrustHubGen.Generator.Model;
using TrustHubGen.Generator.OpenApi;
using TrustHubGen.Generator.Precompiled;
using TrustHubGen.Policies;
using TrustHubGen.Testing;

namespace TrustHubGen.Generator.Benchmarks;

/// <summary>
/// Where the generator's time and memory go on a large spec (<see cref="SyntheticSpec"/>): each phase of reading one
/// document timed on its own (System.Text.Json, the selection's pruning, Microsoft.OpenApi, our model, the emitters),
/// then the whole generator as the compiler runs it, then compiling its output. Several sizes show whether each phase
/// grows in proportion to the spec.
/// </summary>
internal static class SpecScale
{
    public static void Run(IReadOnlyList<int> resourceCounts, IIncrementalGenerator generator)
    {
        Console.WriteLine("| operations | spec | JSON parse | prune + $ref check | Microsoft.OpenApi parse | model | emit C# | generator run (driver) | C# generated | compile output | allocated (generator run) | peak working set |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var resources in resourceCounts)
        {
            var text = SyntheticSpec.Json(resources);
            const string path = "/specs/synthetic_v1.json";
            GC.Collect();
            var phases = new List<double>();
            var clock = Stopwatch.StartNew();
            double Lap() { var t = clock.Elapsed.TotalSeconds; clock.Restart(); return t; }

            var diagnostics = new List<InputDiagnostic>();
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
            phases.Add(Lap());
            var selection = SpecSelection.Apply(path, text, json.RootElement, new FileSelection(EquatableArray<string>.Empty, EquatableArray<string>.Empty, ""), diagnostics)!;
            phases.Add(Lap());
            var read = OpenApiDocument.Parse(selection.PrunedJson, "json", new OpenApiReaderSettings());
            phases.Add(Lap());
            var model = new ApiModelBuilder(path, read.Document!, selection.SelectedOperations, "", diagnostics).Build();
            phases.Add(Lap());
            var set = SetBuilders.Documents([new ApiDocumentResult(model, EquatableArray<InputDiagnostic>.Empty)]);
            // The generator's own emit step for the spec part (no policy refinements: the synthetic spec names no policy).
            var emitted = SpecSdk.Build(set, SdkRefinements.None, "Bench.Sdk", "public", CancellationToken.None).Files.Sum(f => f.Text.Length);
            phases.Add(Lap());
            if (diagnostics.Any(d => d.Severity == InputSeverity.Error)) throw new InvalidOperationException("The synthetic spec has errors: " + string.Join("\n", diagnostics.Take(5)));

            // The whole generator as the compiler runs it (the phases above again, plus the driver's own work), with the
            // operation limit (TH0018) raised so that it generates what it is measured on.
            var compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText("namespace App { public static class P { } }")],
                [.. Basic.Reference.Assemblies.Net80.References.All, MetadataReference.CreateFromFile(typeof(TrustHubGen.Runtime.TwilioSid).Assembly.Location)],
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var options = new InMemoryOptionsProvider(new Dictionary<string, string> { ["build_property.TrustHubGenNamespace"] = "Bench.Sdk", ["build_property.TrustHubGenMaxOperations"] = "1000000" },
                new Dictionary<string, IReadOnlyDictionary<string, string>> { [path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.TrustHubGenKind"] = "OpenApi" } });
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            clock.Restart();
            var driver = CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], [new InMemoryAdditionalText(path, text)], CSharpParseOptions.Default, options)
                .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
            var generatorRun = Lap();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var generatedBytes = output.SyntaxTrees.Sum(t => (long)t.Length);

            using var pe = new MemoryStream();
            var emit = output.Emit(pe);
            var compile = Lap();
            var errors = emit.Diagnostics.Concat(generatorDiagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0) throw new InvalidOperationException("The output does not compile: " + string.Join("\n", errors.Take(5)));
            GC.KeepAlive(driver);

            Console.WriteLine($"| {resources * SyntheticSpec.OperationsPerResource:N0} | {text.Length / 1048576.0:F1} MB | {string.Join(" | ", phases.Select(p => $"{p:F2} s"))} "
                + $"| {generatorRun:F2} s | {generatedBytes / 1048576.0:F1} MB | {compile:F1} s | {allocated / 1048576.0:F0} MB | {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB |");
        }
    }
}
