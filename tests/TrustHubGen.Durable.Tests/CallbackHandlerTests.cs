using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using TrustHubGen.AspNetCore;
using TrustHubGen.Durable.Tests.Infrastructure;

namespace TrustHubGen.Durable.Tests;

/// <summary>The durable callback handler: a verdict for a customer whose data the directory cannot read still reaches a job.</summary>
public sealed class CallbackHandlerTests
{
    private const string Customer = "AC00000000000000000000000000000009";

    [Fact]
    public async Task A_verdict_for_a_customer_with_invalid_data_is_acknowledged_and_its_job_records_the_problem()
    {
        using var services = StorageIsolationTests.Provider(s => s.AddSingleton<IIsvCustomerDirectory>(new UnreadableCustomers()));
        var handler = services.GetRequiredService<ITrustHubStatusCallbackHandler>();

        // A 500 answer here would only make Twilio retry the callback, again and again.
        await handler.HandleAsync(new TrustHubStatusCallback
        {
            AccountSid = Customer, BundleSid = "BU00000000000000000000000000000001", PolicySid = PolicySids.SecondaryProfile, Status = "twilio-approved",
        }, default);

        var enqueued = services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 10);
        var job = Assert.Single(enqueued).Value.Job;
        Assert.Equal((nameof(IsvOnboardingJobs.SubmitProductsAsync), Customer), (job.Method.Name, job.Args[0]));   // a profile's approval
    }

    [Fact]
    public async Task Callbacks_for_a_customer_whose_job_is_pending_add_none_and_one_waiting_for_its_retry_runs_now()
    {
        using var services = StorageIsolationTests.Provider(s => s.AddSingleton<IIsvCustomerDirectory>(new UnreadableCustomers()));
        var handler = services.GetRequiredService<ITrustHubStatusCallbackHandler>();
        var jobs = services.GetRequiredService<IBackgroundJobClient>();
        var monitoring = services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var verdict = new TrustHubStatusCallback
        {
            AccountSid = Customer, BundleSid = "BU00000000000000000000000000000001", PolicySid = PolicySids.SecondaryProfile, Status = "twilio-rejected",
        };

        // Three verdicts while the first one's job waits in the queue: it reads them all.
        for (var i = 0; i < 3; i++) await handler.HandleAsync(verdict, default);
        var job = Assert.Single(Enqueued(monitoring));

        // Its run failed and waits an hour for its retry (Twilio failing for this customer): a verdict runs it now instead of adding one.
        Assert.True(jobs.ChangeState(job, new ScheduledState(TimeSpan.FromHours(1)), EnqueuedState.StateName));
        await handler.HandleAsync(verdict, default);
        Assert.Equal(job, Assert.Single(Enqueued(monitoring)));
        Assert.Equal(EnqueuedState.StateName, monitoring.JobDetails(job).History[0].StateName);

        // Once it ended, the next verdict gets a job of its own.
        Assert.True(jobs.ChangeState(job, new SucceededState(null, 0, 0), EnqueuedState.StateName));
        await handler.HandleAsync(verdict, default);
        Assert.NotEqual(job, Assert.Single(Enqueued(monitoring)));
    }

    // The jobs in the queue, each once (moving a job in the queue to Scheduled, as this test does, leaves its entry there).
    private static List<string> Enqueued(Hangfire.Storage.IMonitoringApi monitoring) =>
        monitoring.EnqueuedJobs("default", 0, 100).Where(j => j.Value.InEnqueuedState).Select(j => j.Key).Distinct().ToList();

    private sealed class UnreadableCustomers : IIsvCustomerDirectory
    {
        public ValueTask<IsvCustomerOnboarding?> FindAsync(string customerAccountSid, CancellationToken cancellationToken) =>
            throw new FormatException("CnamDisplayName: cnam_display_name \"ACME WIDGETS INCORPORATED\" has 25 characters; at most 15 are allowed.");
    }
}
