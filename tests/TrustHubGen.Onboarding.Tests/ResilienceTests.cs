using Microsoft.Extensions.Logging;
using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

public sealed class ResilienceTests
{
    [Fact]
    public async Task Connections_dropped_before_the_write_are_finished_within_the_same_run_with_nothing_duplicated()
    {
        // The emulator drops these connections before handling the request (nothing written); LostAnswerTests covers
        // the other case, a connection dropped after the write. The engine cannot tell them apart and need not.
        const int N = 60;
        await using var emulator = await EmulatorSession.StartAsync(extraNumbers: N, faults: f =>
        {
            f.RandomSeed = 3;
            f.Routes.Add(new() { Method = "POST", Path = "/v1/**", DropConnectionRate = 0.05 });
        });
        var numbers = emulator.Seed.NumbersNotOnProfile.Skip(5).Take(N).Select(n => n.Sid).ToArray();
        var request = emulator.Request(OnboardingNumbers.FromSids(numbers), ShippedPolicies.Cnam, ShippedPolicies.ShakenStir);

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        Assert.True(result.RecoveredWrites > 0, "a 5% drop rate on about 190 writes should have dropped at least one");
        Assert.True(result.Succeeded, result.ToString());
        var state = await AccountState.DescribeAsync(emulator.Operations, request);
        Assert.Contains("Cnam: 1 product(s) twilio-approved", state);
        Assert.Contains("ShakenStir: 1 product(s) twilio-approved", state);
        Assert.Contains($"(assignments {N})", state);
        Assert.Contains("cnam_information end users named by the engine: 1", state);
        var again = await new OnboardingRunner(emulator.Operations).RunAsync(request);
        Assert.Equal(0, again.WriteCalls);
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
