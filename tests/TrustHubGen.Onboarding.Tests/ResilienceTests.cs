using Microsoft.Extensions.Logging;
using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

public sealed class ResilienceTests
{
    [Fact]
    public async Task Dropped_connections_on_writes_leave_failures_that_a_rerun_finishes_with_nothing_duplicated()
    {
        const int N = 60;
        await using var emulator = await EmulatorSession.StartAsync(extraNumbers: N, faults: f =>
        {
            f.RandomSeed = 3;
            f.Routes.Add(new() { Method = "POST", Path = "/v1/**", DropConnectionRate = 0.05 });
        });
        var numbers = emulator.Seed.NumbersNotOnProfile.Skip(5).Take(N).Select(n => n.Sid).ToArray();
        var request = emulator.Request(OnboardingNumbers.FromSids(numbers), ShippedPolicies.Cnam, ShippedPolicies.ShakenStir);
        var runner = new OnboardingRunner(emulator.Operations);

        var first = await runner.RunAsync(request);
        Assert.False(first.Succeeded, "a 5% drop rate on about 190 writes should have failed at least one");
        Assert.All(first.Failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Cause)));
        var runs = 1;
        var last = first;
        while (!last.Succeeded && runs < 6)
        {
            last = await runner.RunAsync(request);
            runs++;
        }

        Assert.True(last.Succeeded, last.ToString());
        var state = await AccountState.DescribeAsync(emulator.Operations, request);
        Assert.Contains("Cnam: 1 product(s) twilio-approved", state);
        Assert.Contains("ShakenStir: 1 product(s) twilio-approved", state);
        Assert.Contains($"(assignments {N})", state);
        Assert.Contains("cnam_information end users named by the engine: 1", state);
    }

    [Fact]
    public async Task Logs_name_steps_and_SIDs_but_never_secrets_emails_or_attribute_values()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var logger = new ListLogger();
        var request = emulator.Request(OnboardingNumbers.FromSids(emulator.Seed.NumbersNotOnProfile.Take(1).Select(n => n.Sid)), ShippedPolicies.Cnam);

        await new OnboardingRunner(emulator.Operations, logger).RunAsync(request);

        var text = string.Join("\n", logger.Lines);
        Assert.Contains("Submitted Cnam product BU", text);
        Assert.DoesNotContain(emulator.Host.AuthToken, text);
        Assert.DoesNotContain("owl@example.com", text);
        Assert.DoesNotContain("OWL INDUSTRIES", text);
    }

    private sealed class ListLogger : ILogger
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Lines) Lines.Add(formatter(state, exception));
        }
    }
}
