using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

public sealed class ThroughputTests
{
    [Fact]
    public async Task Five_hundred_numbers_onboard_for_both_policies_through_injected_429s_and_503s_with_no_error_left()
    {
        const int N = 500;
        await using var emulator = await EmulatorSession.StartAsync(extraNumbers: N, faults: f =>
        {
            f.RandomSeed = 7;
            f.Routes.Add(new() { Method = "*", Path = "/v1/**", TooManyRequestsRate = 0.02, ServiceUnavailableRate = 0.01, RetryAfterSeconds = 1 });
            f.Routes.Add(new() { Method = "*", Path = "/2010-04-01/**", TooManyRequestsRate = 0.02, ServiceUnavailableRate = 0.01, RetryAfterSeconds = 1 });
        });
        var numbers = emulator.Seed.NumbersNotOnProfile.Skip(5).Take(N).Select(n => n.Sid).ToArray();
        var request = emulator.Request(OnboardingNumbers.FromSids(numbers), ShippedPolicies.Cnam, ShippedPolicies.ShakenStir);
        request = request with { Options = request.Options with { MaxConcurrency = 16 } };
        var reports = new List<OnboardingProgress>();
        var progress = new LockedProgress(reports);

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request, progress);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Empty(result.Failures);
        Assert.All(result.Products, p => Assert.Equal(N, p.NumbersAssigned));
        Assert.All(result.Products, p => Assert.Equal("twilio-approved", p.Status));
        Assert.Equal(N * 3 + 10, result.WriteCalls);
        Assert.True(result.Retries > 0, "the injected faults caused no retry");
        lock (reports)
        {
            Assert.Contains(reports, r => r.Step.Contains("Business Profile") && r.NumbersDone == N && r.NumbersTotal == N);
            Assert.Contains(reports, r => r.Retries > 0);
        }
    }

    private sealed class LockedProgress(List<OnboardingProgress> reports) : IProgress<OnboardingProgress>
    {
        public void Report(OnboardingProgress value)
        {
            lock (reports) reports.Add(value);
        }
    }
}
