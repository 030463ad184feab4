using TrustHubGen.Emulator.CommandLine;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.Limits;
using TrustHubGen.Emulator.Tests.Infrastructure;

namespace TrustHubGen.Emulator.Tests;

/// <summary>The program: banner with credentials and SIDs, options, clear failures.</summary>
public sealed class ProgramTests
{
    [Fact]
    public async Task The_program_prints_where_it_listens_and_what_it_seeded()
    {
        using var process = EmulatorProcess.Start("--urls", "http://127.0.0.1:0", "--seed", "demo", "--account-sid", "AC" + new string('a', 32), "--auth-token", "secret");
        var baseAddress = await process.WaitForListeningAsync();
        Assert.Equal("127.0.0.1", baseAddress.Host);
        using var client = new ApiClient(baseAddress, "AC" + new string('a', 32), "secret");
        var profiles = await client.GetAsync("v1/CustomerProfiles");
        var profile = profiles.Json.GetProperty("results")[0].GetProperty("sid").GetString()!;
        var output = process.Output;
        Assert.Contains("secret", output, StringComparison.Ordinal);
        Assert.Contains(profile, output, StringComparison.Ordinal);
        Assert.Contains("+14155550100", output, StringComparison.Ordinal);
        Assert.Contains("subaccount", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--urls", "http://10.0.0.1:5080")]
    [InlineData("--review-delay", "soon")]
    [InlineData("--seed", "/nonexistent.json")]
    public async Task Bad_options_fail_with_a_message(params string[] args)
    {
        using var process = EmulatorProcess.Start(args);
        Assert.NotEqual(0, await process.WaitForExitAsync());
        Assert.Contains(args[0] == "--seed" ? "/nonexistent.json" : args[0] == "--urls" ? "loopback" : args[0], process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Command_line_defaults_match_the_documentation()
    {
        var options = Parse();
        Assert.Equal(EmulatorDefaults.ProgramUrl, options.Url);
        Assert.Equal("demo", options.Seed);
        Assert.Equal(TimeSpan.FromSeconds(3), options.ReviewStepDelay);
        Assert.Equal((EmulatorDefaults.AccountSid, EmulatorDefaults.AuthToken, EmulatorDefaults.ApiKeySid, EmulatorDefaults.ApiKeySecret), (options.AccountSid, options.AuthToken, options.ApiKeySid, options.ApiKeySecret));
        Assert.Null(options.MaxConcurrentRequestsPerAccount);
        Assert.Equal(TimeSpan.Zero, options.Latency.Mean);
        var parsed = Parse("--state", "s.json", "--numbers", "5", "--numbers-on-profile", "6", "--max-concurrency", "3", "--review-delay", "0.5",
            "--latency-ms", "50", "--latency-jitter-ms", "10", "--latency-distribution", "lognormal", "--port", "0", "--no-api-key");
        Assert.Equal((Path.Combine(WorkingDirectory, "s.json"), 5, 6, 3, TimeSpan.FromMilliseconds(500)), (parsed.StatePath, parsed.ExtraNumbers, parsed.ExtraNumbersOnProfile, parsed.MaxConcurrentRequestsPerAccount, parsed.ReviewStepDelay));
        Assert.Equal((TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(10), LatencyDistribution.LogNormal), (parsed.Latency.Mean, parsed.Latency.Jitter, parsed.Latency.Distribution));
        Assert.Equal(("http://127.0.0.1:0", null), (parsed.Url, parsed.ApiKeySid));
        var bulk = Parse("--seed", "bulk:7");
        Assert.Equal(("demo", 7), (bulk.Seed, bulk.ExtraNumbers));
    }

    [Theory]
    [InlineData("--max-concurrency", "--max-concurrency", "0")]
    [InlineData("--urls", "--urls", "http://127.0.0.1:1;http://127.0.0.1:2")]
    [InlineData("--port", "--urls", "http://127.0.0.1:1", "--port", "2")]
    [InlineData("--latency-ms", "--latency-ms", "-1")]
    [InlineData("--account-sid", "--account-sid", "AC123")]
    [InlineData("--numbers", "--seed", "bulk:5", "--numbers", "5")]
    [InlineData("--faults", "--faults", "/nonexistent-faults.json")]
    [InlineData("--latency-distribution", "--latency-distribution", "pareto")]
    public void Bad_options_are_named_in_the_problem(string named, params string[] args)
    {
        var (options, problems) = EmulatorCommandLine.Parse(args, WorkingDirectory);
        Assert.Null(options);
        Assert.Contains(problems, p => p.Contains(named, StringComparison.Ordinal));
    }

    private static readonly string WorkingDirectory = Path.GetTempPath();

    private static EmulatorOptions Parse(params string[] args)
    {
        var (options, problems) = EmulatorCommandLine.Parse(args, WorkingDirectory);
        Assert.True(options is not null, string.Join("\n", problems));
        return options;
    }
}
