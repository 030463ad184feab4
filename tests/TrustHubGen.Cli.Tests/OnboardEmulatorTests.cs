using System.Text.Json;

namespace TrustHubGen.Cli.Tests;

/// <summary><c>trusthub onboard … --emulator</c>: the emulator started in-process with the demo seed.</summary>
public sealed class OnboardEmulatorTests
{
    [Fact]
    public async Task Cnam_and_shaken_stir_onboard_the_demo_numbers_and_json_is_the_only_stdout()
    {
        var run = await CliRunner.RunAsync("onboard", "cnam", "shaken-stir", "--emulator", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = run.Json();
        Assert.Equal("onboard", json.GetProperty("command").GetString());
        Assert.Equal(0, json.GetProperty("exit_code").GetInt32());
        Assert.StartsWith("BU", json.GetProperty("profile_sid").GetString());
        Assert.Equal(["Cnam", "ShakenStir"], json.GetProperty("policies").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var result = json.GetProperty("result");
        Assert.True(result.GetProperty("succeeded").GetBoolean());
        var products = result.GetProperty("products").EnumerateArray().ToDictionary(p => p.GetProperty("policy").GetString()!);
        Assert.Equal("pending-review", products["Cnam"].GetProperty("status").GetString());
        Assert.Equal("pending-review", products["ShakenStir"].GetProperty("status").GetString());
        // The demo seed: 10 numbers on the profile, 5 off it, a toll-free and a Canadian one (both refused by CNAM).
        Assert.Equal(15, products["Cnam"].GetProperty("numbers_assigned").GetInt32());
        Assert.Equal(17, products["ShakenStir"].GetProperty("numbers_assigned").GetInt32());
        var refused = result.GetProperty("refused").EnumerateArray().ToList();
        Assert.Equal(2, refused.Count);
        Assert.All(refused, r => Assert.Equal("Cnam", r.GetProperty("policy").GetString()));
        Assert.Contains(refused, r => r.GetProperty("reason").GetString()!.Contains("toll-free", StringComparison.Ordinal));
        Assert.Contains(refused, r => r.GetProperty("reason").GetString()!.Contains("is a number from CA", StringComparison.Ordinal));
        // Shared profile assignments: the 5 numbers off the profile are put there once for both policies.
        Assert.Equal(5 + 15 + 17, result.GetProperty("api_calls").GetProperty("CreateChannelEndpointAssignment").GetInt32());
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Wait_reports_the_review_outcome_in_a_plain_table_when_output_is_redirected()
    {
        var run = await CliRunner.RunAsync("onboard", "cnam", "shaken-stir", "--emulator", "--wait");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Cnam: assigning numbers to the product (15/15", run.Out);
        var rows = run.Out.Split('\n').Where(l => l.StartsWith("| Cnam", StringComparison.Ordinal) || l.StartsWith("| ShakenStir", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Contains("twilio-approved", row));
        // No product has a note: no note column squeezing the others.
        Assert.DoesNotContain("Note", run.Out.Split('\n').Single(l => l.StartsWith("| Policy", StringComparison.Ordinal)));
        Assert.Contains("refused: ", run.Out);
        Assert.Contains("toll-free", run.Out);
        Assert.Contains("Done.", run.Out);
        Assert.DoesNotContain("\u001b[", run.Out);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task On_a_terminal_the_run_shows_its_progress_and_the_table(bool ansi)
    {
        var run = await CliRunner.RunAsync(["onboard", "shaken-stir", "--emulator", "--wait"], new Dictionary<string, string>(),
            outputIsTerminal: true, terminalHasAnsi: ansi);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("twilio-approved", run.Out);
        Assert.Contains("Done.", run.Out);
        if (ansi)
        {
            // Progress bars, redrawn in place.
            Assert.Contains("ShakenStir: assigning numbers to the product", run.Out);
            Assert.Contains("\u001b[", run.Out);
        }
        else
        {
            // Without escape codes (TERM unset or dumb) Spectre's own fallback printed nothing after the first step: a line per step.
            Assert.Contains("ShakenStir: assigning numbers to the product (0/17)", run.Out);
            Assert.Contains("ShakenStir: waiting for the review", run.Out);
            Assert.DoesNotContain("\u001b[", run.Out);
        }
    }

    [Theory]
    [InlineData(80, true)]
    [InlineData(60, true)]
    [InlineData(60, false)]
    public async Task On_a_narrow_terminal_the_results_keep_every_sid_and_status_whole(int width, bool ansi)
    {
        // Three products with a long policy name and status need more than 80 columns as a table: squeezed, it broke the
        // SIDs and statuses over two lines, so a SID could not be copied from the terminal.
        var run = await CliRunner.RunAsync(["onboard", "cnam", "shaken-stir", "voice-integrity", "--emulator",
            "--attribute", "voice_integrity_information.use_case=Reminders", "--attribute", "voice_integrity_information.business_employee_count=40",
            "--attribute", "voice_integrity_information.average_business_day_call_volume=300"], new Dictionary<string, string>(),
            outputIsTerminal: true, terminalHasAnsi: ansi, terminalWidth: width);

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = System.Text.RegularExpressions.Regex.Replace(run.Out, "\u001b\\[[0-9;?]*[A-Za-z]", "");
        var sids = System.Text.RegularExpressions.Regex.Matches(text, "BU[0-9a-f]{32}").Select(m => m.Value).Distinct().ToList();
        Assert.True(sids.Count == 4, $"the profile and three products, whole:\n{text}");
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(text, "pending-review").Count);
        // The lines that name products fit (progress lines may be longer: the terminal wraps those, breaking no SID).
        Assert.All(text.Split('\n').Where(l => l.Contains("pending-review", StringComparison.Ordinal)), line => Assert.True(line.TrimEnd().Length <= width, $"wider than {width}: {line}"));
    }

    [Fact]
    public async Task Plan_prints_every_call_and_runs_nothing()
    {
        var run = await CliRunner.RunAsync("onboard", "cnam", "--emulator", "--plan", "--json");

        // 4: the demo seed's toll-free and Canadian numbers are refused (InputCheckTests covers the code itself).
        Assert.True(run.ExitCode == 4, run.ToString());
        var json = run.Json();
        Assert.Equal(JsonValueKind.Null, json.GetProperty("result").ValueKind);
        var steps = json.GetProperty("plan").GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()).ToList();
        Assert.Equal(json.GetProperty("plan").GetProperty("call_count").GetInt32(), steps.Count);
        Assert.Equal(["AssignNumberToProfile", "CreateProduct", "AssignBusinessProfile", "CreateEndUser", "AssignEndUser", "AssignNumberToProduct", "Evaluate", "Submit"], steps.Distinct());
        Assert.Equal(15, steps.Count(s => s == "AssignNumberToProduct"));
    }

    [Fact]
    public async Task Plan_in_text_lists_each_call()
    {
        var run = await CliRunner.RunAsync("onboard", "shaken-stir", "--emulator", "--plan");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Plan: ", run.Out);
        Assert.Contains("CreateProduct", run.Out);
        Assert.Contains("AssignNumberToProduct", run.Out);
        Assert.DoesNotContain("Done.", run.Out);
    }

    [Fact]
    public async Task Voice_integrity_takes_its_attributes_from_attribute_options()
    {
        var run = await CliRunner.RunAsync("onboard", "voice-integrity", "--emulator", "--json",
            "--attribute", "voice_integrity_information.use_case=Appointment reminders",
            "--attribute", "voice_integrity_information.business_employee_count=40",
            "--attribute", "voice_integrity_information.average_business_day_call_volume=300");

        Assert.True(run.ExitCode == 0, run.ToString());
        var product = run.Json().GetProperty("result").GetProperty("products")[0];
        Assert.Equal("VoiceIntegrity", product.GetProperty("policy").GetString());
        Assert.Equal("pending-review", product.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_display_name_that_breaks_the_cnam_rules_is_bad_input_before_any_call()
    {
        var run = await CliRunner.RunAsync("onboard", "cnam", "--emulator", "--display-name", "1234567890123456");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cnam_display_name", run.Error);
        Assert.Contains("15", run.Error);
    }

    [Fact]
    public async Task A_missing_required_attribute_names_it()
    {
        var run = await CliRunner.RunAsync("onboard", "voice-integrity", "--emulator", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("use_case", run.Error);
        Assert.Equal(2, run.Json().GetProperty("exit_code").GetInt32());
        Assert.Contains("use_case", run.Json().GetProperty("error").GetString());
    }

    [Fact]
    public async Task Long_number_lists_come_from_a_response_file()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("trusthub-cli-rsp-").FullName, "numbers.rsp");
        File.WriteAllLines(file, ["--numbers", "+14155550100,+14155550101", "--numbers", "+14155550102"]);

        var run = await CliRunner.RunAsync("onboard", "shaken-stir", "--emulator", "--json", "@" + file);

        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(3, run.Json().GetProperty("result").GetProperty("products")[0].GetProperty("numbers_assigned").GetInt32());
    }

    [Fact]
    public async Task Numbers_by_e164_all_numbers_and_no_put_on_profile()
    {
        var byNumber = await CliRunner.RunAsync("onboard", "shaken-stir", "--emulator", "--json", "--numbers", "+14155550100,+14155550110");
        Assert.True(byNumber.ExitCode == 0, byNumber.ToString());
        Assert.Equal(2, byNumber.Json().GetProperty("result").GetProperty("products")[0].GetProperty("numbers_assigned").GetInt32());

        var all = await CliRunner.RunAsync("onboard", "shaken-stir", "--emulator", "--json", "--all-numbers");
        Assert.True(all.ExitCode == 0, all.ToString());
        // On the demo profile: 10 local numbers, the toll-free and the Canadian one.
        Assert.Equal(12, all.Json().GetProperty("result").GetProperty("products")[0].GetProperty("numbers_assigned").GetInt32());

        var notPut = await CliRunner.RunAsync("onboard", "shaken-stir", "--emulator", "--json", "--no-put-on-profile", "--numbers", "+14155550100,+14155550110");
        Assert.True(notPut.ExitCode == 0, notPut.ToString());
        var result = notPut.Json().GetProperty("result");
        Assert.Equal(1, result.GetProperty("products")[0].GetProperty("numbers_assigned").GetInt32());
        Assert.Equal("+14155550110", result.GetProperty("refused")[0].GetProperty("phone_number").GetString());
    }
}
