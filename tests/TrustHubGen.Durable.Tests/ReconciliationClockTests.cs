using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using TrustHubGen.Runtime;

namespace TrustHubGen.Durable.Tests;

/// <summary>The reconciliation after a clock jump: records dated by a clock that was fast do not hide customers from it.</summary>
public sealed class ReconciliationClockTests
{
    private const string Customer = "AC00000000000000000000000000000007";

    [Theory]
    [InlineData(2 * 60, 1)]      // the host's clock was two hours fast when the record was written, then NTP set it right
    [InlineData(3 * 24 * 60, 1)] // a VM restored with a clock three days ahead, then corrected
    [InlineData(0, 0)]           // written now: recent news, nothing to reconcile
    [InlineData(-40, 1)]         // written 40 minutes ago: overdue (30 minutes)
    public async Task A_record_dated_ahead_of_the_clock_is_reconciled(int minutesAhead, int expected)
    {
        using var services = StorageIsolationTests.Provider(s => s
            .AddSingleton<IIsvCustomerDirectory>(new NoCustomers())
            .AddSingleton<ITwilioTransport>(new TwilioHttpTransport(new HttpClient(), new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken("AC" + new string('0', 32), "token") })));
        services.GetRequiredService<IGlobalConfiguration>();   // Hangfire's process-wide log provider: this provider's, not a disposed one's
        var storage = services.GetRequiredService<JobStorage>();
        new IsvOnboardingStore(storage, new FixedClock(DateTimeOffset.UtcNow + TimeSpan.FromMinutes(minutesAhead))).MarkStarted(Customer);

        await services.GetRequiredService<IsvOnboardingJobs>().ReconcileAsync(default);

        var enqueued = storage.GetMonitoringApi().EnqueuedJobs("default", 0, 10).Select(j => (j.Value.Job.Method.Name, Account: (string)j.Value.Job.Args[0])).ToList();
        Assert.Equal(Enumerable.Repeat((nameof(IsvOnboardingJobs.ReconcileCustomerAsync), Customer), expected), enqueued);
    }

    private sealed class NoCustomers : IIsvCustomerDirectory
    {
        public ValueTask<IsvCustomerOnboarding?> FindAsync(string customerAccountSid, CancellationToken cancellationToken) => default;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
