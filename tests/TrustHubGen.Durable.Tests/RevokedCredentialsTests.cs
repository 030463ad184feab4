using global::IsvOnboarding;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrustHubGen.Durable.Tests.Infrastructure;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.Tests.Infrastructure;
using TrustHubGen.Runtime;
using Xunit.Abstractions;

namespace TrustHubGen.Durable.Tests;

/// <summary>
/// One customer's credentials stop working mid-run (Twilio answers 401, code 20003, for its subaccount): the ISV sees it
/// on that customer's record, its reporter and its job; the others complete; restoring the credentials resumes it
/// without a write made twice.
/// </summary>
public sealed class RevokedCredentialsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_customer_whose_credentials_are_refused_is_shown_as_such_the_others_complete_and_restoring_resumes_it()
    {
        await using var demo = await DemoEmulator.StartAsync(3, TimeSpan.FromMilliseconds(300), keepState: true);
        var customers = demo.Customers;
        var revoked = customers.Customers[1].AccountSid;
        var transport = new RevocableCredentials(demo.Transport, demo.Emulator);
        var writes = new WriteLog(transport);
        var logs = new LogRecorder();
        await using var app = await LoggedIsvApp.StartAsync(writes, customers, logs, o =>
        {
            o.ReconcileEvery = TimeSpan.FromSeconds(1);
            o.CallbackOverdueAfter = TimeSpan.FromSeconds(3);
            o.SchedulePollingInterval = TimeSpan.FromMilliseconds(500);
        });
        var onboarding = app.Services.GetRequiredService<IsvOnboarding>();
        Task WaitAsync(Func<bool> condition, string what) => Eventually.WaitAsync(condition, TimeSpan.FromMinutes(2), what,
            () => string.Join("\n", customers.Customers.Select(c => $"{onboarding.GetStatus(c.AccountSid)}").Concat(
                logs.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Category}: {e.Message} {e.Exception?.Message}"))));

        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        foreach (var customer in customers.Customers) onboarding.Start(customer.AccountSid);
        await WaitAsync(() => onboarding.GetStatus(revoked)?.Stage == IsvOnboardingStage.ProfileInReview, "the profile in review");

        // Revoked while its profile is in review: the approval's job (and every later one) is refused.
        transport.Revoke(revoked);
        var others = customers.Customers.Where(c => c.AccountSid != revoked).Select(c => c.AccountSid).ToList();
        await WaitAsync(() => others.All(c => onboarding.GetStatus(c)?.Stage == IsvOnboardingStage.Completed), "the other customers completed");
        await WaitAsync(() => onboarding.GetStatus(revoked)!.Problems.Any(p => p.Contains("401, code 20003", StringComparison.Ordinal)), "the refusal on the record");
        // Several reconciliation rounds (every second, the record overdue after 3): one failed job, no retries piling up.
        await Task.Delay(TimeSpan.FromSeconds(8));
        var status = onboarding.GetStatus(revoked)!;
        output.WriteLine($"record: {status}");
        Assert.Equal(IsvOnboardingStage.ProfileInReview, status.Stage);
        Assert.False(status.IsFinished);
        var jobs = CustomerJobList.Of(monitoring, revoked).ToList();
        foreach (var job in jobs) output.WriteLine($"job {job}");
        Assert.Single(jobs, j => j.StartsWith("failed", StringComparison.Ordinal));
        Assert.DoesNotContain(jobs, j => j.StartsWith("scheduled", StringComparison.Ordinal));
        var reported = logs.Entries.Where(e => e.Category.EndsWith("LoggingIsvOnboardingReporter", StringComparison.Ordinal) && e.Message.Contains(revoked, StringComparison.Ordinal)).ToList();
        Assert.Equal(LogLevel.Warning, Assert.Single(reported, e => e.Message.Contains("401", StringComparison.Ordinal)).Level);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith($"Customer {revoked}: Twilio refused", StringComparison.Ordinal));

        transport.Restore(revoked);
        await WaitAsync(() => onboarding.GetStatus(revoked)?.Stage == IsvOnboardingStage.Completed, "the customer completed once restored");
        Assert.Empty(onboarding.GetStatus(revoked)!.Problems);
        await app.StopAsync();
        Assert.Empty(writes.Repeated());
        await demo.AssertOneOfEverythingAsync(numbers: 2, withProducts: true);
    }

    /// <summary>Sends a revoked customer's requests with a token Twilio does not know, as after the ISV's credentials for it were revoked.</summary>
    private sealed class RevocableCredentials(ITwilioTransport good, EmulatorHost emulator) : ITwilioAccountTransport
    {
        public string AccountSid => emulator.AccountSid;

        private readonly ITwilioTransport _refused = Refused(emulator);
        private readonly HashSet<string> _revoked = new(StringComparer.Ordinal);

        public void Revoke(string account)
        {
            lock (_revoked) _revoked.Add(account);
        }

        public void Restore(string account)
        {
            lock (_revoked) _revoked.Remove(account);
        }

        public Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
        {
            bool revoked;
            lock (_revoked) revoked = request.SubaccountSid is { } account && _revoked.Contains(account);
            return (revoked ? _refused : good).SendAsync(request, cancellationToken);
        }

        private static ITwilioTransport Refused(EmulatorHost emulator)
        {
            var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(emulator.AccountSid, new string('0', 32)) };
            options.UseBaseAddressForAllHosts(emulator.BaseAddress);
            return new TwilioHttpTransport(new HttpClient(), options);
        }
    }
}
