using System.Collections.Concurrent;
using global::IsvOnboarding;
using Microsoft.Extensions.DependencyInjection;
using TrustHubGen.AspNetCore;
using TrustHubGen.Durable.Tests.Infrastructure;
using TrustHubGen.Emulator.Hosting;

namespace TrustHubGen.Durable.Tests;

/// <summary>The reporter (e-mail the customer, update a CRM) hears of every change at least once, even when it fails once.</summary>
public sealed class ReporterTests
{
    [Fact]
    public async Task A_report_that_fails_is_made_again_by_the_jobs_retry()
    {
        await using var demo = await DemoEmulator.StartAsync(1, TimeSpan.FromHours(1));
        var customer = demo.Customers.Customers[0].AccountSid;
        var reporter = new FlakyReporter();
        await using var app = BareIsvApp.Build(o => o.RunServer = false, builder =>
        {
            builder.Services.AddSingleton(StatusCallbackEndpointTests.Transport(demo.Emulator));
            builder.Services.AddSingleton<IIsvCustomerDirectory>(new DemoCustomerDirectory(demo.Customers));
            builder.Services.AddSingleton<IIsvOnboardingReporter>(reporter);
            builder.Services.AddTrustHubStatusCallbacks(o => o.PublicBaseUrl = new Uri("https://isv.example.com/"));
        });
        await app.StartAsync();
        var jobs = app.Services.GetRequiredService<IsvOnboardingJobs>();

        // The CRM is down when the profile is submitted: the job fails, and Hangfire runs it again.
        await Assert.ThrowsAsync<HttpRequestException>(() => jobs.SubmitProfileAsync(customer, default));
        await jobs.SubmitProfileAsync(customer, default);

        var told = Assert.Single(reporter.Told);
        Assert.Equal((IsvOnboardingStage.ProfileInReview, customer), (told.Stage, told.AccountSid));
        Assert.Equal(IsvOnboardingStage.ProfileInReview, app.Services.GetRequiredService<IsvOnboarding>().GetStatus(customer)?.Stage);

        // Nothing new: nothing reported.
        await jobs.ReconcileCustomerAsync(customer, default);
        Assert.Single(reporter.Told);
    }

    private sealed class FlakyReporter : IIsvOnboardingReporter
    {
        private int _calls;

        public ConcurrentQueue<IsvCustomerStatus> Told { get; } = new();

        public Task ReportAsync(IsvCustomerStatus? previous, IsvCustomerStatus current, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) == 1) throw new HttpRequestException("The CRM answered 503.");
            Told.Enqueue(current);
            return Task.CompletedTask;
        }
    }
}
