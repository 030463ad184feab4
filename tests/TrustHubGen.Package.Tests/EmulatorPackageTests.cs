using System.Text.RegularExpressions;
using System.Xml.Linq;
using TrustHubGen.Testing;
namespace TrustHubGen.Package.Tests;

/// <summary>
/// Issue 11's proof that users can have the emulator in their own tests: a fresh xunit project that references exactly
/// the packages docs/emulator.md "In your own tests" lists (the packed TrustHubGen ones at the version under test)
/// compiles that section's examples as they are written (the fixture, the generated SDK's typed pipelines, Twilio's
/// client through the handler, faults and limits) without a warning, and their tests pass against the emulator.
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
        var references = string.Join("\n", DocumentedPackageReferences().Select(r => $"    {r}"));
        File.WriteAllText(Path.Combine(_projectDirectory, "EmulatorConsumer.csproj"),
            Versions().Aggregate(template.Replace("{DocumentedPackageReferences}", references), (text, v) => text.Replace($"{{{v.Key}}}", v.Value)));
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
    private static List<string> DocumentedExamples() => CSharpBlock().Matches(OwnTestsSection()).Select(m => m.Groups[1].Value).ToList();

    /// <summary>
    /// The package references of that section's XML block, as a user copies them: TrustHubGen packages at the version under
    /// test, every other package at the version the documentation names, which must be the one the repository tests
    /// (Directory.Packages.props).
    /// </summary>
    private List<string> DocumentedPackageReferences()
    {
        var blocks = XmlBlock().Matches(OwnTestsSection()).Select(m => m.Groups[1].Value).ToList();
        Assert.True(blocks.Count == 1, $"docs/emulator.md \"In your own tests\" has {blocks.Count} XML blocks; one lists the package references");
        var references = XElement.Parse($"<ItemGroup>{blocks[0]}</ItemGroup>").Elements("PackageReference").ToList();
        Assert.NotEmpty(references);
        var versions = Versions();
        foreach (var reference in references)
        {
            var id = (string)reference.Attribute("Include")!;
            if (id.StartsWith("TrustHubGen", StringComparison.Ordinal)) reference.SetAttributeValue("Version", package.Version);
            else Assert.True(versions.TryGetValue(id, out var tested) && tested == (string?)reference.Attribute("Version"),
                $"docs/emulator.md names {id} {(string?)reference.Attribute("Version")}; the repository tests {(tested ?? "no version of it")}");
        }
        return references.Select(r => r.ToString(SaveOptions.DisableFormatting)).ToList();
    }

    private static string OwnTestsSection()
    {
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "emulator.md"));
        var start = docs.IndexOf("## In your own tests", StringComparison.Ordinal);
        var end = docs.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return docs[start..end];
    }

    /// <summary>Package versions from Directory.Packages.props, the one place they are written.</summary>
    private static Dictionary<string, string> Versions() =>
        XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!);

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex("```xml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex XmlBlock();

    public void Dispose() => Directory.Delete(_projectDirectory, recursive: true);
}
