namespace TrustHubGen.Enforcement.Tests;

/// <summary>The sample built once with its seeded mistakes and a SARIF 2.1 error log; several tests read the result.</summary>
public sealed class SeededBuildFixture : IAsyncLifetime
{
    private readonly string outputRoot = Directory.CreateTempSubdirectory("trusthubgen-enforcement-").FullName;

    internal SampleBuildResult Build { get; private set; } = null!;

    internal string SarifPath => Path.Combine(outputRoot, "build.sarif");

    internal IReadOnlyList<SeededMistake> Mistakes { get; } = SeededMistake.ReadAll(Path.Combine(SampleBuild.SampleDir, "Mistakes"));

    public async Task InitializeAsync() =>
        // %2C: a bare comma would split the -p: value into two properties.
        Build = await SampleBuild.RunAsync(outputRoot, "SeedMistakes=true", $"ErrorLog={SarifPath}%2Cversion=2.1");

    public Task DisposeAsync()
    {
        Directory.Delete(outputRoot, recursive: true);
        return Task.CompletedTask;
    }
}
