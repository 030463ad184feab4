using TrustHubGen.Testing;
using System.IO.Compression;
using System.Xml.Linq;

namespace TrustHubGen.Package.Tests;

[Collection(PackedPackageCollection.Name)]
public sealed class PackageLayoutTests(PackedPackageFixture package)
{
    [Theory]
    [InlineData("analyzers/dotnet/cs/TrustHubGen.Generator.dll")]
    [InlineData("analyzers/dotnet/cs/TrustHubGen.Policies.dll")]
    [InlineData("analyzers/dotnet/cs/TrustHubGen.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/TrustHubGen.CodeFixes.dll")]
    [InlineData("analyzers/dotnet/cs/Microsoft.OpenApi.dll")]
    [InlineData("analyzers/dotnet/cs/System.Text.Json.dll")]
    [InlineData("analyzers/dotnet/cs/System.Memory.dll")]
    [InlineData("analyzers/dotnet/cs/Microsoft.Bcl.AsyncInterfaces.dll")]
    [InlineData("lib/net8.0/TrustHubGen.Runtime.dll")]
    [InlineData("lib/net8.0/TrustHubGen.Runtime.xml")]
    [InlineData("lib/net8.0/TrustHubGen.Sdk.dll")]
    [InlineData("lib/net8.0/TrustHubGen.Sdk.xml")]
    [InlineData("lib/net8.0/TrustHubGen.Sdk.DefaultPolicies.dll")]
    [InlineData("lib/net8.0/TrustHubGen.Sdk.DefaultPolicies.xml")]
    [InlineData("lib/net8.0/TrustHubGen.Sdk.PolicyCatalog.dll")]
    [InlineData("lib/net8.0/TrustHubGen.Sdk.PolicyCatalog.xml")]
    [InlineData("buildTransitive/TrustHubGen.props")]
    [InlineData("buildTransitive/TrustHubGen.targets")]
    [InlineData("specs/twilio_trusthub_v1.json")]
    [InlineData("specs/twilio_api_v2010.json")]
    [InlineData("policies/cnam.json")]
    [InlineData("policies/shaken-stir.json")]
    public void Package_carries(string entry)
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        Assert.Contains(entry, zip.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void Compiler_side_assemblies_are_not_package_dependencies_and_roslyn_is_not_packed()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var ids = XDocument.Load(nuspecStream).Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).ToList();
        Assert.Contains("Polly.Core", ids);
        Assert.DoesNotContain("Microsoft.OpenApi", ids);
        Assert.DoesNotContain("System.Text.Json", ids);
    }

    /// <summary>
    /// A companion package's code calls TrustHubGen's runtime, which only the TrustHubGen package carries: it depends on
    /// TrustHubGen (Durable through AspNetCore) at its own version, excluding nothing, so a user who installs it alone gets
    /// the runtime, the SDK, the generator and the analyzers.
    /// </summary>
    [Theory]
    [InlineData("TrustHubGen.Twilio", "TrustHubGen")]
    [InlineData("TrustHubGen.AspNetCore", "TrustHubGen")]
    [InlineData("TrustHubGen.Durable", "TrustHubGen.AspNetCore")]
    public void A_companion_package_depends_on_trusthubgen_whole(string id, string dependency)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(package.FeedDirectory, $"{id}.{package.Version}.nupkg"));
        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var found = XDocument.Load(nuspecStream).Descendants().Where(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == dependency).ToList();
        var declared = Assert.Single(found);
        Assert.Equal(package.Version, (string?)declared.Attribute("version"));
        Assert.Null(declared.Attribute("exclude"));
    }

    [Fact]
    public void Packaged_spec_is_the_pinned_official_one()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var stream = zip.GetEntry("specs/twilio_trusthub_v1.json")!.Open();
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
        var pinned = File.ReadAllLines(Path.Combine(RepoPaths.Root, "specs", "official.lock")).Single(l => l.Contains("twilio_trusthub_v1.json"));
        Assert.EndsWith(hash, pinned);
    }
}
