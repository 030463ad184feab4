using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Cli.Tests;

/// <summary><c>trusthub sync</c>: the account snapshot, readable by the generator's reader, holding no secret.</summary>
public sealed class SyncCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("trusthub-cli-sync-").FullName;

    [Fact]
    public async Task Sync_writes_a_snapshot_the_shared_reader_accepts_after_onboarding()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var onboard = await CliRunner.RunAsync(emulator.Onboard("shaken-stir", "--all-numbers"), emulator.Credentials);
        Assert.True(onboard.ExitCode == 0, onboard.ToString());
        var output = Path.Combine(_directory, "trusthub.snapshot.json");

        var run = await CliRunner.RunAsync(["sync", "--output", output, "--trusthub-url", emulator.Url, "--json"], emulator.Credentials);

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = run.Json();
        Assert.Equal(output, json.GetProperty("output").GetString());
        Assert.Equal(1, json.GetProperty("trust_product_count").GetInt32());
        var text = File.ReadAllText(output);
        var read = AccountSnapshotReader.Read(output, text);
        Assert.Empty(read.Diagnostics);
        Assert.Equal(emulator.Host.AccountSid, read.Snapshot!.AccountSid);
        Assert.Contains(read.Snapshot.Profiles, p => p.Sid == emulator.Seed.PrimaryBusinessProfileSid);
        Assert.Equal(json.GetProperty("number_count").GetInt32(), read.Snapshot.Numbers.Count);
        Assert.Single(read.Snapshot.TrustProducts);
        Assert.DoesNotContain(emulator.Host.AuthToken, text);
        Assert.DoesNotContain("ops@owl.example.com", text);
        Assert.DoesNotContain(emulator.Host.AuthToken, run.Out + run.Error);
    }

    [Fact]
    public async Task Sync_of_the_in_process_emulator_prints_the_counts()
    {
        var output = Path.Combine(_directory, "demo.snapshot.json");

        var run = await CliRunner.RunAsync("sync", "--emulator", "--output", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Wrote {output}", run.Out);
        Assert.Contains("Business Profile(s)", run.Out);
        Assert.True(File.Exists(output));
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp-*"));
    }

    [Fact]
    public async Task Sync_without_credentials_exits_3()
    {
        var run = await CliRunner.RunAsync("sync", "--output", Path.Combine(_directory, "s.json"), "--json");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("TWILIO_ACCOUNT_SID", run.Json().GetProperty("error").GetString());
        Assert.False(File.Exists(Path.Combine(_directory, "s.json")));
    }

    [Fact]
    public async Task Sync_into_a_missing_folder_exits_2()
    {
        var run = await CliRunner.RunAsync("sync", "--emulator", "--output", Path.Combine(_directory, "no-such-folder", "s.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
