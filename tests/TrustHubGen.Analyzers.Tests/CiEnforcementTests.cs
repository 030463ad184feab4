using System.Diagnostics;
using System.Text.Json;

namespace TrustHubGen.Analyzers.Tests;

/// <summary>
/// CI enforcement as a user sees it: a project with TreatWarningsAsErrors fails to build on a seeded mistake, and
/// ErrorLog writes a SARIF file naming the rule and its location.
/// </summary>
public sealed class CiEnforcementTests
{
    [Fact]
    public async Task Seeded_mistake_fails_the_build_and_lands_in_the_sarif_log()
    {
        var sampleDir = Path.Combine(FindTestsSourceDir(), "CiSample");
        var artifacts = Directory.CreateTempSubdirectory("trusthubgen-ci-").FullName;
        var sarif = Path.Combine(artifacts, "build.sarif");
        try
        {
            // %2C keeps MSBuild from splitting the ErrorLog property at its comma; version=2.1 selects SARIF 2.1.
            var (exitCode, output) = await RunAsync("dotnet",
                "build", Path.Combine(sampleDir, "Sample", "Sample.csproj"), "--disable-build-servers", "-nologo",
                "-p:UseSharedCompilation=false", $"-p:CiSampleArtifacts={artifacts}",
                $"-p:TrustHubGenAnalyzerDir={AppContext.BaseDirectory}", $"-p:ErrorLog={sarif}%2Cversion=2.1");

            Assert.True(exitCode != 0, "The build should fail on the seeded mistake:\n" + output);
            Assert.Contains("error TH1001", output);
            Assert.Contains("Onboarding.cs(10,", output);

            using var log = JsonDocument.Parse(await File.ReadAllTextAsync(sarif));
            var result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Single(r => r.GetProperty("ruleId").GetString() == "TH1001");
            Assert.Equal("error", result.GetProperty("level").GetString());
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.EndsWith("Sample/Onboarding.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(10, location.GetProperty("region").GetProperty("startLine").GetInt32());
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }

    private static string FindTestsSourceDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "TrustHubGen.Analyzers.Tests.csproj");
            if (File.Exists(candidate)) return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No TrustHubGen.Analyzers.Tests.csproj above {AppContext.BaseDirectory}.");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test host runs under dotnet test's MSBuild; a child build must pick its own SDK paths.
        foreach (var variable in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly" })
            start.Environment.Remove(variable);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
