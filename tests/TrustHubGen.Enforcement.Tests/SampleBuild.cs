using System.Diagnostics;
using System.Reflection;

namespace TrustHubGen.Enforcement.Tests;

/// <summary>One <c>dotnet build</c> of samples/AnalyzerEnforcement into its own temporary obj/ and bin/.</summary>
internal sealed record SampleBuildResult(int ExitCode, string Output, string OutputRoot);

internal static class SampleBuild
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string RepoRoot { get; } = FindRepoRoot();

    // The configuration this test project was built in: the sample's references were built in the same one.
    private static readonly string Configuration =
        typeof(SampleBuild).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string SampleDir => Path.Combine(RepoRoot, "samples", "AnalyzerEnforcement");

    /// <summary>Builds the sample; the referenced projects were built with this test project, so only the sample compiles.</summary>
    public static async Task<SampleBuildResult> RunAsync(string outputRoot, params string[] properties)
    {
        var arguments = new List<string>
        {
            "build", Path.Combine(SampleDir, "AnalyzerEnforcement.csproj"), "-c", Configuration, "-nologo", "-v:q", "--disable-build-servers",
            "-p:BuildProjectReferences=false", "-p:UseSharedCompilation=false", "-p:TreatWarningsAsErrors=true",
            $"-p:EnforcementOutputRoot={outputRoot}",
        };
        arguments.AddRange(properties.Select(p => "-p:" + p));
        var (exitCode, output) = await RunProcessAsync("dotnet", arguments);
        return new SampleBuildResult(exitCode, output, outputRoot);
    }

    private static async Task<(int ExitCode, string Output)> RunProcessAsync(string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoRoot,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test host runs under dotnet test's MSBuild: a child build must resolve its own SDK, and leave no nodes behind.
        foreach (var variable in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
            start.Environment.Remove(variable);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {Timeout}.\n{await stdout}{await stderr}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TrustHubGen.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No TrustHubGen.sln in any folder above {AppContext.BaseDirectory}.");
    }
}
