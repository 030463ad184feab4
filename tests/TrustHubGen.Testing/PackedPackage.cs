namespace TrustHubGen.Testing;

/// <summary>
/// src/TrustHubGen (and any of its companion packages) packed into a temporary folder feed under a version no package cache has seen, so a project
/// restored against it gets exactly this build. Deleted (feed and cached copy) by <see cref="Delete"/>.
/// </summary>
public sealed class PackedPackage
{
    private PackedPackage(string feedDirectory, string version)
    {
        FeedDirectory = feedDirectory;
        Version = version;
    }

    public string FeedDirectory { get; }

    public string Version { get; }

    /// <summary>A nuget.config that finds this package in its feed and everything else where the machine's NuGet does.</summary>
    public string NuGetConfig => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="trusthubgen-under-test" value="{FeedDirectory}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """;

    /// <summary>The nuget.config of a project that does not use the package under test (the machine's sources only).</summary>
    public const string PublicOnlyNuGetConfig = """
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """;

    /// <summary>The package IDs packed into this feed (each is a project src/ID/ID.csproj).</summary>
    public IReadOnlyList<string> PackageIds { get; private init; } = ["TrustHubGen"];

    /// <summary>The .nupkg of one of <see cref="PackageIds"/>.</summary>
    public string PackagePath(string id) => Path.Combine(FeedDirectory, $"{id}.{Version}.nupkg");

    /// <summary>
    /// Packs src/TrustHubGen, and each further package named (src/ID/ID.csproj), in the configuration the calling
    /// assembly was built in (Release or Debug). A pack that warns fails: a warning at pack time is one users meet.
    /// </summary>
    public static async Task<PackedPackage> PackAsync(string purpose, params string[] morePackageIds)
    {
        var feed = Directory.CreateTempSubdirectory($"trusthubgen-{purpose}-feed-").FullName;
        var version = $"0.1.0-{purpose}.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var packed = new PackedPackage(feed, version) { PackageIds = ["TrustHubGen", .. morePackageIds] };
        foreach (var id in packed.PackageIds)
        {
            var project = Path.Combine(RepoPaths.Root, "src", id, id + ".csproj");
            var result = (await ProcessRunner.RunAsync("dotnet", ["pack", project, "-c", configuration, "-o", feed, $"-p:PackageVersion={version}", "--nologo"],
                RepoPaths.Root, TimeSpan.FromMinutes(10))).EnsureSuccess($"dotnet pack src/{id}");
            if (!File.Exists(packed.PackagePath(id))) throw new InvalidOperationException($"dotnet pack did not produce {packed.PackagePath(id)}.");
            if (result.Output.Contains("warning", StringComparison.OrdinalIgnoreCase)) throw new InvalidOperationException($"dotnet pack src/{id} warned:\n{result.Output}");
        }

        return packed;
    }

    /// <summary>A package packed earlier into <paramref name="feedDirectory"/> (kept: <see cref="Delete"/> is not for it).</summary>
    public static PackedPackage Existing(string feedDirectory, string version) =>
        File.Exists(Path.Combine(feedDirectory, $"TrustHubGen.{version}.nupkg")) ? new PackedPackage(feedDirectory, version)
            : throw new FileNotFoundException($"No TrustHubGen.{version}.nupkg in {feedDirectory}.");

    public void Delete()
    {
        if (Directory.Exists(FeedDirectory)) Directory.Delete(FeedDirectory, recursive: true);
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in PackageIds)
        {
            var cached = Path.Combine(packages, id.ToLowerInvariant(), Version);
            if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true);
        }
    }
}
