using TrustHubGen.Testing;
namespace TrustHubGen.Package.Tests;

/// <summary>
/// Packs src/TrustHubGen.Cli (the TrustHubGen.Tool package) into a temporary feed under a version no cache has seen, and
/// installs it with <c>dotnet tool install --tool-path</c> the way a user does, with its own NuGet package folder.
/// </summary>
public sealed class ToolPackageFixture : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("trusthubgen-tool-").FullName;

    public string Version { get; } = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    public string FeedDirectory => Path.Combine(_root, "feed");

    public string ToolDirectory => Path.Combine(_root, "tools");

    public string ToolPath => Path.Combine(ToolDirectory, OperatingSystem.IsWindows() ? "trusthub.exe" : "trusthub");

    /// <summary>A package folder of this fixture's own: nothing stale is served and nothing is left in the user's.</summary>
    public IReadOnlyDictionary<string, string?> ToolEnvironment => new Dictionary<string, string?>
    {
        ["NUGET_PACKAGES"] = Path.Combine(_root, "packages"),
        // The tool must never reach a live account from a test.
        ["TWILIO_ACCOUNT_SID"] = null,
        ["TWILIO_AUTH_TOKEN"] = null,
        ["TWILIO_API_KEY"] = null,
        ["TWILIO_API_SECRET"] = null,
    };

    public async Task InitializeAsync()
    {
        var configuration = typeof(ToolPackageFixture).Assembly.Location.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var project = Path.Combine(RepoPaths.Root, "src", "TrustHubGen.Cli", "TrustHubGen.Cli.csproj");
        (await ProcessRunner.RunAsync("dotnet", ["pack", project, "-c", configuration, "-o", FeedDirectory, $"-p:PackageVersion={Version}", "--nologo"],
            RepoPaths.Root, TimeSpan.FromMinutes(8))).EnsureSuccess("dotnet pack src/TrustHubGen.Cli");
        Assert.True(File.Exists(Path.Combine(FeedDirectory, $"TrustHubGen.Tool.{Version}.nupkg")), $"dotnet pack did not produce TrustHubGen.Tool.{Version}.nupkg in {FeedDirectory}.");
        (await ProcessRunner.RunAsync("dotnet", ["tool", "install", "--tool-path", ToolDirectory, "--add-source", FeedDirectory, "TrustHubGen.Tool", "--version", Version],
            _root, TimeSpan.FromMinutes(5), ToolEnvironment)).EnsureSuccess("dotnet tool install TrustHubGen.Tool");
        Assert.True(File.Exists(ToolPath), $"dotnet tool install did not create {ToolPath}.");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }
}
