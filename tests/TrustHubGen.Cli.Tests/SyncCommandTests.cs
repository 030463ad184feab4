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
    public async Task A_sync_that_cannot_reach_the_service_names_the_address()
    {
        // https:// to the emulator's plain http port: .NET's TLS message names no address.
        await using var emulator = await TestEmulator.StartAsync();
        var url = emulator.Url.Replace("http://", "https://", StringComparison.Ordinal);

        var run = await CliRunner.RunAsync(["sync", "--output", Path.Combine(_directory, "s.json"), "--trusthub-url", url], emulator.Credentials);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains($"Cannot reach the service ({url}/, account {emulator.Host.AccountSid})", run.Error);
    }

    [Fact]
    public async Task Sync_into_a_missing_folder_exits_2()
    {
        var run = await CliRunner.RunAsync("sync", "--emulator", "--output", Path.Combine(_directory, "no-such-folder", "s.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Sync_to_a_symbolic_link_writes_the_file_it_points_to_and_keeps_the_link(bool fileExists)
    {
        var target = Path.Combine(_directory, "real.snapshot.json");
        if (fileExists) File.WriteAllText(target, "{}");
        var link = Path.Combine(_directory, "trusthub.snapshot.json");
        File.CreateSymbolicLink(link, target);

        var run = await CliRunner.RunAsync("sync", "--emulator", "--output", link);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Empty(AccountSnapshotReader.Read(target, File.ReadAllText(target)).Diagnostics);
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp-*"));
    }

    [Fact]
    public async Task Sync_to_a_fifo_writes_into_it_and_never_replaces_it()
    {
        // A special file (a FIFO here; /dev/null or /dev/stdout alike) is written into, not replaced by a regular file
        // moved over it, which for root would have replaced /dev/null itself.
        var fifo = Path.Combine(_directory, "snapshot.fifo");
        var made = await TrustHubGen.Testing.ProcessRunner.RunAsync("mkfifo", [fifo], _directory, TimeSpan.FromSeconds(30));
        Assert.True(made.ExitCode == 0, made.ToString());
        var reader = Task.Run(() => File.ReadAllText(fifo));

        var run = await CliRunner.RunAsync("sync", "--emulator", "--output", fifo);

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = await reader.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Empty(AccountSnapshotReader.Read(fifo, text).Diagnostics);
        Assert.Equal(0, new FileInfo(fifo).Length);
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp-*"));
    }

    [Fact]
    public async Task Sync_to_dev_stdout_piped_into_another_program_writes_into_the_pipe()
    {
        // `trusthub sync --output /dev/stdout | jq .`: /dev/stdout -> /proc/self/fd/1 -> "pipe:[N]", a link the kernel
        // resolves but whose text is no path. A link here to this process's end of an anonymous pipe is the same chain.
        using var pipe = new System.IO.Pipes.AnonymousPipeServerStream(System.IO.Pipes.PipeDirection.In);
        var stdout = Path.Combine(_directory, "stdout");
        File.CreateSymbolicLink(stdout, $"/proc/self/fd/{pipe.ClientSafePipeHandle.DangerousGetHandle()}");
        var reader = Task.Run(() => new StreamReader(pipe).ReadToEnd());

        var run = await CliRunner.RunAsync("sync", "--emulator", "--output", stdout);
        pipe.DisposeLocalCopyOfClientHandle();

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = await reader.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Empty(AccountSnapshotReader.Read(stdout, text).Diagnostics);
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp-*"));
    }

    [Fact]
    public async Task Sync_to_standard_output_says_what_it_wrote_on_stderr_so_the_snapshot_is_all_of_stdout()
    {
        // `trusthub sync --output /dev/stdout > s.json` wrote the summary line over the start of the snapshot (the file is
        // written in place at offset 0, then stdout wrote its line at its own offset 0). This process's stdout takes the
        // snapshot here; what the command prints is checked.
        var run = await CliRunner.RunAsync("sync", "--emulator", "--output", "/dev/stdout");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Out);
        Assert.Contains("Wrote /dev/stdout: 1 Business Profile(s)", run.Error);
    }

    [Theory]
    [InlineData("/dev/stdout")]
    [InlineData("/dev/fd/1")]
    [InlineData("/proc/self/fd/1")]
    public async Task Sync_to_standard_output_with_json_is_a_usage_error_not_two_documents(string output)
    {
        var run = await CliRunner.RunAsync("sync", "--emulator", "--output", output, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--output \"{output}\" is standard output, where --json writes its document", run.Error);
    }

    [Fact]
    public async Task Sync_with_an_empty_output_name_says_so()
    {
        var run = await CliRunner.RunAsync("sync", "--emulator", "--output", "");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--output is empty", run.Error);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
