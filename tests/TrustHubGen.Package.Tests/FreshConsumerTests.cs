using TrustHubGen.Testing;
namespace TrustHubGen.Package.Tests;

/// <summary>
/// The proof that the generator loads in the compiler with its dependencies: a project that references only the packed
/// .nupkg (from a local folder) builds with IsAotCompatible and TreatWarningsAsErrors, and runs code that uses the SDK.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class FreshConsumerTests(PackedPackageFixture package) : IDisposable
{
    private readonly string _projectDirectory = Directory.CreateTempSubdirectory("trusthubgen-consumer-").FullName;

    [Fact]
    public async Task A_fresh_project_builds_against_the_package_and_runs_the_generated_sdk()
    {
        var consumer = Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Package.Tests", "Consumer");
        File.WriteAllText(Path.Combine(_projectDirectory, "Consumer.csproj"),
            File.ReadAllText(Path.Combine(consumer, "Consumer.csproj.template")).Replace("$(TrustHubGenTestVersion)", package.Version));
        File.WriteAllText(Path.Combine(_projectDirectory, "nuget.config"),
            File.ReadAllText(Path.Combine(consumer, "nuget.config.template")).Replace("$(FEED)", package.FeedDirectory));
        File.Copy(Path.Combine(consumer, "Program.cs"), Path.Combine(_projectDirectory, "Program.cs"));
        File.Copy(Path.Combine(consumer, "branded-calling.json"), Path.Combine(_projectDirectory, "branded-calling.json"));

        var run = await ProcessRunner.RunAsync("dotnet", "run -c Release", _projectDirectory, TimeSpan.FromMinutes(8));
        run.EnsureSuccess("building and running the fresh consumer");
        Assert.Contains("SDK OK", run.Output);
        Assert.DoesNotContain("warning", run.Output, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => Directory.Delete(_projectDirectory, recursive: true);
}
