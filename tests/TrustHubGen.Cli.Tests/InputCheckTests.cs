namespace TrustHubGen.Cli.Tests;

/// <summary>Every input is checked before any call, each problem naming the option; response files are bounded text.</summary>
public sealed class InputCheckTests
{
    private static readonly Dictionary<string, string> NoCredentials = new();

    [Fact]
    public async Task A_16_character_display_name_is_an_input_error_naming_the_option_before_any_call()
    {
        // No credentials and no emulator: had the run got as far as a call, it would have stopped with exit 3.
        var run = await CliRunner.RunAsync(["onboard", "cnam", "--display-name", "Owl Industries X", "--numbers", "+14155550100", "--email", "ops@owl.example.com",
            "--concurrency", "0"], NoCredentials);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--display-name: cnam_display_name \"Owl Industries X\" has 16 characters; at most 15 are allowed", run.Error);
        Assert.Contains("--concurrency 0 is out of range", run.Error);
        Assert.DoesNotContain("EndUserAttributes", run.Error);
        Assert.DoesNotContain("credentials", run.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_missing_required_attribute_names_the_option_that_gives_it()
    {
        var run = await CliRunner.RunAsync(["onboard", "cnam", "--numbers", "+14155550100", "--email", "ops@owl.example.com"], NoCredentials);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--display-name is required by policy Cnam: cnam_display_name is required but missing", run.Error);
    }

    [Fact]
    public async Task The_documented_response_file_layout_works_numbers_one_per_line()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var numbers = emulator.Seed.NumbersNotOnProfile.Take(3).Select(n => n.PhoneNumber).ToArray();
        await WithTempFileAsync(file => File.WriteAllLines(file, ["# numbers for CNAM", "--numbers", .. numbers, "", "--display-name", "\"Owl Industries\""]), async file =>
        {
            var run = await CliRunner.RunAsync([.. emulator.Onboard("cnam"), "@" + file, "--json"], emulator.Credentials);

            Assert.True(run.ExitCode == 0, run.ToString());
            var product = run.Json().GetProperty("result").GetProperty("products")[0];
            Assert.Equal(3, product.GetProperty("numbers_assigned").GetInt32());
        });
    }

    [Fact]
    public async Task A_policy_after_numbers_is_reported_with_the_fix()
    {
        var run = await CliRunner.RunAsync(["onboard", "--numbers", "+14155550100", "cnam", "--email", "ops@owl.example.com"], NoCredentials);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give the policies before it", run.Error);
    }

    [Theory]
    [InlineData("/dev/zero", "is not a text file (it holds NUL bytes)")]
    [InlineData("/nonexistent/numbers.rsp", "does not exist")]
    public async Task A_response_file_that_is_not_bounded_text_is_a_usage_error(string path, string expected)
    {
        var run = await CliRunner.RunAsync(["onboard", "cnam", "@" + path], NoCredentials);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Response file @{path} {expected}", run.Error);
    }

