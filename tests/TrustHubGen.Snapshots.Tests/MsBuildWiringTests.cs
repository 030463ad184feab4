using System.Text.Json;
using TrustHubGen.Testing;

namespace TrustHubGen.Snapshots.Tests;

/// <summary>
/// The package's buildTransitive props/targets, evaluated by MSBuild in a scratch project: which file becomes the
/// snapshot item, the properties the generator sees, and the missing-file error. (What the generator makes of the
/// item is tested in TrustHubGen.Generator.Tests/Snapshots.)
/// </summary>
public sealed class MsBuildWiringTests : IDisposable
{
    private static readonly string BuildTransitive = Path.Combine(RepoPaths.Root, "src", "TrustHubGen", "buildTransitive");
    private readonly string _dir = Directory.CreateTempSubdirectory("trusthub-snapshot-wiring-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_default_file_is_the_snapshot_when_present_and_nothing_when_absent()
    {
        WriteProject();
        Assert.Empty(await SnapshotItemsAsync());

        File.WriteAllText(Path.Combine(_dir, "trusthub.snapshot.json"), "{}");

        var item = Assert.Single(await SnapshotItemsAsync());
        Assert.Equal(Path.Combine(_dir, "trusthub.snapshot.json"), item);
    }

    [Fact]
    public async Task TrustHubGenSnapshot_names_another_file_or_false_turns_it_off()
    {
        WriteProject();
        File.WriteAllText(Path.Combine(_dir, "trusthub.snapshot.json"), "{}");
        Directory.CreateDirectory(Path.Combine(_dir, "config"));
        File.WriteAllText(Path.Combine(_dir, "config", "prod.json"), "{}");

        Assert.Equal([Path.Combine(_dir, "config", "prod.json")], await SnapshotItemsAsync("-p:TrustHubGenSnapshot=config/prod.json"));
        Assert.Empty(await SnapshotItemsAsync("-p:TrustHubGenSnapshot=false"));
    }

    [Fact]
    public async Task A_file_the_project_marks_itself_replaces_the_default()
    {
        WriteProject("""<ItemGroup><AdditionalFiles Include="mine.json" TrustHubGenKind="Snapshot" /></ItemGroup>""");
        File.WriteAllText(Path.Combine(_dir, "trusthub.snapshot.json"), "{}");

        Assert.Equal(["mine.json"], await SnapshotItemsAsync());
    }

    [Fact]
    public async Task The_generator_sees_max_age_and_todays_utc_date()
    {
        WriteProject();
        File.WriteAllText(Path.Combine(_dir, "trusthub.snapshot.json"), "{}");
        var before = DateTime.UtcNow.ToString("yyyy-MM-dd");

        using var json = await EvaluateAsync("-getProperty:TrustHubGenSnapshotToday", "-getProperty:TrustHubGenSnapshotMaxAgeDays", "-getItem:CompilerVisibleProperty");

        var after = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var properties = json.RootElement.GetProperty("Properties");
        Assert.Contains(properties.GetProperty("TrustHubGenSnapshotToday").GetString(), new[] { before, after });
        Assert.Equal("30", properties.GetProperty("TrustHubGenSnapshotMaxAgeDays").GetString());
        var visible = json.RootElement.GetProperty("Items").GetProperty("CompilerVisibleProperty").EnumerateArray().Select(i => i.GetProperty("Identity").GetString()).ToList();
        Assert.Contains("TrustHubGenSnapshotToday", visible);
        Assert.Contains("TrustHubGenSnapshotMaxAgeDays", visible);
    }

    [Fact]
    public async Task Without_a_snapshot_the_compiler_does_not_see_the_date_so_a_new_day_recompiles_nothing()
    {
        WriteProject();

        using var json = await EvaluateAsync("-getItem:CompilerVisibleProperty");

        var visible = json.RootElement.GetProperty("Items").GetProperty("CompilerVisibleProperty").EnumerateArray().Select(i => i.GetProperty("Identity").GetString()).ToList();
        Assert.DoesNotContain("TrustHubGenSnapshotToday", visible);
        Assert.Contains("TrustHubGenNamespace", visible);
    }

    [Fact]
    public async Task A_named_file_that_does_not_exist_fails_the_build_with_TH0218()
    {
        WriteProject();

        var result = await RunMsBuildAsync("-t:TrustHubGenCheckSnapshot", "-p:TrustHubGenSnapshot=missing.json");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error TH0218", result.Output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_dir, "missing.json"), result.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await RunMsBuildAsync("-t:TrustHubGenCheckSnapshot")).ExitCode);
    }

    private void WriteProject(string extra = "") => File.WriteAllText(Path.Combine(_dir, "Consumer.csproj"), $$"""
        <Project Sdk="Microsoft.NET.Sdk">
          <Import Project="{{Path.Combine(BuildTransitive, "TrustHubGen.props")}}" />
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <TrustHubGenUseDefaultSpecs>false</TrustHubGenUseDefaultSpecs>
            <TrustHubGenUseDefaultPolicies>false</TrustHubGenUseDefaultPolicies>
          </PropertyGroup>
          {{extra}}
          <Import Project="{{Path.Combine(BuildTransitive, "TrustHubGen.targets")}}" />
        </Project>
        """);

    private async Task<List<string>> SnapshotItemsAsync(params string[] arguments)
    {
        using var json = await EvaluateAsync([.. arguments, "-getItem:AdditionalFiles"]);
        return json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Where(i => i.TryGetProperty("TrustHubGenKind", out var kind) && kind.GetString() == "Snapshot")
            .Select(i => i.GetProperty("Identity").GetString()!).ToList();
    }

    private async Task<JsonDocument> EvaluateAsync(params string[] arguments)
    {
        var result = await RunMsBuildAsync(arguments);
        result.EnsureSuccess("Evaluating the scratch project");
        return JsonDocument.Parse(result.Output[result.Output.IndexOf('{', StringComparison.Ordinal)..]);
    }

    private Task<ProcessResult> RunMsBuildAsync(params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", ["msbuild", Path.Combine(_dir, "Consumer.csproj"), "-nologo", .. arguments], _dir, TimeSpan.FromMinutes(3));
}
