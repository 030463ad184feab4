using System.Diagnostics;
using System.Text.Json;
using TrustHubGen.Testing;
namespace TrustHubGen.Package.Tests;

/// <summary>The packed TrustHubGen.Tool, installed with <c>dotnet tool install</c>, runs as the <c>trusthub</c> command.</summary>
/// <remarks>In the packed-package collection so the two packs never build the shared projects (Runtime, Policies) at once.</remarks>
[Collection(PackedPackageCollection.Name)]
public sealed class ToolTests(ToolPackageFixture tool) : IClassFixture<ToolPackageFixture>
{
    [Fact]
    public async Task The_installed_tool_prints_help_with_the_commands_and_exit_codes()
    {
        var run = await ProcessRunner.RunAsync(tool.ToolPath, ["--help"], Path.GetTempPath(), TimeSpan.FromMinutes(1), tool.ToolEnvironment);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("onboard", run.Output);
        Assert.Contains("emulator", run.Output);
        Assert.Contains("sync", run.Output);
        Assert.Contains("130", run.Output);
    }

    [Fact]
    public async Task The_installed_tool_onboards_cnam_and_shaken_stir_against_its_emulator_as_json()
    {
        var run = await ProcessRunner.RunAsync(tool.ToolPath, ["onboard", "cnam", "shaken-stir", "--emulator", "--json"], Path.GetTempPath(), TimeSpan.FromMinutes(2), tool.ToolEnvironment);

        Assert.True(run.ExitCode == 0, run.Output);
        // Success writes nothing to stderr, so the whole output is the one JSON document.
        using var json = JsonDocument.Parse(run.Output);
        var result = json.RootElement.GetProperty("result");
        Assert.True(result.GetProperty("succeeded").GetBoolean());
        Assert.Equal(["Cnam", "ShakenStir"], result.GetProperty("products").EnumerateArray().Select(p => p.GetProperty("policy").GetString()));
        Assert.All(result.GetProperty("products").EnumerateArray(), p => Assert.Equal("pending-review", p.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task The_installed_tool_without_credentials_exits_3()
    {
        var run = await ProcessRunner.RunAsync(tool.ToolPath, ["onboard", "cnam", "--all-numbers", "--display-name", "Owl Industries", "--email", "a@b.example"], Path.GetTempPath(), TimeSpan.FromMinutes(1), tool.ToolEnvironment);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("TWILIO_ACCOUNT_SID", run.Output);
    }

    [Fact]
    public async Task The_installed_emulator_command_stops_cleanly_on_sigterm()
    {
        if (OperatingSystem.IsWindows()) return; // SIGTERM is a POSIX signal; Windows stops it with Ctrl+C instead.
        var info = new ProcessStartInfo(tool.ToolPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "emulator", "--port", "0" }) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync(timeout.Token)) is not null && !line.StartsWith("Press Ctrl+C", StringComparison.Ordinal)) { }
            Assert.NotNull(line);

            // The same signal a service manager sends; the program's handler cancels and the emulator shuts down.
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync(timeout.Token);
            var rest = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);

            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopped.", rest);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
