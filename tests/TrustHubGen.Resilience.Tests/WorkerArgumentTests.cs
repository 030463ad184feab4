using TrustHubGen.Resilience.Tests.Infrastructure;
using TrustHubGen.Testing;

namespace TrustHubGen.Resilience.Tests;

/// <summary>The worker refuses a bad command line with exit code 2 and one line per problem, before any call.</summary>
public sealed class WorkerArgumentTests
{
    [Fact]
    public async Task Bad_arguments_are_each_named_and_nothing_runs()
    {
        var run = await ProcessRunner.RunAsync("dotnet",
            ["exec", WorkerProcess.Assembly, "--url", "http://example.com/", "--profile", "XX1", "--numbers", "PN1,+14155550100",
             "--crash", "sideways", "--concurrency", "0", "--verbose", "yes"],
            RepoPaths.Root, TimeSpan.FromMinutes(1),
            new Dictionary<string, string?> { ["TWILIO_ACCOUNT_SID"] = null, ["TWILIO_AUTH_TOKEN"] = null, ["TWILIO_API_KEY"] = null, ["TWILIO_API_SECRET"] = null });

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown option --verbose", run.Output);
        Assert.Contains("--url \"http://example.com/\" is not an absolute loopback URL", run.Output);
        Assert.Contains("--profile must be a Business Profile SID (BU…), not \"XX1\"", run.Output);
        Assert.Contains("--numbers: \"+14155550100\" is not a phone-number SID (PN…)", run.Output);
        Assert.Contains("--crash \"sideways\" is not none, before-send or after-response", run.Output);
        Assert.Contains("--concurrency must be a positive number, not \"0\"", run.Output);
        Assert.Contains("TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN must be set", run.Output);
        Assert.DoesNotContain("worker: running", run.Output);
    }

    [Fact]
    public async Task A_crash_point_needs_a_request_index_of_one_or_more()
    {
        var missing = await RunWithCrashAsync("--crash", "before-send", "--crash-by", "segfault");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--crash-at (the 1-based index of the HTTP request to crash at) is required with --crash before-send", missing.Output);
        Assert.Contains("--crash-by \"segfault\" is not failfast or exit", missing.Output);

        var zero = await RunWithCrashAsync("--crash", "after-response", "--crash-at", "0");
        Assert.Equal(2, zero.ExitCode);
        Assert.Contains("--crash-at must be a request index of 1 or more, not \"0\"", zero.Output);
    }

    private static Task<ProcessResult> RunWithCrashAsync(params string[] crash) =>
        ProcessRunner.RunAsync("dotnet",
            ["exec", WorkerProcess.Assembly, "--url", "http://127.0.0.1:1/", "--profile", "BU" + new string('a', 32), "--numbers", "PN" + new string('b', 32), .. crash],
            RepoPaths.Root, TimeSpan.FromMinutes(1),
            new Dictionary<string, string?> { ["TWILIO_ACCOUNT_SID"] = "AC" + new string('c', 32), ["TWILIO_AUTH_TOKEN"] = "token" });
}
