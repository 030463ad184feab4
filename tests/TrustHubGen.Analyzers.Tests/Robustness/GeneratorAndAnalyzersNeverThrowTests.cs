using TrustHubGen.Analyzers.Tests.Infrastructure;
using RepoPaths = TrustHubGen.Testing.RepoPaths;

namespace TrustHubGen.Analyzers.Tests.Robustness;

/// <summary>
/// The other half of "never throw": the generator (on Twilio's official spec, the shipped policies, a snapshot and
/// mutated copies of them) and every analyzer, over one corpus of generated and mutated sources on both surfaces,
/// raise no generator failure (CS8784/CS8785, a run exception) and no analyzer exception (AD0001).
/// </summary>
public sealed class GeneratorAndAnalyzersNeverThrowTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public async Task Generator_and_analyzers_survive_mutated_sources_and_inputs(int seed)
    {
        var random = new Random(seed);
        var inputs = Inputs(random);
        var sources = CorpusGenerator.Generate(count: 60, seed).Concat(SdkCorpusGenerator.Generate(count: 60, seed)).ToList();
        var compilation = AnalyzerRunner.Compile(sources);
        var options = TestConfigOptionsProvider.Create(inputs);

        var (result, output, generatorDiagnostics) = GeneratorRun.Run(compilation, options);

        var failures = result.Results.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString())
            .Concat(generatorDiagnostics.Where(d => d.Id is "CS8784" or "CS8785").Select(d => d.ToString())).ToList();
        Assert.True(failures.Count == 0, "The generator failed:\n" + string.Join("\n", failures));
        // Not vacuous: the generator produced the SDK and reported the broken inputs, the analyzers found mistakes.
        Assert.NotEmpty(result.GeneratedTrees);
        Assert.Contains(result.Diagnostics, d => d.Id.StartsWith("TH0", StringComparison.Ordinal));

        var diagnostics = await AnalyzerRunner.RunAsync(output, options, requireCleanCompile: false);
        Assert.Contains(diagnostics, d => d.Id.StartsWith("TH1", StringComparison.Ordinal));
    }

    /// <summary>The package's default inputs, then mutated copies of every policy file, of the spec and of the example snapshot.</summary>
    private static List<TestAdditionalFile> Inputs(Random random)
    {
        var inputs = GeneratorRun.OfficialInputs();
        foreach (var policy in GeneratorRun.PolicyFiles())
            inputs.Add(TestAdditionalFile.Policy(policy.Replace(".json", ".mutated.json", StringComparison.Ordinal), Mutations.Apply(random, File.ReadAllText(policy))));
        var snapshot = File.ReadAllText(Path.Combine(RepoPaths.Root, "specs", "snapshot", "example.snapshot.json"));
        for (var i = 0; i < 3; i++)
            inputs.Add(TestAdditionalFile.Snapshot($"/snapshots/mutated{i}.snapshot.json", Mutations.Apply(random, snapshot)));
        var trustHub = File.ReadAllText(RepoPaths.TrustHubSpec);
        inputs.Add(GeneratorRun.OpenApi("/specs/truncated_trusthub.json", trustHub[..random.Next(trustHub.Length / 4, trustHub.Length / 2)]));
        return inputs;
    }
}
