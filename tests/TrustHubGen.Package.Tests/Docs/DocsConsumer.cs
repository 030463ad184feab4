using System.Xml.Linq;
using TrustHubGen.Testing;

namespace TrustHubGen.Package.Tests.Docs;

/// <summary>
/// A fresh project holding every C# block of the docs (<see cref="DocSnippets"/>), built once against the packed
/// TrustHubGen, TrustHubGen.Twilio, TrustHubGen.Emulator and TrustHubGen.Durable (with TrustHubGen.AspNetCore) packages
/// the way a user builds: ImplicitUsings, Nullable and TreatWarningsAsErrors on, so an analyzer finding or a warning in a
/// doc fails too.
/// </summary>
public sealed class DocsConsumer
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static DocsConsumer? _built;

    private DocsConsumer(string directory, ProcessResult build)
    {
        Directory = directory;
        Build = build;
    }

    public string Directory { get; }

    public ProcessResult Build { get; }

    public string Dll => Path.Combine(Directory, "bin", "Release", "net10.0", "DocsConsumer.dll");

    public static async Task<DocsConsumer> BuildAsync(PackedPackageFixture package)
    {
        await Gate.WaitAsync();
        try
        {
            return _built ??= await CreateAsync(package);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<DocsConsumer> CreateAsync(PackedPackageFixture package)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("trusthubgen-docs-").FullName;
        // Built once per test process and shared by the tests: removed when the process ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { System.IO.Directory.Delete(directory, recursive: true); } catch (IOException) { } };
        var root = RepoPaths.Root;
        File.WriteAllText(Path.Combine(directory, "DocsConsumer.csproj"), Project(package.Version, root).ToString());
        File.WriteAllText(Path.Combine(directory, "nuget.config"),
            File.ReadAllText(Path.Combine(root, "tests", "TrustHubGen.Package.Tests", "Consumer", "nuget.config.template")).Replace("$(FEED)", package.FeedDirectory));
        File.WriteAllText(Path.Combine(directory, "Examples.cs"), DocSnippets.ToSource(DocSnippets.Read(root), root));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "await DocExamples.RunAsync(args[0], args[1..]);\n");
        // What the pages assume: docs/pipelines.md adds a Branded Calling policy file, docs/snapshot.md shows the handles
        // of the example snapshot.
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "Policies"));
        File.Copy(Path.Combine(root, "tests", "TrustHubGen.Pipelines.Tests", "Policies", "branded-calling.json"), Path.Combine(directory, "Policies", "branded-calling.json"));
        File.Copy(Path.Combine(root, "specs", "snapshot", "example.snapshot.json"), Path.Combine(directory, "trusthub.snapshot.json"));
        var build = await ProcessRunner.RunAsync("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", "-clp:NoSummary"], directory, TimeSpan.FromMinutes(10));
        return new DocsConsumer(directory, build);
    }

    private static XElement Project(string version, string root)
    {
        // xunit for docs/emulator.md's test examples, at the version the repository's tests use.
        var xunit = XDocument.Load(Path.Combine(root, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(e => (string?)e.Attribute("Include") == "xunit").Attribute("Version")!.Value;
        return UserProject([new XElement("TrustHubGenSnapshotMaxAgeDays", "0")],
            new XElement("PackageReference", new XAttribute("Include", "TrustHubGen"), new XAttribute("Version", version)),
            new XElement("PackageReference", new XAttribute("Include", "TrustHubGen.Twilio"), new XAttribute("Version", version)),
            new XElement("PackageReference", new XAttribute("Include", "TrustHubGen.Emulator"), new XAttribute("Version", version)),
            new XElement("PackageReference", new XAttribute("Include", "TrustHubGen.Durable"), new XAttribute("Version", version)),
            new XElement("PackageReference", new XAttribute("Include", "xunit"), new XAttribute("Version", xunit)),
            new XElement("AdditionalFiles", new XAttribute("Include", "Policies/branded-calling.json"), new XAttribute("TrustHubGenKind", "Policy")));
    }

    /// <summary>
    /// A console project the way a user sets one up (<c>dotnet new console</c>: Nullable and ImplicitUsings on), with
    /// warnings as errors so a warning in a doc fails too; <paramref name="properties"/> and <paramref name="items"/> added.
    /// </summary>
    public static XElement UserProject(IEnumerable<XElement> properties, params XElement[] items) =>
        new("Project", new XAttribute("Sdk", "Microsoft.NET.Sdk"),
            new XElement("PropertyGroup",
                new XElement("OutputType", "Exe"),
                new XElement("TargetFramework", "net10.0"),
                new XElement("Nullable", "enable"),
                new XElement("ImplicitUsings", "enable"),
                new XElement("TreatWarningsAsErrors", "true"),
                properties),
            new XElement("ItemGroup", items));
}
