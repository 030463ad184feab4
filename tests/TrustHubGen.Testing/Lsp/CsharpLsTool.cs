using System.Diagnostics;

namespace TrustHubGen.Testing.Lsp;

/// <summary>
/// csharp-ls as pinned in the repository's dotnet tool manifest (<c>.config/dotnet-tools.json</c>): restored once per
/// process with <c>dotnet tool restore</c>, started with <c>dotnet tool run csharp-ls</c> from the repository root.
/// </summary>
public static class CsharpLsTool
{
    private static readonly SemaphoreSlim RestoreGate = new(1, 1);
    private static bool _restored;

    public static async Task<ProcessStartInfo> StartInfoAsync()
    {
        await RestoreGate.WaitAsync();
        try
        {
            if (!_restored)
            {
                (await ProcessRunner.RunAsync("dotnet", "tool restore", RepoPaths.Root, TimeSpan.FromMinutes(5))).EnsureSuccess("dotnet tool restore (csharp-ls)");
                _restored = true;
            }
        }
        finally
        {
            RestoreGate.Release();
        }

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.Root };
        foreach (var argument in new[] { "tool", "run", "csharp-ls", "--", "--loglevel", "info", "--locale", "en-US" }) start.ArgumentList.Add(argument);
        // The server loads projects with MSBuild: it must find the SDK itself, not inherit the test host's MSBuild state.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "DOTNET_HOST_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" }) start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en-US";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        return start;
    }
}