    [Fact]
    public async Task A_utf16_response_file_is_named_as_such_with_the_fix()
    {
        // What Windows' Notepad saves as "Unicode": text, but half NUL bytes.
        await WithTempFileAsync(file => File.WriteAllText(file, "--numbers\n+14155550100\n", System.Text.Encoding.Unicode), async file =>
        {
            var run = await CliRunner.RunAsync("onboard", "shaken-stir", "--emulator", "@" + file);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"Response file @{file} is UTF-16 text; save it as UTF-8.", run.Error);
        });
    }

    [Fact]
    public async Task A_response_file_beyond_the_bound_is_refused_without_reading_it_all()
    {
        await WithTempFileAsync(file =>
        {
            using var stream = File.Create(file);
            var lines = System.Text.Encoding.ASCII.GetBytes(new string('\n', 1024 * 1024));
            for (var i = 0; i <= Hosting.ResponseFiles.MaxBytes / lines.Length; i++) stream.Write(lines);
        }, async file =>
        {
            var run = await CliRunner.RunAsync(["onboard", "cnam", "@" + file], NoCredentials);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"Response file @{file} is larger than 32 MiB", run.Error);
        });
    }

    [Fact]
    public async Task A_response_file_that_names_itself_is_a_usage_error_not_an_endless_expansion()
    {
        await WithTempFileAsync(file => File.WriteAllLines(file, ["--numbers", "+14155550100", "@" + file]), async file =>
        {
            // Parsing runs before the first await: on its own task, so an endless expansion fails the test instead of hanging it.
            var run = await Task.Run(() => CliRunner.RunAsync("onboard", "cnam", "@" + file)).WaitAsync(TimeSpan.FromSeconds(60));

            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"Response file @{file} is named again", run.Error);
        });
    }

    [Fact]
    public async Task A_response_file_line_with_an_unclosed_quote_is_a_usage_error_not_a_lost_number()
    {
        await WithTempFileAsync(file => File.WriteAllLines(file, ["--numbers", "+14155550101", "\"+14155550100", "+14155550102"]), async file =>
        {
            var run = await CliRunner.RunAsync("onboard", "shaken-stir", "--emulator", "--plan", "@" + file);

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains($"Response file @{file}, line 3: a quote (\") is not closed", run.Error);
        });
    }

    [Fact]
    public async Task A_response_file_or_policy_file_that_is_a_directory_says_so()
    {
        var directory = Directory.CreateTempSubdirectory("trusthub-cli-dir-").FullName + ".json";
        Directory.Move(directory[..^5], directory);
        try
        {
            var response = await CliRunner.RunAsync("onboard", "cnam", "@" + directory);
            Assert.Equal(2, response.ExitCode);
            Assert.Contains($"Response file @{directory} is a directory", response.Error);

            var policy = await CliRunner.RunAsync("onboard", directory, "--emulator");
            Assert.Equal(2, policy.ExitCode);
            Assert.Contains($"<policy> \"{directory}\": {directory} is a directory, not a policy file", policy.Error);
        }
        finally
        {
            Directory.Delete(directory);
        }
    }

    [Fact]
    public async Task A_policy_file_that_is_a_device_is_an_input_error()
    {
        var run = await CliRunner.RunAsync(["onboard", "/dev/zero", "--numbers", "+14155550100", "--email", "ops@owl.example.com"], NoCredentials);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("<policy> \"/dev/zero\" (/dev/zero) is not a text file", run.Error);
    }

    [Theory]
    [InlineData("--wait-timeout has no effect without --wait", "--wait-timeout", "60")]
    [InlineData("--wait has no effect with --plan", "--wait", "--plan")]
    public async Task An_option_that_changes_nothing_in_this_run_is_a_warning(string warning, params string[] options)
    {
        var run = await CliRunner.RunAsync(["onboard", "shaken-stir", "--emulator", "--json", .. options]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(warning, run.Error);
        Assert.Contains(run.Json().GetProperty("warnings").EnumerateArray(), w => w.GetString()!.StartsWith(warning, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_plan_with_refused_numbers_exits_4_for_ci()
    {
        // The demo seed's toll-free and Canadian numbers are refused by CNAM.
        var run = await CliRunner.RunAsync(["onboard", "cnam", "--emulator", "--plan", "--json"], NoCredentials);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Equal(4, run.Json().GetProperty("exit_code").GetInt32());
        Assert.Equal(2, run.Json().GetProperty("plan").GetProperty("refused").GetArrayLength());
        Assert.Equal("The plan refuses 2 number(s) (plan.refused says why); a run would leave them out.", run.Json().GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_approved_cnam_product_refuses_new_numbers_with_advice_the_cli_can_follow()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.ReviewStepDelay = TimeSpan.Zero);
        var first = emulator.Seed.NumbersOnProfile.Take(2).Select(n => n.Sid).ToArray();
        var later = emulator.Seed.NumbersOnProfile.Skip(2).Take(1).Select(n => n.Sid).ToArray();
        var done = await CliRunner.RunAsync([.. emulator.Onboard("cnam"), "--display-name", "Owl Industries", "--numbers", string.Join(",", first), "--wait"], emulator.Credentials);
        Assert.True(done.ExitCode == 0, done.ToString());

        var plan = await CliRunner.RunAsync([.. emulator.Onboard("cnam"), "--display-name", "Owl Industries", "--numbers", string.Join(",", later), "--plan"], emulator.Credentials);
        Assert.True(plan.ExitCode == 4, plan.ToString());
        Assert.Contains("use another --friendly-name-prefix for a new product", plan.Out);
        Assert.DoesNotContain("Options.FriendlyNamePrefix", plan.Out);

        var separate = await CliRunner.RunAsync([.. emulator.Onboard("cnam"), "--display-name", "Owl Industries", "--numbers", string.Join(",", later),
            "--friendly-name-prefix", "Owl second", "--json"], emulator.Credentials);
        Assert.True(separate.ExitCode == 0, separate.ToString());
        Assert.Equal(1, separate.Json().GetProperty("result").GetProperty("products")[0].GetProperty("numbers_assigned").GetInt32());
    }

    private static async Task WithTempFileAsync(Action<string> write, Func<string, Task> test)
    {
        var file = Path.Combine(Path.GetTempPath(), $"trusthub-cli-{Guid.NewGuid():N}.rsp");
        try
        {
            write(file);
            await test(file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
