using Hangfire;
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

    private sealed class UnreadableCustomers : IIsvCustomerDirectory
    {
        public ValueTask<IsvCustomerOnboarding?> FindAsync(string customerAccountSid, CancellationToken cancellationToken) =>
            throw new FormatException("CnamDisplayName: cnam_display_name \"ACME WIDGETS INCORPORATED\" has 25 characters; at most 15 are allowed.");
    }
}
