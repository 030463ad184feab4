using TrustHubGen.Testing;

namespace TrustHubGen.Samples.Tests;

/// <summary>
/// samples/Onboarding, the main job: against the embedded emulator it plans, onboards the demo numbers for CNAM and
/// SHAKEN/STIR, waits for the simulated review and reports the toll-free number CNAM refuses.
/// </summary>
public sealed class OnboardingSampleTests
{
    // Never the live service from a test run, whatever the machine's environment holds.
    private static readonly Dictionary<string, string?> Offline = new()
    {
        ["TWILIO_ACCOUNT_SID"] = null, ["TWILIO_AUTH_TOKEN"] = null, ["TWILIO_API_KEY"] = null, ["TWILIO_API_SECRET"] = null,
    };

    private static string Configuration =>
        typeof(OnboardingSampleTests).Assembly.Location.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    [Fact]
    public async Task The_sample_onboards_both_policies_to_approval_and_shows_the_refused_number()
    {
        var run = await RunSampleAsync("");

        run.EnsureSuccess("samples/Onboarding");
        Assert.Matches(@"Cnam\s+BU[0-9a-f]{32}\s+twilio-approved\s+15", run.Output);
        Assert.Matches(@"ShakenStir\s+BU[0-9a-f]{32}\s+twilio-approved\s+16", run.Output);
        Assert.Contains("Refused before any write: ", run.Output);
        Assert.Contains("toll-free", run.Output);
        Assert.Contains("Done.", run.Output);
    }

    [Fact]
    public async Task The_plan_option_prints_the_calls_and_writes_nothing()
    {
        var run = await RunSampleAsync("--plan");

        run.EnsureSuccess("samples/Onboarding --plan");
        Assert.Matches(@"Plan: \d+ call\(s\)\.", run.Output);
        Assert.DoesNotContain("twilio-approved       ", run.Output);
    }

    [Fact]
    public async Task An_unknown_argument_is_refused_with_the_usage()
    {
        var run = await RunSampleAsync("--frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown argument \"--frobnicate\"", run.Output);
        Assert.Contains("usage:", run.Output);
    }

    private static Task<ProcessResult> RunSampleAsync(string arguments)
    {
        var project = Path.Combine(RepoPaths.Root, "samples", "Onboarding", "Onboarding.csproj");
        // The solution build already built the sample (it is in TrustHubGen.sln): running it must not rebuild shared
        // projects while other test projects use them.
        return ProcessRunner.RunAsync("dotnet", $"run --no-build --project \"{project}\" -c {Configuration} -- {arguments}", RepoPaths.Root, TimeSpan.FromMinutes(5), Offline);
    }
}
