using System.Xml.Linq;
using TrustHubGen.Testing;

namespace TrustHubGen.Package.Tests;

/// <summary>
/// The package's supported floors, proven by building consumers of the packed package: the lowest compiler it claims
/// (Roslyn 4.14, the lowest Microsoft.Net.Compilers.Toolset the feed serves) runs the generator and the analyzers, and
/// an unsupported target framework fails once, clearly, naming the supported ones.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class RoslynFloorTests(PackedPackageFixture package) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("trusthubgen-floor-").FullName;

    [Fact]
    public async Task A_consumer_compiled_by_roslyn_4_14_runs_the_generator_and_the_analyzers()
    {
        var consumer = Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Package.Tests", "Consumer");
        var project = XDocument.Parse(File.ReadAllText(Path.Combine(consumer, "Consumer.csproj.template")).Replace("$(TrustHubGenTestVersion)", package.Version));
        // RoslynCompilerType=Custom: the SDK uses the compiler of the Toolset package, not its own newer one.
        project.Root!.Element("PropertyGroup")!.Add(new XElement("RoslynCompilerType", "Custom"));
        project.Root.Add(new XElement("ItemGroup", new XElement("PackageReference",
            new XAttribute("Include", "Microsoft.Net.Compilers.Toolset"), new XAttribute("Version", "4.14.0"), new XAttribute("PrivateAssets", "all"))));
        project.Save(Path.Combine(_directory, "Consumer.csproj"));
        WriteNugetConfig();
        File.Copy(Path.Combine(consumer, "Program.cs"), Path.Combine(_directory, "Program.cs"));
        File.Copy(Path.Combine(consumer, "branded-calling.json"), Path.Combine(_directory, "branded-calling.json"));
        // A placeholder SID the analyzers must flag with the 4.14 compiler too (TH1005 is an error by default; a warning here,
        // so the same build also proves the generated SDK runs).
        File.WriteAllText(Path.Combine(_directory, ".editorconfig"), "root = true\n[*.cs]\ndotnet_diagnostic.TH1005.severity = warning\n");
        File.WriteAllText(Path.Combine(_directory, "Placeholder.cs"), """
            static class Placeholder
            {
                public static Consumer.TrustHub.PhoneNumberSid Number => Consumer.TrustHub.PhoneNumberSid.Parse("YOUR_PHONE_NUMBER_SID");
            }
            """);

        var build = await ProcessRunner.RunAsync("dotnet", ["build", "-c", "Release", "--nologo", "-v", "n", "-p:TreatWarningsAsErrors=false"], _directory, TimeSpan.FromMinutes(10));

        Assert.True(build.ExitCode == 0, build.Output);
        // The compiler that ran is the Toolset package's 4.14.0 (its csc.dll path is on the Csc task's command line).
        Assert.Contains("microsoft.net.compilers.toolset/4.14.0", build.Output.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("warning TH1005", build.Output);
        var run = await ProcessRunner.RunAsync("dotnet", [Path.Combine(_directory, "bin", "Release", "net10.0", "Consumer.dll")], _directory, TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("SDK OK", run.Output);
    }

    [Theory]
    [InlineData("netstandard2.0")]
    [InlineData("net472")]
    public async Task An_unsupported_target_fails_once_naming_the_supported_ones(string targetFramework)
    {
        File.WriteAllText(Path.Combine(_directory, "Library.csproj"), new XElement("Project", new XAttribute("Sdk", "Microsoft.NET.Sdk"),
            new XElement("PropertyGroup", new XElement("TargetFramework", targetFramework), new XElement("LangVersion", "latest")),
            new XElement("ItemGroup", new XElement("PackageReference", new XAttribute("Include", "TrustHubGen"), new XAttribute("Version", package.Version)))).ToString());
        WriteNugetConfig();
        File.WriteAllText(Path.Combine(_directory, "Library.cs"), "namespace Library { public static class Marker { } }\n");

        var build = await ProcessRunner.RunAsync("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", "-clp:NoSummary"], _directory, TimeSpan.FromMinutes(5));

        Assert.NotEqual(0, build.ExitCode);
        // -v q prints an error where it happens and again at the end: count distinct ones.
        var errors = build.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct().ToList();
        var error = Assert.Single(errors);
        Assert.Contains("error TH0090: TrustHubGen supports net8.0 and later target frameworks (net8.0, net9.0, net10.0)", error);
        Assert.Contains($"This project targets {targetFramework}", error);
    }

    private void WriteNugetConfig() => File.WriteAllText(Path.Combine(_directory, "nuget.config"),
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Package.Tests", "Consumer", "nuget.config.template")).Replace("$(FEED)", package.FeedDirectory));

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
