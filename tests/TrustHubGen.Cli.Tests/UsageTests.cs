using System.CommandLine;
using TrustHubGen.Cli.Hosting;

namespace TrustHubGen.Cli.Tests;

/// <summary>Help, the exit-code table, and bad input: each names the input and what is wrong, with exit code 2.</summary>
public sealed class UsageTests
{
    [Fact]
    public async Task Help_lists_the_commands_and_the_exit_codes()
    {
        var run = await CliRunner.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("onboard", run.Out);
        Assert.Contains("emulator", run.Out);
        Assert.Contains("sync", run.Out);
        foreach (var code in new[] { "0 ", "1 ", "2 ", "3 ", "130 " }) Assert.Contains("\n    " + code, run.Out);
    }

    [Fact]
    public async Task Onboard_help_lists_its_options()
    {
        var run = await CliRunner.RunAsync("onboard", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--profile", "--numbers", "--all-numbers", "--display-name", "--attribute", "--email", "--status-callback", "--plan", "--yes", "--wait", "--concurrency", "--no-put-on-profile", "--emulator", "--trusthub-url", "--api-url", "--json" })
            Assert.Contains(option, run.Out);
        Assert.Contains("cnam, shaken-stir, voice-integrity", run.Out);
    }

    [Fact]
    public void No_option_anywhere_takes_a_credential()
    {
        var root = TrustHubCli.CreateRoot(new CliConsole { Out = TextWriter.Null, Error = TextWriter.Null });

        // `trusthub emulator --account-sid/--auth-token/--api-key…` set the fake credentials the emulator accepts, not a way in to a service.
        var names = AllCommands(root).Where(c => c.Name != "emulator").SelectMany(c => c.Options).SelectMany(o => o.Aliases.Append(o.Name)).ToList();

        Assert.NotEmpty(names);
        Assert.DoesNotContain(names, n => new[] { "token", "secret", "password", "auth", "key", "sid", "credential" }.Any(word => n.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task A_credential_given_as_an_option_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("onboard", "cnam", "--emulator", "--auth-token", "abc");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--auth-token", run.Error);
    }

    [Theory]
    [InlineData("\"branded\" is neither a shipped trust-product policy", "onboard", "branded", "--emulator")]
    // An unquoted value with a space splits there; the rest reads as a policy.
    [InlineData("<policy> \"Industries\" is neither a shipped trust-product policy (cnam, shaken-stir, voice-integrity) nor a policy JSON file. If it belongs to the value before it, quote that value: --display-name \"Owl Industries\".",
        "onboard", "cnam", "--emulator", "--display-name", "Owl", "Industries")]
    [InlineData("quote that value: --attribute \"voice_integrity_information.use_case=Appointment reminders\".", "onboard", "voice-integrity", "--emulator",
        "--attribute", "voice_integrity_information.notes=Hi", "--attribute", "voice_integrity_information.use_case=Appointment", "reminders")]
    [InlineData("--numbers \"PN123\" is not a phone number SID", "onboard", "cnam", "--emulator", "--numbers", "PN123")]
    [InlineData("--numbers \"4155550100\" is neither", "onboard", "cnam", "--emulator", "--numbers", "4155550100")]
    [InlineData("--numbers \"+1 (415) 555-0110\" is not in E.164 form: write +14155550110", "onboard", "cnam", "--emulator", "--numbers", "+1 (415) 555-0110")]
    [InlineData("--numbers \"+1\" \"(415)\" \"555-0110\" look like one number split at its spaces (a response file or an unquoted argument): write +14155550110", "onboard", "cnam", "--emulator", "--numbers", "+1", "(415)", "555-0110", "+14155550100")]
    [InlineData("--numbers mixes PN… SIDs and E.164 numbers", "onboard", "cnam", "--emulator", "--numbers", "PN0123456789abcdef0123456789abcdef,+14155550100")]
    [InlineData("--numbers and --all-numbers exclude each other", "onboard", "cnam", "--emulator", "--numbers", "+14155550100", "--all-numbers")]
    [InlineData("--profile \"BU12\" is not a Business Profile SID", "onboard", "cnam", "--emulator", "--profile", "BU12")]
    [InlineData("--concurrency 0 is out of range", "onboard", "cnam", "--emulator", "--concurrency", "0")]
    [InlineData("--status-callback \"not a url\" is not an absolute http(s) URL", "onboard", "cnam", "--emulator", "--status-callback", "not a url")]
    // A service address with a query or fragment: named as the option given, not as the runtime's base-address table.
    [InlineData("--trusthub-url \"http://127.0.0.1:1/?x=1\" has a query or fragment", "onboard", "shaken-stir", "--all-numbers", "--email", "a@b.example", "--trusthub-url", "http://127.0.0.1:1/?x=1")]
    [InlineData("--api-url \"http://127.0.0.1:1/#top\" has a query or fragment", "sync", "--trusthub-url", "http://127.0.0.1:1", "--api-url", "http://127.0.0.1:1/#top")]
    [InlineData("end-user type \"cnam_info\" is not taken", "onboard", "cnam", "--emulator", "--attribute", "cnam_info.cnam_display_name=Owl")]
    [InlineData("\"cnam_information\" has no attribute \"display\"", "onboard", "cnam", "--emulator", "--attribute", "cnam_information.display=Owl")]
    [InlineData("is not <end_user_type>.<attribute>=<value>", "onboard", "cnam", "--emulator", "--attribute", "display=Owl")]
    [InlineData("--display-name: the selected policies take no end users", "onboard", "shaken-stir", "--emulator", "--display-name", "Owl")]
    [InlineData("--email is required", "onboard", "cnam", "--all-numbers")]
    [InlineData("--email \"ops@\" is not an e-mail address", "onboard", "shaken-stir", "--emulator", "--email", "ops@")]
    [InlineData("--email \"ops@localhost\" is not an e-mail address", "onboard", "shaken-stir", "--emulator", "--email", "ops@localhost")]
    [InlineData("--email \"Ops <ops@owl.example>\" is not an e-mail address", "onboard", "shaken-stir", "--emulator", "--email", "Ops <ops@owl.example>")]
    [InlineData("Name the numbers", "onboard", "cnam", "--email", "a@b.example")]
    [InlineData("--emulator starts its own emulator", "onboard", "cnam", "--emulator", "--trusthub-url", "http://127.0.0.1:1")]
    [InlineData("names the policy RNf3db3cd1fe25fcfd3c3ded065c8fea53 (Cnam) 2 times", "onboard", "cnam", "cnam", "--emulator")]
    [InlineData("<policy> is missing: name what to onboard for", "onboard", "--emulator")]
    [InlineData("--port 70000 is not a port number", "emulator", "--port", "70000")]
    [InlineData("--seed \"bulk:x\": bulk takes a count", "emulator", "--seed", "bulk:x")]
    [InlineData("--policy \"missing-policy.json\": the file", "emulator", "--policy", "missing-policy.json")]
    [InlineData("--seed \"nothing-here.json\" is neither demo, none, bulk:N nor an existing seed file", "emulator", "--seed", "nothing-here.json")]
    // A value of the wrong kind in plain words, not the .NET type System.CommandLine names ("System.Int32").
    [InlineData("--wait-timeout \"soon\" is not a whole number.", "onboard", "cnam", "--emulator", "--wait-timeout", "soon")]
    [InlineData("--concurrency \"99999999999\" is not a whole number.", "onboard", "cnam", "--emulator", "--concurrency", "99999999999")]
    [InlineData("--port \"abc\" is not a whole number.", "emulator", "--port", "abc")]
    [InlineData("--review-delay \"fast\" is not a number.", "emulator", "--review-delay", "fast")]
    // A value is quoted on its one line: a line break or a terminal escape in it shows as \uXXXX (an ESC would have
    // reached the terminal and, with "[2J", cleared it), a bidi control likewise (it reorders what follows on screen).
    [InlineData("--profile \"BU12\\u000aDone.\" is not a Business Profile SID", "onboard", "cnam", "--emulator", "--profile", "BU12\nDone.")]
    [InlineData("--email \"a@b\\u000aDone.\" is not an e-mail address", "onboard", "shaken-stir", "--emulator", "--email", "a@b\nDone.")]
    [InlineData("--numbers \"+1415\\u001b[2J\" is neither", "onboard", "shaken-stir", "--emulator", "--numbers", "+1415\u001b[2J")]
    [InlineData("<policy> \"cnam\\u202e\" is neither", "onboard", "cnam\u202e", "--emulator")]
    [InlineData("--status-callback \"https://x\\u0009y\" is not", "onboard", "shaken-stir", "--emulator", "--status-callback", "https://x\ty")]
    // Text meant for the friendly names Twilio shows, and by which a rerun finds its work: no line breaks or bidi controls.
    [InlineData("--friendly-name-prefix \"Owl\\u000aDone.\" must be 1 to 64 characters", "onboard", "shaken-stir", "--emulator", "--friendly-name-prefix", "Owl\nDone.")]
    [InlineData("--friendly-name-prefix \"Owl\\u202eabc\" must be 1 to 64 characters", "onboard", "shaken-stir", "--emulator", "--friendly-name-prefix", "Owl\u202eabc")]
    [InlineData("--email \"ops@owl.example\\u202e\" is not an e-mail address", "onboard", "shaken-stir", "--emulator", "--email", "ops@owl.example\u202e")]
    public async Task Bad_input_exits_2_naming_it(string message, params string[] args)
    {
        var run = await CliRunner.RunAsync(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(message, run.Error);
        Assert.DoesNotContain("System.", run.Error);
        Assert.DoesNotContain("Done.", run.Error.Split('\n').Select(l => l.Trim()));
        Assert.DoesNotContain('\u001b', run.Error);
        Assert.DoesNotContain('\u202e', run.Error);
    }

    [Theory]
    [InlineData("--email")]
    [InlineData("--profile")]
    [InlineData("--status-callback")]
    [InlineData("--friendly-name-prefix")]
    [InlineData("--numbers")]
    public async Task A_huge_value_is_quoted_shortened_not_echoed_whole(string option)
    {
        var run = await CliRunner.RunAsync("onboard", "shaken-stir", "--emulator", option, new string('A', 100_000));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"{option} \"{new string('A', 79)}…\"", run.Error);
        Assert.True(run.Error.Length < 1000, run.Error.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_service_url_with_a_password_is_refused_without_repeating_the_password()
    {
        var run = await CliRunner.RunAsync("onboard", "shaken-stir", "--all-numbers", "--email", "a@b.example", "--trusthub-url", "http://ops:hunter2@127.0.0.1:1/");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--trusthub-url http://127.0.0.1:1/ carries a user name or password", run.Error);
        Assert.DoesNotContain("hunter2", run.Out + run.Error);
        Assert.DoesNotContain("TwilioClientOptions", run.Error);
    }

    [Fact]
    public async Task Bad_input_with_json_still_writes_one_json_document()
    {
        var run = await CliRunner.RunAsync("onboard", "cnam", "--emulator", "--numbers", "PN123", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(2, run.Json().GetProperty("exit_code").GetInt32());
        Assert.Contains("PN123", run.Json().GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_usage_error_with_json_writes_one_json_document()
    {
        var run = await CliRunner.RunAsync("onboard", "cnam", "--no-such-option", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-such-option", run.Json().GetProperty("error").GetString());
    }

    [Fact]
    public async Task No_command_at_all_points_at_the_help()
    {
        var run = await CliRunner.RunAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Run 'trusthub --help' for the options.", run.Error);
    }

    [Theory]
    [InlineData("onboard", "shaken-stir", "--emulator")]
    [InlineData("onboard", "shaken-stir", "--emulator", "--json")]
    [InlineData("onboard", "shaken-stir", "--emulator", "--numbers", "bad", "--json")]
    [InlineData("sync", "--emulator", "--output", "/nonexistent-folder/s.json", "--json")]
    [InlineData("onboard", "cnam", "--no-such-option", "--json")]
    public async Task Stdout_that_cannot_be_written_is_named_not_a_stack_trace(params string[] args)
    {
        // "> /dev/full": every write to stdout fails.
        var run = await CliRunner.RunAsync(args, new Dictionary<string, string>(), output: new FullDevice());

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("Cannot write to standard output: No space left on device.", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    private sealed class FullDevice : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");
    }

    private static IEnumerable<Command> AllCommands(Command command) => command.Subcommands.SelectMany(AllCommands).Prepend(command);
}
