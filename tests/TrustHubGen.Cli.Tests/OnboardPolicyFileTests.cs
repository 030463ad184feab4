namespace TrustHubGen.Cli.Tests;

/// <summary>A user's own policy file drives <c>trusthub onboard</c> like a shipped policy, alone or beside one.</summary>
public sealed class OnboardPolicyFileTests : IDisposable
{
    private readonly PolicyFiles _files = new();

    [Fact]
    public async Task An_added_policy_file_onboards_beside_a_shipped_policy_sharing_the_profile_assignments()
    {
        var brandedCalling = _files.BrandedCalling();

        var run = await CliRunner.RunAsync("onboard", "shaken-stir", brandedCalling, "--emulator", "--wait", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var json = run.Json();
        Assert.Equal(["ShakenStir", "BrandedCalling"], json.GetProperty("policies").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var products = json.GetProperty("result").GetProperty("products").EnumerateArray().ToDictionary(p => p.GetProperty("policy").GetString()!);
        Assert.Equal("twilio-approved", products["BrandedCalling"].GetProperty("status").GetString());
        Assert.Equal(17, products["BrandedCalling"].GetProperty("numbers_assigned").GetInt32());
        Assert.Equal(5, json.GetProperty("plan").GetProperty("steps").EnumerateArray().Count(s => s.GetProperty("kind").GetString() == "AssignNumberToProfile"));
    }

    [Fact]
    public async Task A_noncompliant_evaluation_is_not_submitted_and_exits_1_with_findings()
    {
        var policy = _files.BrandedCalling(requireDocument: true);

        var run = await CliRunner.RunAsync("onboard", policy, "--emulator", "--json");

        Assert.Equal(1, run.ExitCode);
        var product = run.Json().GetProperty("result").GetProperty("products")[0];
        Assert.Equal("draft", product.GetProperty("status").GetString());
        Assert.NotEmpty(product.GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public async Task A_rejected_review_exits_1_with_the_codes()
    {
        var policy = _files.BrandedCalling(requireDocument: true, evaluateBeforeSubmit: false);

        var run = await CliRunner.RunAsync("onboard", policy, "--emulator", "--wait");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("twilio-rejected", run.Out);
        Assert.Contains("rejected: ", run.Out);
        Assert.Contains("| Note", run.Out);
        Assert.Contains("Onboarding is not complete", run.Out);
    }

    [Fact]
    public async Task A_broken_policy_file_prints_its_diagnostics_with_file_line_and_column()
    {
        var broken = _files.Write("broken.json", "{\n  \"sid\": \"RNnot-a-sid\",\n  \"name\": \"Broken\"\n}\n");

        var run = await CliRunner.RunAsync("onboard", broken, "--emulator");

        Assert.Equal(2, run.ExitCode);
        var line = run.Error.Split('\n').First(l => l.Contains("TH01", StringComparison.Ordinal));
        Assert.Matches(@"broken\.json:\d+:\d+: error TH01\d\d: ", line);
        Assert.Contains("broken.json:2:", run.Error);
    }

    [Fact]
    public async Task A_customer_profile_policy_file_is_refused()
    {
        var profile = _files.Write("profile.json", File.ReadAllText(Path.Combine(TrustHubGen.Testing.RepoPaths.Root, "specs", "policies", "primary-business-profile.json")));

        var run = await CliRunner.RunAsync("onboard", profile, "--emulator");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("customer-profile policy", run.Error);
    }

    [Fact]
    public async Task The_emulator_command_refuses_a_broken_policy_file()
    {
        var broken = _files.Write("broken.json", "{ \"sid\": \"RN1\" }");

        var run = await CliRunner.RunAsync("emulator", "--port", "0", "--policy", broken);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("did not start", run.Error);
        Assert.Contains("broken.json", run.Error);
    }

    public void Dispose() => _files.Dispose();
}
