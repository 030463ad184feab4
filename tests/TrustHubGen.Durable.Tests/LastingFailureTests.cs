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
/// Twilio answers 500 to everything for one customer, round after round of the reconciliation: that customer keeps one
/// job in its retries (not one more per round), its record says what fails, the others complete; once the service
/// recovers, it completes with nothing made twice.
/// </summary>
public sealed class LastingFailureTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_customer_whose_calls_keep_failing_keeps_one_job_its_record_says_why_and_it_completes_once_the_service_recovers()
    {
        await using var demo = await DemoEmulator.StartAsync(3, TimeSpan.FromMilliseconds(300), keepState: true);
        var customers = demo.Customers;
        var failing = customers.Customers[1].AccountSid;
        var transport = new FailingForOneCustomer(demo.Transport, failing);
        var writes = new WriteLog(transport);
        var logs = new LogRecorder();
        await using var app = await LoggedIsvApp.StartAsync(writes, customers, logs, o =>
        {
            o.ReconcileEvery = TimeSpan.FromSeconds(1);
            o.CallbackOverdueAfter = TimeSpan.FromSeconds(3);
            o.SchedulePollingInterval = TimeSpan.FromMilliseconds(500);
        });
        var onboarding = app.Services.GetRequiredService<IsvOnboarding>();
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        Task WaitAsync(Func<bool> condition, string what) => Eventually.WaitAsync(condition, TimeSpan.FromMinutes(3), what,
            () => string.Join("\n", customers.Customers.Select(c => $"{onboarding.GetStatus(c.AccountSid)}").Concat(CustomerJobList.Of(monitoring, failing))));

        foreach (var customer in customers.Customers) onboarding.Start(customer.AccountSid);
        var others = customers.Customers.Where(c => c.AccountSid != failing).Select(c => c.AccountSid).ToList();
        await WaitAsync(() => others.All(c => onboarding.GetStatus(c)?.Stage == IsvOnboardingStage.Completed), "the other customers completed");
        await WaitAsync(() => onboarding.GetStatus(failing)?.LastError?.Contains("Twilio answered 500", StringComparison.Ordinal) == true, "the failure on the record");

        // Rounds every second, the record overdue after 3: the customer's one job goes on with its retries alone.
        await Task.Delay(TimeSpan.FromSeconds(10));
        var jobs = CustomerJobList.Of(monitoring, failing).ToList();
        foreach (var job in jobs) output.WriteLine(job);
        var status = onboarding.GetStatus(failing)!;
        output.WriteLine($"record: {status}");
        Assert.Single(jobs);
        Assert.Contains("retried: Twilio answered 500 with code 20500", status.LastError, StringComparison.Ordinal);
        Assert.Equal(IsvOnboardingStage.Started, status.Stage);
        Assert.Contains(logs.Entries, e => e.Message.Contains("already had one pending", StringComparison.Ordinal) && !e.Message.Contains("(0 of them", StringComparison.Ordinal));

        transport.Recover();
        await WaitAsync(() => onboarding.GetStatus(failing)?.Stage == IsvOnboardingStage.Completed, "the customer completed once the service recovered");
        Assert.Null(onboarding.GetStatus(failing)!.LastError);
        await app.StopAsync();
        Assert.Empty(writes.Repeated());
        await demo.AssertOneOfEverythingAsync(numbers: 2, withProducts: true);
    }

    /// <summary>Answers 500 (code 20500) to every request of one customer's subaccount until <see cref="Recover"/>, as a Twilio outage for it would.</summary>
    private sealed class FailingForOneCustomer(ITwilioTransport inner, string account) : ITwilioAccountTransport
    {
        private volatile bool _recovered;

        public string AccountSid => inner.GetAccountSid()!;

        public void Recover() => _recovered = true;

        public Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken) =>
            !_recovered && request.SubaccountSid == account
                ? Task.FromException<TwilioResponse>(new TwilioApiException(500, 20500, "Internal Server Error", null, request.ToString()))
                : inner.SendAsync(request, cancellationToken);
    }
}
