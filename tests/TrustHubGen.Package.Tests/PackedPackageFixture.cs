using TrustHubGen.Testing;
namespace TrustHubGen.Package.Tests;

/// <summary>
/// Packs src/TrustHubGen, the TrustHubGen.Twilio bridge, src/TrustHubGen.Emulator, src/TrustHubGen.AspNetCore and
/// src/TrustHubGen.Durable once per test run into a temporary feed, under a version no cache has seen.
/// </summary>
public sealed class PackedPackageFixture : IAsyncLifetime
{
    public string FeedDirectory { get; } = Directory.CreateTempSubdirectory("trusthubgen-feed-").FullName;

    // A fresh prerelease version per run: the global packages folder never serves a stale copy of an earlier pack.
    public string Version { get; } = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    public string PackagePath => Path.Combine(FeedDirectory, $"TrustHubGen.{Version}.nupkg");

    public string BridgePackagePath => Path.Combine(FeedDirectory, $"TrustHubGen.Twilio.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        var configuration = typeof(PackedPackageFixture).Assembly.Location.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var project = Path.Combine(RepoPaths.Root, "src", "TrustHubGen", "TrustHubGen.csproj");
        (await ProcessRunner.RunAsync("dotnet", $"pack \"{project}\" -c {configuration} -o \"{FeedDirectory}\" -p:PackageVersion={Version} --nologo",
            RepoPaths.Root, TimeSpan.FromMinutes(8))).EnsureSuccess("dotnet pack src/TrustHubGen");
        Assert.True(File.Exists(PackagePath), $"dotnet pack did not produce {PackagePath}.");
        var bridge = Path.Combine(RepoPaths.Root, "src", "TrustHubGen.Twilio", "TrustHubGen.Twilio.csproj");
        (await ProcessRunner.RunAsync("dotnet", $"pack \"{bridge}\" -c {configuration} -o \"{FeedDirectory}\" -p:PackageVersion={Version} --nologo",
            RepoPaths.Root, TimeSpan.FromMinutes(8))).EnsureSuccess("dotnet pack src/TrustHubGen.Twilio");
        Assert.True(File.Exists(BridgePackagePath), $"dotnet pack did not produce {BridgePackagePath}.");
        var emulator = Path.Combine(RepoPaths.Root, "src", "TrustHubGen.Emulator", "TrustHubGen.Emulator.csproj");
        var packed = (await ProcessRunner.RunAsync("dotnet", $"pack \"{emulator}\" -c {configuration} -o \"{FeedDirectory}\" -p:PackageVersion={Version} --nologo",
            RepoPaths.Root, TimeSpan.FromMinutes(8))).EnsureSuccess("dotnet pack src/TrustHubGen.Emulator");
        Assert.True(File.Exists(Path.Combine(FeedDirectory, $"TrustHubGen.Emulator.{Version}.nupkg")), $"dotnet pack did not produce TrustHubGen.Emulator.{Version}.nupkg.");
        Assert.DoesNotContain("warning", packed.Output, StringComparison.OrdinalIgnoreCase);
        // The ASP.NET Core callbacks and durable onboarding packages (docs/durable.md compiles against them).
        foreach (var id in new[] { "TrustHubGen.AspNetCore", "TrustHubGen.Durable" })
        {
            var addOn = Path.Combine(RepoPaths.Root, "src", id, id + ".csproj");
            (await ProcessRunner.RunAsync("dotnet", $"pack \"{addOn}\" -c {configuration} -o \"{FeedDirectory}\" -p:PackageVersion={Version} --nologo",
                RepoPaths.Root, TimeSpan.FromMinutes(8))).EnsureSuccess($"dotnet pack src/{id}");
            Assert.True(File.Exists(Path.Combine(FeedDirectory, $"{id}.{Version}.nupkg")), $"dotnet pack did not produce {id}.{Version}.nupkg.");
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(FeedDirectory, recursive: true);
        foreach (var id in new[] { "trusthubgen", "trusthubgen.twilio", "trusthubgen.emulator", "trusthubgen.aspnetcore", "trusthubgen.durable" })
        {
            var cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), id, Version);
            if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true);
        }
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackageFixture>
{
    public const string Name = "packed package";
}
