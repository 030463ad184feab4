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
        var run = await ProcessRunner.RunAsync(tool.ToolPath, ["onboard", "cnam", "--all-numbers", "--email", "a@b.example"], Path.GetTempPath(), TimeSpan.FromMinutes(1), tool.ToolEnvironment);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("TWILIO_ACCOUNT_SID", run.Output);
    }
}
