using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.Limits;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>
/// Twilio's limits as the emulator models them (issue 12): the per-account concurrency cap, the latency per request, and
/// the Twilio-Request-Id / Twilio-Request-Duration / Twilio-Concurrent-Requests headers on every response.
/// </summary>
[Collection(ServiceLimitCollection.Name)]
public sealed partial class ServiceLimitTests
{
    [Theory]
    [InlineData(1, 3)]
    [InlineData(4, 3)]
    public async Task A_cap_of_n_with_n_plus_k_concurrent_requests_refuses_exactly_k(int cap, int extra)
    {
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.MaxConcurrentRequestsPerAccount = cap;
            o.Latency.Mean = TimeSpan.FromSeconds(2);
        });
        using var client = emulator.ClientAs(emulator.Host.AccountSid, emulator.Host.AuthToken);

        var responses = await Task.WhenAll(Enumerable.Range(0, cap + extra).Select(_ => client.GetAsync("v1/Policies")));

        var refused = responses.Where(r => r.Status == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(extra, refused.Count);
        Assert.Equal(cap, responses.Count(r => r.Status == HttpStatusCode.OK));
        foreach (var response in refused)
        {
            AssertError(response, HttpStatusCode.TooManyRequests, 20429, "at most " + cap, "not processed");
            Assert.Equal(TimeSpan.FromSeconds(1), response.Message.Headers.RetryAfter!.Delta);
            Assert.Equal(cap, ConcurrentRequests(response));
        }

        Assert.All(responses.Where(r => r.Status == HttpStatusCode.OK), r => Assert.InRange(ConcurrentRequests(r)!.Value, 1, cap));
        var statistics = emulator.Host.Statistics;
        Assert.Equal((extra, cap), (statistics.RefusedByConcurrencyCap, statistics.PeakConcurrentRequests[emulator.Host.AccountSid]));
        Assert.EndsWith($"RefusedByConcurrencyCap = {extra}, InjectedFaults = 0, PeakConcurrentRequests = {{ {emulator.Host.AccountSid} = {cap} }} }}", statistics.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cap_is_per_account_and_frees_its_slots()
    {
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.MaxConcurrentRequestsPerAccount = 2;
            o.Faults.Routes.Add(new Faults.RouteFault { Method = "GET", Path = "/v1/TrustProducts", Latency = TimeSpan.FromSeconds(2) });
        });
        using var subaccount = emulator.ClientAs(emulator.Seed.SubaccountSid!, emulator.Seed.SubaccountAuthToken!);
        var slow = Enumerable.Range(0, 2).Select(_ => emulator.Client.GetAsync("v1/TrustProducts")).ToArray();
        await Task.Delay(500);

        AssertError(await emulator.Client.GetAsync("v1/CustomerProfiles"), HttpStatusCode.TooManyRequests, 20429);
        Assert.Equal(HttpStatusCode.OK, (await subaccount.GetAsync("v1/CustomerProfiles")).Status);
        Assert.All(await Task.WhenAll(slow), r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal(HttpStatusCode.OK, (await emulator.Client.GetAsync("v1/CustomerProfiles")).Status);
    }

    [Fact]
    public async Task The_cap_changes_for_requests_that_arrive_after_the_change()
    {
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.MaxConcurrentRequestsPerAccount = 1;
            o.Latency.Mean = TimeSpan.FromSeconds(1);
        });
        var before = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => emulator.Client.GetAsync("v1/Policies")));
        Assert.Equal(2, before.Count(r => r.Status == HttpStatusCode.TooManyRequests));

        emulator.Host.SetMaxConcurrentRequestsPerAccount(3);
        var after = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => emulator.Client.GetAsync("v1/Policies")));
        Assert.All(after, r => Assert.Equal(HttpStatusCode.OK, r.Status));

        emulator.Host.SetMaxConcurrentRequestsPerAccount(null);
        Assert.Throws<ArgumentOutOfRangeException>(() => emulator.Host.SetMaxConcurrentRequestsPerAccount(0));
    }

    [Fact]
    public async Task Every_response_carries_twilios_request_headers()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var product = await CreateTrustProductAsync(emulator.Client, TestEmulator.ShakenStir);
        var counted = new[]
        {
            await emulator.Client.GetAsync("v1/TrustProducts"),
            await emulator.Client.GetAsync($"v1/TrustProducts/{product}"),
            await emulator.Client.PostAsync("v1/TrustProducts", ("FriendlyName", "x")),
            await emulator.Client.GetAsync("v1/TrustProducts/BU00000000000000000000000000000000"),
            await emulator.Client.DeleteAsync($"v1/TrustProducts/{product}"),
            await emulator.Client.GetAsync("v1/Nothing"),
        };
        foreach (var response in counted)
        {
            AssertRequestHeaders(response);
            Assert.Equal(1, ConcurrentRequests(response));
        }

        using var anonymous = new ApiClient(emulator.Host.BaseAddress, null, null);
        using var wrongToken = emulator.ClientAs(emulator.Host.AccountSid, "wrong");
        var uncounted = new[] { await anonymous.GetAsync("v1/TrustProducts"), await wrongToken.GetAsync("v1/TrustProducts"), await anonymous.GetAsync("v1/Nothing") };
        foreach (var response in uncounted)
        {
            AssertRequestHeaders(response);
            Assert.Null(ConcurrentRequests(response));
        }
    }

    [Fact]
    public async Task Latency_is_observed_within_its_bounds_and_in_the_duration_header()
    {
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.Latency.Mean = TimeSpan.FromMilliseconds(300);
            o.Latency.Jitter = TimeSpan.FromMilliseconds(100);
        });
        await emulator.Client.GetAsync("v1/Policies");
        emulator.Host.SetLatency(new LatencyOptions { Mean = TimeSpan.FromMilliseconds(300), Jitter = TimeSpan.FromMilliseconds(100) });

        var timed = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            var started = Stopwatch.GetTimestamp();
            var response = await emulator.Client.GetAsync("v1/Policies");
            return (Response: response, Elapsed: Stopwatch.GetElapsedTime(started));
        }));

        foreach (var (response, elapsed) in timed)
        {
            Assert.Equal(HttpStatusCode.OK, response.Status);
            var duration = TimeSpan.FromSeconds(double.Parse(Header(response, "Twilio-Request-Duration")!, CultureInfo.InvariantCulture));
            Assert.InRange(duration, TimeSpan.FromMilliseconds(199), TimeSpan.FromSeconds(5));
            Assert.InRange(elapsed, TimeSpan.FromMilliseconds(199), TimeSpan.FromSeconds(5));
        }

        // The draws spread over the range instead of all being the mean.
        var durations = timed.Select(t => double.Parse(Header(t.Response, "Twilio-Request-Duration")!, CultureInfo.InvariantCulture)).ToArray();
        Assert.True(durations.Max() - durations.Min() > 0.05, string.Join(", ", durations));
    }

    [Fact]
    public async Task Waiting_out_latency_burns_no_cpu()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.Latency.Mean = TimeSpan.FromSeconds(1));
        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => emulator.Client.GetAsync("v1/Policies")));

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => emulator.Client.GetAsync("v1/Policies")));
        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.True(wall.Elapsed >= TimeSpan.FromMilliseconds(990), $"50 requests of 1 s took {wall.Elapsed}");

        // 50 concurrent waits of a second each: spinning would keep every core busy for the whole wall time; timers cost
        // almost nothing. The bound is half of that, so a loaded machine's slower request handling (at
        // load 16 it once exceeded half the wall time) cannot fail it, and a spinning wait still would.
        var spinning = wall.Elapsed * Environment.ProcessorCount;
        Assert.True(cpu < spinning * 0.5, $"CPU {cpu.TotalMilliseconds:F0} ms over {wall.Elapsed.TotalMilliseconds:F0} ms of waiting on {Environment.ProcessorCount} cores");
    }

    [Fact]
    public async Task Requests_refused_by_the_cap_wait_the_latency_too()
    {
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.MaxConcurrentRequestsPerAccount = 1;
            o.Latency.Mean = TimeSpan.FromMilliseconds(800);
        });
        var first = emulator.Client.GetAsync("v1/Policies");
        await Task.Delay(100);
        var started = Stopwatch.GetTimestamp();
        var refused = await emulator.Client.GetAsync("v1/Policies");
        var elapsed = Stopwatch.GetElapsedTime(started);

        AssertError(refused, HttpStatusCode.TooManyRequests, 20429);
        Assert.True(elapsed >= TimeSpan.FromMilliseconds(790), $"the 429 came after {elapsed}");
        Assert.Equal(HttpStatusCode.OK, (await first).Status);
    }

    [Theory]
    [InlineData(LatencyDistribution.Uniform)]
    [InlineData(LatencyDistribution.Normal)]
    [InlineData(LatencyDistribution.LogNormal)]
    public void Draws_have_the_mean_and_spread_asked_for(LatencyDistribution distribution)
    {
        var model = new LatencyModel(new LatencyOptions { Mean = TimeSpan.FromMilliseconds(50), Jitter = TimeSpan.FromMilliseconds(10), Distribution = distribution, RandomSeed = 7 });
        var draws = Enumerable.Range(0, 20_000).Select(_ => model.Next().TotalMilliseconds).ToArray();
        var mean = draws.Average();
        var deviation = Math.Sqrt(draws.Average(d => (d - mean) * (d - mean)));

        Assert.InRange(mean, 49, 51);
        Assert.All(draws, d => Assert.True(d >= 0));
        if (distribution == LatencyDistribution.Uniform)
        {
            Assert.InRange(draws.Min(), 40, 41);
            Assert.InRange(draws.Max(), 59, 60);
        }
        else
        {
            Assert.InRange(deviation, 9, 11);
        }

        var again = new LatencyModel(new LatencyOptions { Mean = TimeSpan.FromMilliseconds(50), Jitter = TimeSpan.FromMilliseconds(10), Distribution = distribution, RandomSeed = 7 });
        Assert.Equal(draws.Take(10), Enumerable.Range(0, 10).Select(_ => again.Next().TotalMilliseconds));
    }

    [Fact]
    public async Task Bad_limits_are_refused_naming_the_option()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => EmulatorHost.StartAsync(new EmulatorOptions { MaxConcurrentRequestsPerAccount = 0, Latency = { Mean = TimeSpan.FromMilliseconds(-1) } }));
        Assert.Contains("MaxConcurrentRequestsPerAccount", error.Message, StringComparison.Ordinal);
        Assert.Contains("Latency.Mean", error.Message, StringComparison.Ordinal);
    }

    private static void AssertRequestHeaders(ApiResponse response)
    {
        Assert.Matches(RequestId(), Header(response, "Twilio-Request-Id") ?? "");
        Assert.Matches(Duration(), Header(response, "Twilio-Request-Duration") ?? "");
    }

    private static int? ConcurrentRequests(ApiResponse response) =>
        Header(response, "Twilio-Concurrent-Requests") is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : null;

    private static string? Header(ApiResponse response, string name) =>
        response.Message.Headers.TryGetValues(name, out var values) ? values.Single() : null;

    [GeneratedRegex("^RQ[0-9a-f]{32}$")]
    private static partial Regex RequestId();

    [GeneratedRegex(@"^\d+\.\d{3}$")]
    private static partial Regex Duration();
}

/// <summary>Timing and CPU measurements run alone, not beside the other test classes.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServiceLimitCollection
{
    public const string Name = "service limits (timed)";
}
