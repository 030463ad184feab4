using Microsoft.Extensions.Logging;
using TrustHubGen.Pipelines.Tests.Sdk;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Pipelines.Tests;

/// <summary>The pipeline passes cancellation and the logger through to the engine: a cancelled run is finished by the next.</summary>
public sealed class CancellationAndLoggingTests
{
    [Fact]
    public async Task A_run_cancelled_midway_is_finished_by_the_next_run_with_no_duplicate()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var pipeline = CnamOnboarding.For(emulator.Profile)
            .WithNumbers(EmulatorSession.Sids(emulator.Seed.NumbersNotOnProfile.Take(3)))
            .WithCnamInformation(CnamDisplayName.Parse("OWL INDUSTRIES"))
            .AndShakenStir()
            .NotifyEmail("owl@example.com")
            .WithOptions(EmulatorSession.FastReview);
        using var cancel = new CancellationTokenSource();
        // Cancel once the first product exists: the profile assignments and part of the products are written.
        var progress = new Progress(p => { if (p.Step.Contains("assigning the Business Profile", StringComparison.Ordinal)) cancel.Cancel(); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pipeline.RunAsync(emulator.Operations, progress, cancellationToken: cancel.Token));
        var result = await pipeline.RunAsync(emulator.Operations);

        Assert.True(result.Succeeded, result.ToString());
        // The numbers were put on the profile before the cancellation: the second run makes only the products' assignments.
        Assert.Equal(3 * 2, result.ApiCalls["CreateChannelEndpointAssignment"]);
        foreach (var policy in pipeline.Request.Policies)
        {
            var products = await emulator.ToListAsync(emulator.Operations.ListBundlesAsync(OnboardingBundleKind.TrustProduct, policy.Sid, default));
            Assert.Single(products);
        }
        var endUsers = await emulator.ToListAsync(emulator.Operations.ListEndUsersAsync(default));
        Assert.Single(endUsers, e => e.Type == "cnam_information");
    }

    /// <summary>
    /// <c>RunAsync(transport, ct)</c>, the call a user writes first (and <c>PlanAsync</c> takes): it did not compile (CS1503:
    /// a token is not an <c>IProgress</c>), so the token had to be named. A cancelled token stops the run before any call.
    /// </summary>
    [Fact]
    public async Task A_run_takes_the_token_right_after_the_transport_or_the_operations()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var pipeline = CnamOnboarding.For(emulator.Profile)
            .WithNumbers(EmulatorSession.Sids(emulator.Seed.NumbersNotOnProfile.Take(1)))
            .WithCnamInformation(CnamDisplayName.Parse("OWL INDUSTRIES"))
            .NotifyEmail("owl@example.com");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pipeline.RunAsync(emulator.Transport, cancel.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pipeline.RunAsync(emulator.Operations, cancel.Token));

        var result = await pipeline.WithOptions(EmulatorSession.FastReview).RunAsync(emulator.Transport, CancellationToken.None);
        Assert.True(result.Succeeded, result.ToString());
    }

    [Fact]
    public async Task The_logger_hears_the_run_and_never_the_email_or_the_display_name()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var logger = new ListLogger();

        await ShakenStirOnboarding.For(emulator.Profile)
            .WithNumbers(EmulatorSession.Sids(emulator.Seed.NumbersOnProfile.Take(2)))
            .AndCnam(CnamDisplayName.Parse("OWL INDUSTRIES"))
            .NotifyEmail("secret-owl@example.com")
            .RunAsync(emulator.Operations, logger: logger);

        Assert.NotEmpty(logger.Lines);
        Assert.DoesNotContain(logger.Lines, l => l.Contains("secret-owl", StringComparison.Ordinal) || l.Contains("OWL INDUSTRIES", StringComparison.Ordinal));
    }

    private sealed class Progress(Action<OnboardingProgress> report) : IProgress<OnboardingProgress>
    {
        public void Report(OnboardingProgress value) => report(value);
    }

    private sealed class ListLogger : ILogger
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines { get { lock (_lines) return [.. _lines]; } }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_lines) _lines.Add(formatter(state, exception));
        }
    }
}
