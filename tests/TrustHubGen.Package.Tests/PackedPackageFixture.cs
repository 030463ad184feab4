using TrustHubGen.Testing;
namespace TrustHubGen.Package.Tests;

/// <summary>
/// Packs src/TrustHubGen, the TrustHubGen.Twilio bridge, src/TrustHubGen.Emulator, src/TrustHubGen.AspNetCore and
/// src/TrustHubGen.Durable once per test run into a temporary feed, under a version no cache has seen.
/// </summary>
public sealed class PackedPackageFixture : IAsyncLifetime
{
    private PackedPackage? _packed;

    private PackedPackage Packed => _packed ?? throw new InvalidOperationException("The packages are packed in InitializeAsync.");

    public string FeedDirectory => Packed.FeedDirectory;

    public string Version => Packed.Version;

    public string PackagePath => Packed.PackagePath("TrustHubGen");

    public string BridgePackagePath => Packed.PackagePath("TrustHubGen.Twilio");

    public async Task InitializeAsync() =>
        _packed = await PackedPackage.PackAsync("test", "TrustHubGen.Twilio", "TrustHubGen.Emulator", "TrustHubGen.AspNetCore", "TrustHubGen.Durable");

    public Task DisposeAsync()
    {
        _packed?.Delete();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackageFixture>
{
    public const string Name = "packed package";
}
