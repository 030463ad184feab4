using System.Net;
using System.Net.Sockets;

namespace TrustHubGen.Cli.Tests;

/// <summary><c>trusthub onboard</c> against a running emulator (--trusthub-url) with credentials from the environment.</summary>
public sealed class OnboardServiceTests
{
    [Fact]
    public async Task A_second_run_after_success_writes_nothing()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var args = emulator.Onboard("cnam", "shaken-stir", "--display-name", "Owl Industries", "--numbers", Numbers(emulator), "--json");

        var first = await CliRunner.RunAsync(args, emulator.Credentials);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(first.Json().GetProperty("result").GetProperty("write_calls").GetInt32() > 0);

        var second = await CliRunner.RunAsync(args, emulator.Credentials);
        Assert.True(second.ExitCode == 0, second.ToString());
        var json = second.Json();
        Assert.Equal(0, json.GetProperty("plan").GetProperty("call_count").GetInt32());
        Assert.Equal(0, json.GetProperty("result").GetProperty("write_calls").GetInt32());
        Assert.Equal(ProductSids(first), ProductSids(second));
    }

    [Fact]
    public async Task Plan_against_a_service_writes_nothing()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var args = emulator.Onboard("shaken-stir", "--all-numbers", "--plan", "--json");

        var first = await CliRunner.RunAsync(args, emulator.Credentials);
        var second = await CliRunner.RunAsync(args, emulator.Credentials);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(first.Json().GetProperty("plan").GetProperty("call_count").GetInt32() > 0);
        Assert.Equal(first.Json().GetProperty("plan").GetProperty("call_count").GetInt32(), second.Json().GetProperty("plan").GetProperty("call_count").GetInt32());
    }

    [Fact]
    public async Task Without_a_profile_option_the_accounts_only_approved_primary_profile_is_used()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var run = await CliRunner.RunAsync(emulator.Onboard("shaken-stir", "--all-numbers", "--plan", "--json"), emulator.Credentials);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(emulator.Seed.PrimaryBusinessProfileSid, run.Json().GetProperty("profile_sid").GetString());
    }

    [Fact]
    public async Task A_profile_the_account_does_not_have_is_bad_input()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var run = await CliRunner.RunAsync(emulator.Onboard("shaken-stir", "--all-numbers", "--profile", "BU0123456789abcdef0123456789abcdef"), emulator.Credentials);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("404", run.Error);
        Assert.Contains($"--profile BU0123456789abcdef0123456789abcdef: account {emulator.Host.AccountSid} has no Business Profile with this SID", run.Error);
    }

    [Theory]
    // Trust Hub paths start with /v1 themselves: "--trusthub-url http://host/v1" asks for /v1/v1/CustomerProfiles, a 404
    // that said "check the SIDs given".
    [InlineData("http", "/v1", "/v1/v1/CustomerProfiles", "check --trusthub-url/--api-url", "Check the SIDs")]
    // https:// to the emulator's plain http port: .NET's message names no address and says only "see inner exception".
    [InlineData("https", "", "Cannot reach the service (URL/, account", "The SSL connection could not be established: ", "inner exception")]
    public async Task A_wrong_service_url_is_exit_3_naming_the_address_and_why(string scheme, string path, string named, string why, string notSaid)
    {
        await using var emulator = await TestEmulator.StartAsync();
        var url = emulator.Url.Replace("http://", scheme + "://", StringComparison.Ordinal) + path;

        var run = await PlanAtAsync(emulator, url);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains(named.Replace("URL", url, StringComparison.Ordinal), run.Error);
        Assert.Contains(why, run.Error);
        Assert.DoesNotContain(notSaid, run.Error);
    }

    [Fact]
    public async Task Credentials_pasted_with_surrounding_whitespace_work()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var environment = new Dictionary<string, string> { ["TWILIO_ACCOUNT_SID"] = emulator.Host.AccountSid + " ", ["TWILIO_AUTH_TOKEN"] = " " + emulator.Host.AuthToken + "\n" };

        var run = await CliRunner.RunAsync(emulator.Onboard("shaken-stir", "--all-numbers", "--plan"), environment);

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task An_unknown_number_is_refused_and_leaves_the_run_incomplete()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var run = await CliRunner.RunAsync(emulator.Onboard("shaken-stir", "--numbers", "PN0123456789abcdef0123456789abcdef", "--json"), emulator.Credentials);

        Assert.Equal(1, run.ExitCode);
        var result = run.Json().GetProperty("result");
        Assert.Contains("not an IncomingPhoneNumber", result.GetProperty("refused")[0].GetProperty("reason").GetString());
        Assert.Equal(0, result.GetProperty("write_calls").GetInt32());
    }

    [Fact]
    public async Task Missing_credentials_exit_3_naming_the_variables()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var run = await CliRunner.RunAsync(emulator.Onboard("cnam", "--all-numbers", "--display-name", "Owl Industries"), new Dictionary<string, string>());

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("TWILIO_ACCOUNT_SID", run.Error);
        Assert.Contains("TWILIO_AUTH_TOKEN", run.Error);
        Assert.Contains("--emulator", run.Error);
    }

    [Theory]
    [InlineData("", "TWILIO_AUTH_TOKEN")]
    [InlineData("  ", "TWILIO_AUTH_TOKEN")]
    [InlineData(null, "TWILIO_API_KEY")]
    public async Task A_secret_without_the_account_sid_names_the_missing_variable_not_no_credentials(string? accountSid, string secretVariable)
    {
        // `export TWILIO_ACCOUNT_SID=` (or a script's unset variable) beside a token: "No Twilio credentials" sent the
        // user looking for the token they had set.
        var environment = new Dictionary<string, string> { [secretVariable] = "0123456789abcdef0123456789abcdef" };
        if (secretVariable == "TWILIO_API_KEY") environment["TWILIO_API_SECRET"] = "secret";
        if (accountSid is not null) environment["TWILIO_ACCOUNT_SID"] = accountSid;

        var run = await CliRunner.RunAsync(["onboard", "shaken-stir", "--all-numbers", "--email", "a@b.example", "--trusthub-url", "http://127.0.0.1:1"], environment);

        Assert.Equal(3, run.ExitCode);
        var state = accountSid is null ? "not set" : "empty";
        Assert.Equal($"{secretVariable} is set but TWILIO_ACCOUNT_SID is {state}: set it to the account's SID (AC…).", run.Error.Trim());
    }

    [Fact]
    public async Task A_refused_token_exits_3_without_printing_it()
    {
        await using var emulator = await TestEmulator.StartAsync();
        const string wrongToken = "0123456789abcdef0123456789abcdef";
        var environment = new Dictionary<string, string> { ["TWILIO_ACCOUNT_SID"] = emulator.Host.AccountSid, ["TWILIO_AUTH_TOKEN"] = wrongToken };

        var run = await CliRunner.RunAsync(emulator.Onboard("shaken-stir", "--all-numbers", "--json"), environment);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("401", run.Error);
        Assert.DoesNotContain(wrongToken, run.Out + run.Error);
        Assert.Equal(3, run.Json().GetProperty("exit_code").GetInt32());
    }

    [Fact]
    public async Task An_api_key_from_the_environment_works()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var environment = new Dictionary<string, string>
        {
            ["TWILIO_ACCOUNT_SID"] = emulator.Host.AccountSid,
            ["TWILIO_API_KEY"] = TrustHubGen.Emulator.Hosting.EmulatorDefaults.ApiKeySid,
            ["TWILIO_API_SECRET"] = TrustHubGen.Emulator.Hosting.EmulatorDefaults.ApiKeySecret,
        };

        var run = await CliRunner.RunAsync(emulator.Onboard("shaken-stir", "--all-numbers", "--json"), environment);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(TrustHubGen.Emulator.Hosting.EmulatorDefaults.ApiKeySecret, run.Out + run.Error);
    }

    [Fact]
    public async Task An_unreachable_service_exits_3()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var environment = new Dictionary<string, string> { ["TWILIO_ACCOUNT_SID"] = "AC043bcd784c2155dbb1db7b3139a3617f", ["TWILIO_AUTH_TOKEN"] = "secret" };

        var run = await CliRunner.RunAsync(["onboard", "shaken-stir", "--all-numbers", "--email", "a@b.example", "--yes", "--trusthub-url", $"http://127.0.0.1:{port}"], environment);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Cannot reach", run.Error);
    }

    [Fact]
    public async Task An_unreachable_api_url_is_named_beside_a_reachable_trusthub_url()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var run = await PlanAtAsync(emulator, emulator.Url, "--api-url", "http://127.0.0.1:1");

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("(API 2010 at http://127.0.0.1:1/)", run.Error);
    }

    [Fact]
    public async Task Live_writes_without_yes_need_a_terminal_to_confirm_on()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var args = emulator.Onboard("shaken-stir", "--all-numbers").Where(a => a != "--yes").ToArray();

        var run = await CliRunner.RunAsync(args, emulator.Credentials, inputIsTerminal: false);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--yes", run.Error);
    }

    [Fact]
    public async Task Declining_the_prompt_writes_nothing_and_yes_at_the_prompt_runs()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var args = emulator.Onboard("shaken-stir", "--all-numbers").Where(a => a != "--yes").ToArray();

        var declined = await CliRunner.RunAsync(args, emulator.Credentials, input: "n\n", inputIsTerminal: true);
        Assert.Equal(130, declined.ExitCode);
        Assert.Contains("[y/N]", declined.Out);
        Assert.Contains("Nothing was written", declined.Error);
        // --json: error holds the message whenever the exit code is not 0 or 1 (docs/cli.md).
        var declinedJson = await CliRunner.RunAsync([.. args, "--json"], emulator.Credentials, input: "n\n", inputIsTerminal: true);
        Assert.Equal(130, declinedJson.Json().GetProperty("exit_code").GetInt32());
        Assert.Contains("Nothing was written", declinedJson.Json().GetProperty("error").GetString());
        var plan = await CliRunner.RunAsync([.. args, "--plan", "--json"], emulator.Credentials);
        Assert.Equal("CreateProduct", plan.Json().GetProperty("plan").GetProperty("steps").EnumerateArray().First(s => s.GetProperty("kind").GetString() != "AssignNumberToProfile").GetProperty("kind").GetString());

        var accepted = await CliRunner.RunAsync(args, emulator.Credentials, input: "y\n", inputIsTerminal: true);
        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.Contains("Done.", accepted.Out);
    }

    [Fact]
    public async Task Ctrl_c_at_the_confirmation_prompt_cancels_at_once_and_writes_nothing()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var args = emulator.Onboard("shaken-stir", "--all-numbers").Where(a => a != "--yes").ToArray();
        using var cancel = new CancellationTokenSource();
        using var person = new UnansweredPrompt();

        var run = CliRunner.RunAsync(args, emulator.Credentials, inputIsTerminal: true, inputReader: person, cancellationToken: cancel.Token);
        Assert.True(person.Asked.Wait(TimeSpan.FromSeconds(60)), "the prompt was never shown");
        cancel.Cancel();
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20))) == run;
        person.Answer();

        Assert.True(finished, "Ctrl+C at the prompt did not end the command; it kept waiting for an answer");
        var result = await run;
        Assert.Equal(130, result.ExitCode);
        Assert.Contains("Nothing was written", result.Error);
        var plan = await CliRunner.RunAsync([.. args, "--plan", "--json"], emulator.Credentials);
        Assert.Contains(plan.Json().GetProperty("plan").GetProperty("steps").EnumerateArray(), s => s.GetProperty("kind").GetString() == "CreateProduct");
    }

    [Fact]
    public async Task A_review_wait_that_runs_out_exits_1()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.ReviewStepDelay = TimeSpan.FromHours(1));
        var run = await CliRunner.RunAsync(emulator.Onboard("shaken-stir", "--all-numbers", "--wait", "--wait-timeout", "1", "--json"), emulator.Credentials);

        Assert.Equal(1, run.ExitCode);
        var product = run.Json().GetProperty("result").GetProperty("products")[0];
        Assert.True(product.GetProperty("review_timed_out").GetBoolean());
    }

    [Fact]
    public async Task Cancelling_leaves_a_state_the_next_run_finishes()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var args = emulator.Onboard("cnam", "shaken-stir", "--display-name", "Owl Industries", "--numbers", Numbers(emulator), "--concurrency", "1");
        using var cancel = new CancellationTokenSource();
        var watcher = new LineWatcher(line => { if (line.Contains("Cnam: assigning numbers to the product", StringComparison.Ordinal)) cancel.Cancel(); });

        var cancelled = await CliRunner.RunAsync(args, emulator.Credentials, output: watcher, cancellationToken: cancel.Token);
        Assert.Equal(130, cancelled.ExitCode);
        Assert.Contains("run the same command again", cancelled.Error);

        var resumed = await CliRunner.RunAsync([.. args, "--json"], emulator.Credentials);
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        var json = resumed.Json();
        // The product made before the cancellation is found again, not duplicated.
        Assert.DoesNotContain(json.GetProperty("plan").GetProperty("steps").EnumerateArray(), s => s.GetProperty("kind").GetString() == "CreateProduct" && s.GetProperty("policy").GetString() == "Cnam");
        var products = json.GetProperty("result").GetProperty("products").EnumerateArray().ToDictionary(p => p.GetProperty("policy").GetString()!);
        Assert.Equal(15, products["Cnam"].GetProperty("numbers_assigned").GetInt32());
        Assert.Equal(15, products["ShakenStir"].GetProperty("numbers_assigned").GetInt32());

        var again = await CliRunner.RunAsync([.. args, "--json"], emulator.Credentials);
        Assert.Equal(0, again.Json().GetProperty("result").GetProperty("write_calls").GetInt32());
    }

    [Fact]
    public async Task Failed_number_assignments_are_reported_per_number_and_exit_1()
    {
        // Every product assignment answered 429 (Retry-After: 0): the transport's retries run out at once.
        await using var emulator = await TestEmulator.StartAsync(o => o.Faults.Routes.Add(new TrustHubGen.Emulator.Faults.RouteFault
        {
            Method = "POST",
            Path = "/v1/TrustProducts/*/ChannelEndpointAssignments",
            TooManyRequestsRate = 1,
            RetryAfterSeconds = 0,
        }));

        var run = await CliRunner.RunAsync(emulator.Onboard("shaken-stir", "--numbers", "+14155550100,+14155550101", "--json"), emulator.Credentials);

        Assert.Equal(1, run.ExitCode);
        var result = run.Json().GetProperty("result");
        Assert.False(result.GetProperty("succeeded").GetBoolean());
        Assert.Equal(["+14155550100", "+14155550101"], result.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("phone_number").GetString()));
        Assert.All(result.GetProperty("failures").EnumerateArray(), f => Assert.Contains("429", f.GetProperty("cause").GetString()));
        Assert.True(result.GetProperty("retries").GetInt32() > 0);
    }

    /// <summary>A person at the terminal who sees the prompt and does not answer until told to.</summary>
    private sealed class UnansweredPrompt : TextReader
    {
        private readonly ManualResetEventSlim _answer = new();

        public ManualResetEventSlim Asked { get; } = new();

        public void Answer() => _answer.Set();

        public override string? ReadLine()
        {
            Asked.Set();
            _answer.Wait();
            return null;
        }

        protected override void Dispose(bool disposing)
        {
            _answer.Set();
            base.Dispose(disposing);
        }
    }

    /// <summary>A plan with the emulator's credentials, sent to <paramref name="trustHubUrl"/> (which may not be the emulator's).</summary>
    private static Task<CliRun> PlanAtAsync(TestEmulator emulator, string trustHubUrl, params string[] more) =>
        CliRunner.RunAsync(["onboard", "shaken-stir", "--all-numbers", "--email", "a@b.example", "--plan", "--trusthub-url", trustHubUrl, .. more], emulator.Credentials);

    private static string Numbers(TestEmulator emulator) =>
        string.Join(",", emulator.Seed.NumbersOnProfile.Concat(emulator.Seed.NumbersNotOnProfile).Select(n => n.Sid));

    private static string[] ProductSids(CliRun run) =>
        run.Json().GetProperty("result").GetProperty("products").EnumerateArray().Select(p => p.GetProperty("product_sid").GetString()!).ToArray();
}
