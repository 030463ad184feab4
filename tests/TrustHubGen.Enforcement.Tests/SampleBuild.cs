using System.Reflection;
using TrustHubGen.Testing;

namespace TrustHubGen.Enforcement.Tests;

/// <summary>One <c>dotnet build</c> of samples/AnalyzerEnforcement into its own temporary obj/ and bin/.</summary>
internal sealed record SampleBuildResult(int ExitCode, string Output, string OutputRoot);

internal static class SampleBuild
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string RepoRoot => RepoPaths.Root;

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
        var result = await ProcessRunner.RunAsync("dotnet", arguments, RepoRoot, Timeout);
        return new SampleBuildResult(result.ExitCode, result.Output, outputRoot);
    }
}
