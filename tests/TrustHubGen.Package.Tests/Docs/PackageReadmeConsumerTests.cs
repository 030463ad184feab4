using System.Xml.Linq;
using TrustHubGen.Testing;

namespace TrustHubGen.Package.Tests.Docs;

/// <summary>
/// What NuGet shows a user first is a package's readme. A fresh project that references only that package (no TrustHubGen
/// beside it) restores and compiles the readme's C# (<see cref="DocSnippets"/>) without a warning, so the package brings
/// what its example needs: the generated SDK, the pipelines and the runtime come with it.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackageReadmeConsumerTests(PackedPackageFixture package) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("trusthubgen-readme-consumer-").FullName;

    [Theory]
    [InlineData("TrustHubGen.Twilio")]
    [InlineData("TrustHubGen.Durable")]
    public async Task A_project_referencing_only_the_package_compiles_its_readme(string id)
    {
        var root = RepoPaths.Root;
        var readme = $"src/{id}/README.md";
        var blocks = DocSnippets.ReadPage(readme, File.ReadAllLines(Path.Combine(root, readme)));
        Assert.NotEmpty(blocks);
        var project = DocsConsumer.UserProject([], new XElement("PackageReference", new XAttribute("Include", id), new XAttribute("Version", package.Version)));
        File.WriteAllText(Path.Combine(_directory, "ReadmeConsumer.csproj"), project.ToString());
        File.WriteAllText(Path.Combine(_directory, "nuget.config"),
            File.ReadAllText(Path.Combine(root, "tests", "TrustHubGen.Package.Tests", "Consumer", "nuget.config.template")).Replace("$(FEED)", package.FeedDirectory));
        File.WriteAllText(Path.Combine(_directory, "Examples.cs"), DocSnippets.ToSource(blocks, root));
        File.WriteAllText(Path.Combine(_directory, "Program.cs"), "await DocExamples.RunAsync(args[0], args[1..]);\n");

        var build = await ProcessRunner.RunAsync("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", "-clp:NoSummary"], _directory, TimeSpan.FromMinutes(10));

        Assert.True(build.ExitCode == 0, $"A project referencing only {id} does not build its readme's C#:\n{build.Output}");
        Assert.DoesNotMatch(@"warning [A-Z]+\d+", build.Output);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
