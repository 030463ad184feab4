using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace TrustHubGen.Cli.Tests;

/// <summary><c>trusthub emulator</c>: starts on 127.0.0.1, prints URL, credentials and seeded SIDs, serves until cancelled.</summary>
public sealed partial class EmulatorCommandTests
{
    [Fact]
    public async Task The_emulator_serves_until_cancelled_and_prints_what_a_client_needs()
    {
        using var cancel = new CancellationTokenSource();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watcher = new LineWatcher(line => { if (line.StartsWith("Press Ctrl+C", StringComparison.Ordinal)) ready.TrySetResult(); });

        var running = CliRunner.RunAsync(["emulator", "--port", "0", "--seed", "bulk:3"], new Dictionary<string, string>(), output: watcher, cancellationToken: cancel.Token);
        await Task.WhenAny(ready.Task, running);
        if (!ready.Task.IsCompleted) Assert.Fail((await running).ToString());

        var banner = watcher.Text;
        var url = Url().Match(banner).Groups[1].Value;
        var account = Account().Match(banner).Groups[1].Value;
        var token = Token().Match(banner).Groups[1].Value;
        Assert.StartsWith("http://127.0.0.1:", url);
        Assert.Contains("Primary Business Profile (twilio-approved): BU", banner);
        Assert.Equal(8, Regex.Matches(banner, "not on profile: PN").Count);

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{url}/v1/TrustProducts");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{account}:{token}")));
        using var response = await http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);

        cancel.Cancel();
        var run = await running;
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Stopped.", run.Out);
    }

    [Fact]
    public async Task The_onboard_command_works_against_the_emulator_command()
    {
        using var cancel = new CancellationTokenSource();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var banner = new StringBuilder();
        var watcher = new LineWatcher(line => { lock (banner) banner.AppendLine(line); if (line.StartsWith("Press Ctrl+C", StringComparison.Ordinal)) ready.TrySetResult(); });
        var running = CliRunner.RunAsync(["emulator", "--port", "0", "--review-delay", "0"], new Dictionary<string, string>(), output: watcher, cancellationToken: cancel.Token);
        await Task.WhenAny(ready.Task, running);
        if (!ready.Task.IsCompleted) Assert.Fail((await running).ToString());
        string text;
        lock (banner) text = banner.ToString();
        var environment = new Dictionary<string, string> { ["TWILIO_ACCOUNT_SID"] = Account().Match(text).Groups[1].Value, ["TWILIO_AUTH_TOKEN"] = Token().Match(text).Groups[1].Value };

        var onboard = await CliRunner.RunAsync(["onboard", "shaken-stir", "--all-numbers", "--email", "ops@owl.example.com", "--yes", "--wait", "--json", "--trusthub-url", Url().Match(text).Groups[1].Value], environment);

        cancel.Cancel();
        Assert.Equal(0, (await running).ExitCode);
        Assert.True(onboard.ExitCode == 0, onboard.ToString());
        Assert.Equal("twilio-approved", onboard.Json().GetProperty("result").GetProperty("products")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task State_persists_across_restarts()
    {
        var directory = Directory.CreateTempSubdirectory("trusthub-cli-state-").FullName;
        try
        {
            var state = Path.Combine(directory, "state.json");
            var first = await RunUntilReadyAsync(["emulator", "--port", "0", "--state", state], async banner =>
            {
                var onboard = await CliRunner.RunAsync(["onboard", "shaken-stir", "--all-numbers", "--email", "ops@owl.example.com", "--yes", "--json", "--trusthub-url", Url().Match(banner).Groups[1].Value], Environment(banner));
                Assert.True(onboard.ExitCode == 0, onboard.ToString());
            });
            Assert.Contains($"state: {state}", first);
            Assert.True(File.Exists(state));

            await RunUntilReadyAsync(["emulator", "--port", "0", "--state", state], async banner =>
            {
                var plan = await CliRunner.RunAsync(["onboard", "shaken-stir", "--all-numbers", "--email", "ops@owl.example.com", "--plan", "--json", "--trusthub-url", Url().Match(banner).Groups[1].Value], Environment(banner));
                Assert.Equal(0, plan.Json().GetProperty("plan").GetProperty("call_count").GetInt32());
            });
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_state_file_named_through_a_symbolic_link_is_written_at_its_target_and_the_link_stays()
    {
        var directory = Directory.CreateTempSubdirectory("trusthub-cli-state-link-").FullName;
        try
        {
            var target = Path.Combine(directory, "kept", "state.json");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var link = Path.Combine(directory, "state.json");
            File.CreateSymbolicLink(link, Path.Combine("kept", "state.json"));

            await RunUntilReadyAsync(["emulator", "--port", "0", "--state", link], _ => Task.CompletedTask);

            Assert.Equal(Path.Combine("kept", "state.json"), new FileInfo(link).LinkTarget);
            Assert.Contains("\"accounts\"", File.ReadAllText(target));
            await RunUntilReadyAsync(["emulator", "--port", "0", "--state", link], _ => Task.CompletedTask);
            Assert.Equal(Path.Combine("kept", "state.json"), new FileInfo(link).LinkTarget);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("--state")]
    [InlineData("--seed")]
    [InlineData("--policy")]
    [InlineData("--faults")]
    public async Task A_file_option_naming_a_directory_says_so(string option)
    {
        var directory = Directory.CreateTempSubdirectory("trusthub-cli-dir-option-").FullName;
        try
        {
            var run = await CliRunner.RunAsync(["emulator", "--port", "0", option, directory], new Dictionary<string, string>()).WaitAsync(TimeSpan.FromSeconds(60));

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains(option, run.Error);
            Assert.Contains("is a directory", run.Error);
            Assert.DoesNotContain("   at ", run.Error);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task An_account_without_an_approved_primary_profile_needs_the_profile_option()
    {
        await RunUntilReadyAsync(["emulator", "--port", "0", "--seed", "none"], async banner =>
        {
            var run = await CliRunner.RunAsync(["onboard", "shaken-stir", "--all-numbers", "--email", "ops@owl.example.com", "--plan", "--trusthub-url", Url().Match(banner).Groups[1].Value], Environment(banner));
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("no twilio-approved Primary Business Profile", run.Error);
            Assert.Contains("--profile", run.Error);
        });
    }

    /// <summary>Runs the emulator command until its banner is printed, acts on the banner, then stops it (Ctrl+C).</summary>
    private static async Task<string> RunUntilReadyAsync(string[] args, Func<string, Task> whileRunning)
    {
        using var cancel = new CancellationTokenSource();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watcher = new LineWatcher(line => { if (line.StartsWith("Press Ctrl+C", StringComparison.Ordinal)) ready.TrySetResult(); });
        var running = CliRunner.RunAsync(args, new Dictionary<string, string>(), output: watcher, cancellationToken: cancel.Token);
        await Task.WhenAny(ready.Task, running);
        if (!ready.Task.IsCompleted) Assert.Fail((await running).ToString());
        try
        {
            await whileRunning(watcher.Text);
        }
        finally
        {
            cancel.Cancel();
        }
        var run = await running;
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Out;
    }

    private static Dictionary<string, string> Environment(string banner) => new()
    {
        ["TWILIO_ACCOUNT_SID"] = Account().Match(banner).Groups[1].Value,
        ["TWILIO_AUTH_TOKEN"] = Token().Match(banner).Groups[1].Value,
    };

    [Theory]
    [InlineData("--seed")]
    [InlineData("--state")]
    [InlineData("--policy")]
    [InlineData("--faults")]
    public async Task A_file_option_naming_a_device_is_bad_input_not_a_read_until_memory_runs_out(string option)
    {
        // Unbounded, /dev/zero was read until OutOfMemoryException, printed as a stack trace.
        var run = await CliRunner.RunAsync("emulator", "--port", "0", option, "/dev/zero").WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("/dev/zero", run.Error);
        Assert.Contains("is not a text file (it holds NUL bytes)", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task A_port_in_use_exits_3()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var run = await CliRunner.RunAsync("emulator", "--port", emulator.Host.BaseAddress.Port.ToString());

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("did not start", run.Error);
    }

    [Fact]
    public async Task Every_emulator_option_is_taken_by_trusthub_emulator()
    {
        var directory = Directory.CreateTempSubdirectory("trusthub-cli-options-").FullName;
        try
        {
            var faults = Path.Combine(directory, "faults.json");
            File.WriteAllText(faults, """{"routes": [{"method": "GET", "path": "/v1/Policies", "service_unavailable_rate": 1}]}""");
            const string Account = "AC0123456789abcdef0123456789abcdef";
            var banner = "";
            await RunUntilReadyAsync(["emulator", "--urls", "http://127.0.0.1:0", "--seed", "none", "--account-sid", Account, "--auth-token", "fake-token",
                "--no-api-key", "--numbers", "3", "--max-concurrency", "2", "--latency-ms", "5", "--latency-jitter-ms", "1", "--latency-distribution", "normal",
                "--faults", faults, "--review-delay", "0"], async text =>
            {
                banner = text;
                using var http = new HttpClient();
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Account}:fake-token")));
                var url = Url().Match(text).Groups[1].Value;
                using var numbers = await http.GetAsync($"{url}/2010-04-01/Accounts/{Account}/IncomingPhoneNumbers.json");
                Assert.Contains("\"incoming_phone_numbers\"", await numbers.Content.ReadAsStringAsync());
                Assert.Equal("1", numbers.Headers.GetValues("Twilio-Concurrent-Requests").Single());
                using var policies = await http.GetAsync($"{url}/v1/Policies");
                Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, policies.StatusCode);
            });
            Assert.Contains($"TWILIO_ACCOUNT_SID={Account}", banner);
            Assert.Contains("at most 2 requests in flight per account", banner);
            Assert.Contains("5 ms ± 1 ms (normal)", banner);
            Assert.Equal(3, Regex.Matches(banner, "not on profile: PN").Count);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("--max-concurrency", "--max-concurrency", "0")]
    [InlineData("--urls", "--urls", "http://10.0.0.1:5080")]
    [InlineData("--faults", "--faults", "missing-faults.json")]
    public async Task Bad_emulator_options_exit_2_naming_the_option(string named, params string[] args)
    {
        var run = await CliRunner.RunAsync(["emulator", .. args], new Dictionary<string, string>());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Error);
    }

    [GeneratedRegex(@"listening on (http://\S+)")]
    private static partial Regex Url();

    [GeneratedRegex(@"TWILIO_ACCOUNT_SID=(AC[0-9a-f]{32})")]
    private static partial Regex Account();

    [GeneratedRegex(@"TWILIO_AUTH_TOKEN=(\S+)")]
    private static partial Regex Token();
}
