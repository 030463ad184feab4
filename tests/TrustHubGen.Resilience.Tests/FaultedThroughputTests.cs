using TrustHubGen.Resilience.Tests.Infrastructure;
using TrustHubGen.Resilience.Tests.TrustHub;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;
using Xunit.Abstractions;

namespace TrustHubGen.Resilience.Tests;

/// <summary>10,000 numbers, CNAM and SHAKEN/STIR, through 2% injected 429s (code 20429, Retry-After) and 1% 503s.</summary>
public sealed class FaultedThroughputTests(ITestOutputHelper output)
{
    private const int Numbers = 10_000;

    [Fact]
    public async Task Ten_thousand_numbers_onboard_for_both_policies_through_injected_429s_and_503s_with_no_error_left()
    {
        var retries = new RetryLog();
        // Retry-After: 1 as Twilio sends it; a 429's first retry waits one round trip instead (the adaptive gate), a second
        // refusal of the same request the whole second. 503s back off from 5 ms.
        var retry = new TwilioRetryOptions { MaxRetries = 8, BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromSeconds(2), OnRetry = retries.Record };
        await using var emulator = await ResilienceEmulator.StartAsync(Numbers, faults: f =>
        {
            f.RandomSeed = 20429;
            f.Routes.Add(new() { Method = "*", Path = "/v1/**", TooManyRequestsRate = 0.02, ServiceUnavailableRate = 0.01, RetryAfterSeconds = 1 });
            f.Routes.Add(new() { Method = "*", Path = "/2010-04-01/**", TooManyRequestsRate = 0.02, ServiceUnavailableRate = 0.01, RetryAfterSeconds = 1 });
        }, retry);
        var request = new OnboardingRequest
        {
            BusinessProfileSid = emulator.ProfileSid,
            Policies = [PolicyCatalog.Cnam.OnboardingPolicy, PolicyCatalog.ShakenStir.OnboardingPolicy],
            Numbers = OnboardingNumbers.FromSids(emulator.NumberSids),
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [PolicyCatalog.Cnam.EndUsers.CnamInformation.Type] = new Dictionary<string, string>
                {
                    [PolicyCatalog.Cnam.EndUsers.CnamInformation.CnamDisplayName.Name] = "OWL INDUSTRIES",
                },
            },
            NotificationEmail = "throughput@example.com",
            Options = new OnboardingOptions
            {
                MaxConcurrency = 32, RetryMonitor = retries.Monitor,
                WaitForReview = true, ReviewPollInitialDelay = TimeSpan.FromMilliseconds(10), ReviewPollMaxDelay = TimeSpan.FromMilliseconds(50),
            },
        };

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        output.WriteLine(result.ToString());
        output.WriteLine($"retries: {retries.Monitor.Count} ({retries.TooManyRequests} after 429, {retries.ServiceUnavailable} after 503)");
        Assert.True(result.Succeeded, result.ToString());
        Assert.Empty(result.Failures);
        Assert.All(result.Products, p => Assert.Equal(Numbers, p.NumbersAssigned));
        // Submitted (UpdateBundleStatus to pending-review once per product); the emulator reviews at once.
        Assert.All(result.Products, p => Assert.Equal("twilio-approved", p.Status));
        Assert.Equal(Numbers * 3, result.ApiCalls["CreateChannelEndpointAssignment"]);
        Assert.Equal(2, result.ApiCalls["UpdateBundleStatus"]);
        Assert.True(retries.TooManyRequests > 0 && retries.ServiceUnavailable > 0, $"the injected faults caused {retries.TooManyRequests} 429 and {retries.ServiceUnavailable} 503 retries");
        Assert.Equal(retries.Monitor.Count, result.Retries);
        Assert.True(retries.TooManyRequestsNotWaitingRetryAfter == 0, $"{retries.TooManyRequestsNotWaitingRetryAfter} retries after a 429 waited neither one round trip (first retry) nor its Retry-After of 1 s");

        // The service's own view, not only the engine's report: every number on the profile and on both products, once.
        var profile = await CountAsync(emulator.Operations.ListChannelEndpointAssignmentsAsync(OnboardingBundleKind.CustomerProfile, emulator.ProfileSid, default), emulator.NumberSids);
        Assert.Equal((Numbers, Numbers), profile);
        foreach (var product in result.Products)
        {
            var bundle = await emulator.Operations.FetchBundleAsync(OnboardingBundleKind.TrustProduct, product.ProductSid!, default);
            Assert.Equal("twilio-approved", bundle.Status);
            var assigned = await CountAsync(emulator.Operations.ListChannelEndpointAssignmentsAsync(OnboardingBundleKind.TrustProduct, product.ProductSid!, default), emulator.NumberSids);
            Assert.Equal((Numbers, Numbers), assigned);
        }
    }

    /// <summary>(assignments of the given numbers, distinct numbers among them).</summary>
    private static async Task<(int Assignments, int Distinct)> CountAsync(IAsyncEnumerable<ChannelEndpointAssignment> assignments, IReadOnlyList<string> numbers)
    {
        var wanted = numbers.ToHashSet(StringComparer.Ordinal);
        var seen = new List<string>();
        await foreach (var assignment in assignments)
            if (wanted.Contains(assignment.ChannelEndpointSid)) seen.Add(assignment.ChannelEndpointSid);
        return (seen.Count, seen.Distinct(StringComparer.Ordinal).Count());
    }

    private sealed class RetryLog
    {
        private int _tooManyRequests, _serviceUnavailable, _tooManyRequestsNotWaitingRetryAfter;

        public OnboardingRetryMonitor Monitor { get; } = new();

        public int TooManyRequests => Volatile.Read(ref _tooManyRequests);

        public int ServiceUnavailable => Volatile.Read(ref _serviceUnavailable);

        public int TooManyRequestsNotWaitingRetryAfter => Volatile.Read(ref _tooManyRequestsNotWaitingRetryAfter);

        public void Record(TwilioRetryInfo info)
        {
            Monitor.Record(info);
            if (info.Status == 429)
            {
                Interlocked.Increment(ref _tooManyRequests);
                // The first retry of a 429 waits one round trip when the adaptive gate knows it (a slot frees at the next answer),
                // at most the Retry-After; the same request refused again waits its Retry-After (Runtime README, "Concurrency").
                var waited = info.Attempt == 1 ? info.Delay > TimeSpan.Zero && info.Delay <= TimeSpan.FromSeconds(1) : info.FromRetryAfter && info.Delay == TimeSpan.FromSeconds(1);
                if (!waited) Interlocked.Increment(ref _tooManyRequestsNotWaitingRetryAfter);
            }
            else if (info.Status == 503) Interlocked.Increment(ref _serviceUnavailable);
        }
    }
}
