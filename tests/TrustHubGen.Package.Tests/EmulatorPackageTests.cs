using System.Text.RegularExpressions;
using System.Xml.Linq;
using TrustHubGen.Testing;
namespace TrustHubGen.Package.Tests;

/// <summary>
/// Issue 11's proof that users can have the emulator in their own tests: a fresh xunit project that references only the
/// packed TrustHubGen and TrustHubGen.Emulator packages (and Twilio's own C# package) compiles the "In your own tests"
/// examples of docs/emulator.md as they are written (the fixture, the generated SDK's typed pipelines, Twilio's client
/// through the handler, faults and limits) without a warning, and their tests pass against the emulator.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed partial class EmulatorPackageTests(PackedPackageFixture package) : IDisposable
{
    private readonly string _projectDirectory = Directory.CreateTempSubdirectory("trusthubgen-emulator-consumer-").FullName;

    [Fact]
    public async Task A_test_project_uses_the_packed_emulator_as_the_docs_show()
    {
        var examples = DocumentedExamples();
        Assert.True(examples.Count >= 4, $"docs/emulator.md \"In your own tests\" has {examples.Count} C# examples");
        for (var i = 0; i < examples.Count; i++)
        {
            File.WriteAllText(Path.Combine(_projectDirectory, $"DocsExample{i + 1}.cs"), examples[i]);
        }

        var template = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Package.Tests", "EmulatorConsumer", "EmulatorConsumer.csproj.template"));
        File.WriteAllText(Path.Combine(_projectDirectory, "EmulatorConsumer.csproj"), Versions().Aggregate(template.Replace("{TrustHubGenTestVersion}", package.Version), (text, v) => text.Replace($"{{{v.Key}}}", v.Value)));
        File.WriteAllText(Path.Combine(_projectDirectory, "nuget.config"),
            File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Package.Tests", "Consumer", "nuget.config.template")).Replace("$(FEED)", package.FeedDirectory));

        var run = await ProcessRunner.RunAsync("dotnet", ["test", "-c", "Release"], _projectDirectory, TimeSpan.FromMinutes(10),
            new Dictionary<string, string?> { ["TWILIO_ACCOUNT_SID"] = null, ["TWILIO_AUTH_TOKEN"] = null });

        run.EnsureSuccess("building and testing the emulator consumer");
        var facts = examples.Sum(e => Regex.Matches(e, @"\[Fact\]").Count);
        Assert.Matches($@"Passed!\s+-\s+Failed:\s+0, Passed:\s+{facts},", run.Output);
        Assert.DoesNotContain("warning", run.Output, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The C# blocks of docs/emulator.md's "In your own tests" section, in order.</summary>
    private static List<string> DocumentedExamples()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "emulator.md"));
        var start = docs.IndexOf("## In your own tests", StringComparison.Ordinal);
        var end = docs.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return CSharpBlock().Matches(docs[start..end]).Select(m => m.Groups[1].Value).ToList();
    }

    /// <summary>Package versions from Directory.Packages.props, the one place they are written.</summary>
    private static Dictionary<string, string> Versions() =>
        XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    public void Dispose() => Directory.Delete(_projectDirectory, recursive: true);
}
