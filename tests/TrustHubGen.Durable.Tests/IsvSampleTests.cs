using TrustHubGen.Durable.Tests.Infrastructure;
using TrustHubGen.Testing;

namespace TrustHubGen.Durable.Tests;

/// <summary>samples/IsvOnboarding as a user runs it: in memory by default, and with PostgreSQL.</summary>
public sealed class IsvSampleTests
{
    [Fact]
    public async Task The_sample_onboards_its_customers_with_the_in_memory_default()
    {
        var run = await RunAsync("--customers 3 --review-delay 0.3");

        run.EnsureSuccess("samples/IsvOnboarding");
        Assert.Contains("in-memory storage", run.Output);
        Assert.Equal(3, CountApproved(run.Output));
        Assert.Contains("Done: every customer's products are approved.", run.Output);
    }

    [Fact]
    public async Task The_sample_runs_with_PostgreSQL()
    {
        await using var db = await TestPostgres.CreateDatabaseAsync("sample");

        var run = await RunAsync($"--customers 3 --review-delay 0.3 --postgres \"{db.ConnectionString}\"");

        run.EnsureSuccess("samples/IsvOnboarding --postgres");
        Assert.Contains("PostgreSQL storage", run.Output);
        Assert.Equal(3, CountApproved(run.Output));
    }

    [Fact]
    public async Task A_worker_without_its_inputs_is_refused_with_the_usage()
    {
        var run = await RunAsync("--worker");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--worker needs --customers-file, --twilio-base and --public-url.", run.Output);
        Assert.Contains("usage:", run.Output);
    }

    private static int CountApproved(string output) =>
        output.Split('\n').Count(l => l.Contains("Completed", StringComparison.Ordinal) && l.Contains("Cnam twilio-approved (2 numbers); ShakenStir twilio-approved (2 numbers)", StringComparison.Ordinal));

    private static Task<ProcessResult> RunAsync(string arguments)
    {
        var offline = new Dictionary<string, string?> { ["TWILIO_ACCOUNT_SID"] = null, ["TWILIO_AUTH_TOKEN"] = null, ["TWILIO_API_KEY"] = null, ["TWILIO_API_SECRET"] = null };
        return ProcessRunner.RunAsync("dotnet", $"\"{WorkerProcess.SampleDll}\" {arguments}", RepoPaths.Root, TimeSpan.FromMinutes(5), offline);
    }
}
