using TrustHubGen.Emulator.Limits;
using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

/// <summary>
/// The engine against the emulator's per-account concurrency cap (429/20429 beyond it, <c>Twilio-Concurrent-Requests</c> on
/// every answer) and a latency standing in for the distance to Twilio: it finds the cap and works just under it.
/// </summary>
public sealed class AccountCapTests
{
    [Fact]
    public async Task A_run_wanting_far_more_than_the_cap_works_at_the_cap_with_almost_no_refusals()
    {
        const int N = 200, Cap = 12;
        await using var emulator = await EmulatorSession.StartAsync(extraNumbers: N, configure: o =>
        {
            o.MaxConcurrentRequestsPerAccount = Cap;
            o.Latency = new LatencyOptions { Mean = TimeSpan.FromMilliseconds(15), Jitter = TimeSpan.FromMilliseconds(3) };
        });
        var numbers = emulator.Seed.NumbersNotOnProfile.TakeLast(N).Select(n => n.Sid).ToArray();
        var request = emulator.Request(OnboardingNumbers.FromSids(numbers), ShippedPolicies.Cnam, ShippedPolicies.ShakenStir);
        request = request with { Options = request.Options with { MaxConcurrency = 128 } };

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        Assert.True(result.Succeeded, result.ToString());
        Assert.All(result.Products, p => Assert.Equal(N, p.NumbersAssigned));
        var statistics = emulator.Host.Statistics;
        // It reached the cap (128 workers, an initial limit of 16) ...
        Assert.Equal(Cap, statistics.PeakConcurrentRequests[emulator.Host.AccountSid]);
        // ... and, after the first round trip's overshoot (16 sent at once), stayed under it: no storm of 429s. At a cap
        // this small the 2% margin is one request, and answers crossing new requests on the wire are refused now and then:
        // 3-5% of requests on an idle machine (CI, 2026-12-03). The benchmark holds the 1% goal at Twilio's cap of 100.
        Assert.True(statistics.RefusedByConcurrencyCap <= Math.Max(16, statistics.Requests / 10), $"{statistics.RefusedByConcurrencyCap} of {statistics.Requests} requests were refused by the cap");
        Assert.Equal(statistics.RefusedByConcurrencyCap, result.Retries);
    }

    [Fact]
    public async Task Two_runs_sharing_the_account_both_finish_under_the_cap()
    {
        const int N = 120, Cap = 10;
        await using var emulator = await EmulatorSession.StartAsync(extraNumbers: 2 * N, configure: o =>
        {
            o.MaxConcurrentRequestsPerAccount = Cap;
            o.Latency = new LatencyOptions { Mean = TimeSpan.FromMilliseconds(10), Jitter = TimeSpan.FromMilliseconds(2) };
        });
        var all = emulator.Seed.NumbersNotOnProfile.TakeLast(2 * N).Select(n => n.Sid).ToArray();
        OnboardingRequest Request(IEnumerable<string> numbers, string prefix)
        {
            var request = emulator.Request(OnboardingNumbers.FromSids(numbers), ShippedPolicies.ShakenStir);
            return request with { Options = request.Options with { MaxConcurrency = 64, FriendlyNamePrefix = prefix, WaitForReview = false } };
        }

        var runner = new OnboardingRunner(emulator.Operations);
        var results = await Task.WhenAll(runner.RunAsync(Request(all.Take(N), "First")), runner.RunAsync(Request(all.Skip(N), "Second")));

        Assert.All(results, r => Assert.True(r.Succeeded, r.ToString()));
        Assert.All(results, r => Assert.Equal(N, Assert.Single(r.Products).NumbersAssigned));
        var statistics = emulator.Host.Statistics;
        // No storm of 429s (see above for why a small cap sees a few percent).
        Assert.True(statistics.RefusedByConcurrencyCap <= Math.Max(16, statistics.Requests / 10), $"{statistics.RefusedByConcurrencyCap} of {statistics.Requests} requests were refused by the cap");
        Assert.Equal(Cap, statistics.PeakConcurrentRequests[emulator.Host.AccountSid]);
    }
}
