using System.Net;
using TrustHubGen.Emulator.Faults;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>Injected 429s, 503s, latency, dropped connections and the per-account concurrency cap.</summary>
public sealed class FaultTests
{
    private const string AssignmentRoute = "/v1/TrustProducts/*/ChannelEndpointAssignments";

    [Fact]
    public async Task Injected_429_carries_code_20429_and_retry_after_only_on_its_route()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.Faults.Routes.Add(new RouteFault { Method = "POST", Path = AssignmentRoute, TooManyRequestsRate = 1, RetryAfterSeconds = 2 }));
        var product = await CreateTrustProductAsync(emulator.Client, TestEmulator.ShakenStir);
        var refused = await AssignNumberAsync(emulator.Client, product, emulator.Seed.NumbersOnProfile[0].Sid);
        AssertError(refused, HttpStatusCode.TooManyRequests, 20429);
        Assert.Equal(TimeSpan.FromSeconds(2), refused.Message.Headers.RetryAfter!.Delta);
        Assert.Equal(HttpStatusCode.OK, (await emulator.Client.GetAsync($"v1/TrustProducts/{product}/ChannelEndpointAssignments")).Status);

        // Never processed: nothing was assigned.
        Assert.Equal(0, (await emulator.Client.GetAsync($"v1/TrustProducts/{product}/ChannelEndpointAssignments")).Json.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Injected_503_and_dropped_connections()
    {
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.Faults.Routes.Add(new RouteFault { Method = "GET", Path = "/v1/TrustProducts", ServiceUnavailableRate = 1 });
            o.Faults.Routes.Add(new RouteFault { Method = "*", Path = "/2010-04-01/**", DropConnectionRate = 1 });
        });
        AssertError(await emulator.Client.GetAsync("v1/TrustProducts"), HttpStatusCode.ServiceUnavailable, 20503);
        Assert.Equal(HttpStatusCode.OK, (await emulator.Client.GetAsync("v1/CustomerProfiles")).Status);
        await Assert.ThrowsAsync<HttpRequestException>(() => emulator.Client.GetAsync("2010-04-01/Accounts.json"));
    }

    [Fact]
    public async Task Rates_draw_from_a_seeded_random_source_so_runs_repeat()
    {
        async Task<string> RunAsync()
        {
            await using var emulator = await TestEmulator.StartAsync(o =>
            {
                o.Faults.RandomSeed = 42;
                o.Faults.Routes.Add(new RouteFault { Path = "/v1/**", TooManyRequestsRate = 0.3, ServiceUnavailableRate = 0.3 });
            });
            var statuses = new List<int>();
            for (var i = 0; i < 40; i++)
            {
                statuses.Add((int)(await emulator.Client.GetAsync("v1/Policies")).Status);
            }

            return string.Join(",", statuses);
        }

        var first = await RunAsync();
        Assert.Equal(first, await RunAsync());
        Assert.Contains("200", first, StringComparison.Ordinal);
        Assert.Contains("429", first, StringComparison.Ordinal);
        Assert.Contains("503", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_requests_beyond_the_cap_get_429_per_account()
    {
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.MaxConcurrentRequestsPerAccount = 2;
            o.Faults.Routes.Add(new RouteFault { Method = "GET", Path = "/v1/TrustProducts", Latency = TimeSpan.FromSeconds(2) });
        });
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => emulator.Client.GetAsync("v1/TrustProducts")));
        var refused = responses.Where(r => r.Status == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.True(responses.Count(r => r.Status == HttpStatusCode.OK) >= 2);
        Assert.All(refused, r => Assert.Equal(20429, r.Code));
        Assert.All(refused, r => Assert.NotNull(r.Message.Headers.RetryAfter));

        // Slots free again once the slow requests finish.
        Assert.Equal(HttpStatusCode.OK, (await emulator.Client.GetAsync("v1/CustomerProfiles")).Status);
    }

    [Fact]
    public async Task Bad_fault_rules_are_refused_with_the_reason()
    {
        var options = new EmulatorOptions();
        options.Faults.Routes.Add(new RouteFault { Path = "/v1/**", TooManyRequestsRate = 1.5 });
        var error = await Assert.ThrowsAsync<ArgumentException>(() => EmulatorHost.StartAsync(options));
        Assert.Contains("TooManyRequestsRate", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // System.Text.Json's own words named .NET types, split the line on a quoted newline and ended in "Path: $ |
    // LineNumber: 0 | BytePositionInLine: 1."; a user needs the JSON path and what to write instead.
    [InlineData("name: x\nroutes: []\n", "faults.json: $ (line 1): ")]
    [InlineData("{\"routes\":[{\"rate\":1}]}", "faults.json: $.routes[0].rate (line 1): unknown property \"rate\".")]
    [InlineData("{\"routes\":{}}", "faults.json: $.routes (line 1): expected an array.")]
    [InlineData("{\"random_seed\":\"7\"}", "faults.json: $.random_seed (line 1): this value has the wrong JSON type")]
    [InlineData("{\"routes\":[{\"method\":7}]}", "faults.json: $.routes[0].method (line 1): this value has the wrong JSON type")]
    [InlineData("[]", "faults.json: $ (line 1): expected an object.")]
    public void A_faults_file_that_is_not_one_says_where_and_what_on_one_line_in_json_terms(string json, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => FaultOptions.Parse(json, "faults.json"));

        Assert.True(error.Message.StartsWith(message, StringComparison.Ordinal), error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain("TrustHubGen.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fault_files_read_every_documented_field()
    {
        var faults = FaultOptions.Parse("""
            {"random_seed": 7,
             "routes": [{"method": "POST", "path": "/v1/TrustProducts/*/ChannelEndpointAssignments", "too_many_requests_rate": 0.1,
                         "retry_after_seconds": 3, "service_unavailable_rate": 0.05, "drop_connection_rate": 0.01, "latency_ms": 20}]}
            """, "faults.json");
        Assert.Equal(7, faults.RandomSeed);
        var route = Assert.Single(faults.Routes);
        Assert.Equal(("POST", AssignmentRoute, 0.1, 3, 0.05, 0.01, TimeSpan.FromMilliseconds(20)),
            (route.Method, route.Path, route.TooManyRequestsRate, route.RetryAfterSeconds, route.ServiceUnavailableRate, route.DropConnectionRate, route.Latency));
        var error = Assert.Throws<ArgumentException>(() => FaultOptions.Parse("""{"routes":[{"rate":1}]}""", "faults.json"));
        Assert.Contains("unknown property \"rate\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("faults.json", error.Message, StringComparison.Ordinal);
        var moved = Assert.Throws<ArgumentException>(() => FaultOptions.Parse("""{"max_concurrent_requests_per_account": 4}""", "faults.json"));
        Assert.Contains("--max-concurrency", moved.Message, StringComparison.Ordinal);
    }
}
