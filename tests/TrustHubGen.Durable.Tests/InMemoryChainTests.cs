using global::IsvOnboarding;
using TrustHubGen.AspNetCore;
using TrustHubGen.Durable.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace TrustHubGen.Durable.Tests;

/// <summary>The chain in one process with the in-memory storage: callbacks drive it, verdicts are recorded with their codes, the reconciliation catches lost callbacks.</summary>
public sealed class InMemoryChainTests
{
    // Only callbacks move customers here: the reconciliation would look after an hour.
    private static readonly IsvArguments CallbacksOnly = new() { ReconcileEvery = TimeSpan.FromMinutes(1), Overdue = TimeSpan.FromHours(1), Poll = TimeSpan.FromMilliseconds(200) };

    [Fact]
    public async Task Callbacks_take_each_customer_from_its_profile_to_its_approved_products_and_duplicates_change_nothing()
    {
        await using var isv = await IsvHarness.StartAsync(3, CallbacksOnly);
        isv.StartAll();

        var statuses = await isv.WaitFinishedAsync(TimeSpan.FromMinutes(2));

        Assert.All(statuses, s =>
        {
            Assert.Equal((IsvOnboardingStage.Completed, "twilio-approved"), (s.Stage, s.ProfileStatus));
            Assert.Equal(["Cnam", "ShakenStir"], s.Products.Select(p => p.Policy).Order());
            Assert.All(s.Products, p => Assert.Equal(("twilio-approved", 2), (p.Status, p.NumbersAssigned)));
        });

        // A duplicate approval and a late in-review callback for each bundle: jobs run, nothing changes.
        var handler = isv.App.Services.GetRequiredService<ITrustHubStatusCallbackHandler>();
        foreach (var s in statuses)
        {
            foreach (var (bundle, policy) in s.Products.Select(p => (p.ProductSid!, p.Policy == "Cnam" ? PolicySids.Cnam : PolicySids.ShakenStir)).Append((s.ProfileSid!, PolicySids.SecondaryProfile)))
            {
                await handler.HandleAsync(new TrustHubStatusCallback { AccountSid = s.AccountSid, BundleSid = bundle, PolicySid = policy, Status = "twilio-approved" }, default);
                await handler.HandleAsync(new TrustHubStatusCallback { AccountSid = s.AccountSid, BundleSid = bundle, PolicySid = policy, Status = "in-review" }, default);
            }
        }
        await WaitForNoJobsAsync(isv);
        Assert.Equal(statuses.Select(s => s with { UpdatedAt = default }), isv.Statuses.Select(s => s! with { UpdatedAt = default }), new StatusComparer());
        Assert.Equal(0, isv.JobCounts().Failed);

        var census = await isv.StopEmulatorAndCountAsync();
        Assert.Equal(3, census.Count);
        Assert.All(census.Values, c => CensusAssertions.OneOfEverything(c, numbers: 2, withProducts: true));
    }

    [Fact]
    public async Task Rejections_are_recorded_and_reported_with_their_codes()
    {
        await using var isv = await IsvHarness.StartAsync(2, CallbacksOnly, o => o.ManualReviewVerdicts = true);
        isv.StartAll();
        var rejectedProfile = isv.Customers.Customers[0].AccountSid;

        var statuses = await isv.WaitFinishedAsync(TimeSpan.FromMinutes(2), current =>
        {
            foreach (var s in current.OfType<IsvCustomerStatus>())
            {
                if (s.Stage == IsvOnboardingStage.ProfileInReview && s.ProfileStatus is "pending-review" or "in-review")
                    TryDecide(isv, s.ProfileSid!, s.AccountSid != rejectedProfile, 18601);
                foreach (var p in s.Products.Where(p => p.Status is "pending-review" or "in-review"))
                    TryDecide(isv, p.ProductSid!, p.Policy != "Cnam", 22215);
            }
        });

        var rejected = statuses.Single(s => s.AccountSid == rejectedProfile);
        Assert.Equal((IsvOnboardingStage.ProfileRejected, "twilio-rejected"), (rejected.Stage, rejected.ProfileStatus));
        Assert.Equal(18601, Assert.Single(rejected.ProfileRejection).Code);
        Assert.Empty(rejected.Products);
        var products = statuses.Single(s => s.AccountSid != rejectedProfile);
        Assert.Equal(IsvOnboardingStage.Completed, products.Stage);
        var cnam = products.Products.Single(p => p.Policy == "Cnam");
        Assert.Equal("twilio-rejected", cnam.Status);
        var code = Assert.Single(cnam.Rejection);
        Assert.Equal(22215, code.Code);
        Assert.False(string.IsNullOrEmpty(code.Meaning));
        Assert.Equal("twilio-approved", products.Products.Single(p => p.Policy == "ShakenStir").Status);

        var census = await isv.StopEmulatorAndCountAsync();
        CensusAssertions.OneOfEverything(census[rejectedProfile], numbers: 2, withProducts: false);
        CensusAssertions.OneOfEverything(census[products.AccountSid], numbers: 2, withProducts: true);
    }

    [Fact]
    public async Task When_no_callback_arrives_the_reconciliation_finishes_every_customer()
    {
        // Twilio is told a URL nobody listens on: every callback is lost.
        var lost = new Uri($"http://127.0.0.1:{IsvApp.FreePort()}/");
        var arguments = new IsvArguments { ReconcileEvery = TimeSpan.FromSeconds(1), Overdue = TimeSpan.FromSeconds(1), Poll = TimeSpan.FromMilliseconds(200) };
        await using var isv = await IsvHarness.StartAsync(2, arguments, publicUrl: lost);
        isv.StartAll();

        var statuses = await isv.WaitFinishedAsync(TimeSpan.FromMinutes(2));

        Assert.All(statuses, s => Assert.Equal(IsvOnboardingStage.Completed, s.Stage));
        Assert.All(statuses.SelectMany(s => s.Products), p => Assert.Equal("twilio-approved", p.Status));
        var jobs = isv.App.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi().SucceededJobs(0, 1000);
        Assert.Contains(jobs, j => j.Value.Job?.Method.Name == nameof(IsvOnboardingJobs.ReconcileCustomerAsync));
        Assert.DoesNotContain(jobs, j => j.Value.Job?.Method.Name == nameof(IsvOnboardingJobs.SubmitProductsAsync));
    }

    [Fact]
    public async Task A_customer_with_invalid_data_needs_attention_naming_the_field_once_and_the_others_go_on()
    {
        // The ISV's records: the first customer is right, the second's display name is too long (met once its profile
        // is approved), the third's business name is empty; a fourth SID is started that the records do not hold.
        await using var isv = await IsvHarness.StartAsync(3, CallbacksOnly, records: file => file with
        {
            Customers = [file.Customers[0], file.Customers[1] with { CnamDisplayName = "ACME WIDGETS INCORPORATED" }, file.Customers[2] with { BusinessName = "" }],
        });
        var unknown = DemoAccount.CustomerSid(99);
        isv.StartAll();
        isv.Onboarding.Start(unknown);

        var statuses = await isv.WaitFinishedAsync(TimeSpan.FromMinutes(2));
        var stranger = isv.Onboarding.GetStatus(unknown);

        Assert.Equal(IsvOnboardingStage.Completed, statuses[0].Stage);
        Assert.All(statuses[0].Products, p => Assert.Equal("twilio-approved", p.Status));
        Assert.Equal((IsvOnboardingStage.NeedsAttention, "twilio-approved"), (statuses[1].Stage, statuses[1].ProfileStatus));
        Assert.Contains("cnam_display_name", Assert.Single(statuses[1].Problems), StringComparison.Ordinal);
        Assert.Equal(IsvOnboardingStage.NeedsAttention, statuses[2].Stage);
        Assert.Contains("business_name", Assert.Single(statuses[2].Problems), StringComparison.Ordinal);
        Assert.NotNull(stranger);
        Assert.Equal(IsvOnboardingStage.NeedsAttention, stranger.Stage);
        Assert.Contains("not in the IIsvCustomerDirectory", Assert.Single(stranger.Problems), StringComparison.Ordinal);

        // Each failed once, in the dashboard under its customer, and is not retried; the reconciliation leaves them alone.
        await WaitForNoJobsAsync(isv);
        var failed = isv.App.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi().FailedJobs(0, 100).Select(j => j.Value.ExceptionMessage).ToList();
        Assert.Equal(3, failed.Count);
        foreach (var sid in new[] { statuses[1].AccountSid, statuses[2].AccountSid, unknown })
            Assert.Contains(failed, m => m.StartsWith($"Customer {sid} needs attention", StringComparison.Ordinal));
        Assert.Equal([statuses[0].AccountSid, statuses[1].AccountSid, statuses[2].AccountSid, unknown], isv.Onboarding.Store.ListFinished().Order(StringComparer.Ordinal));
    }

    private static void TryDecide(IsvHarness isv, string bundleSid, bool approve, int code)
    {
        try
        {
            isv.Emulator.DecideReview(bundleSid, approve, approve ? [] : [code]);
        }
        catch (InvalidOperationException)
        {
            // Already decided (the record has not caught up yet).
        }
    }

    private static async Task WaitForNoJobsAsync(IsvHarness isv)
    {
        await Task.Delay(300);
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (isv.JobCounts() is var c && c.Enqueued + c.Processing + c.Scheduled > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"jobs still pending: {c}");
            await Task.Delay(100);
        }
    }

    private sealed class StatusComparer : IEqualityComparer<IsvCustomerStatus>
    {
        public bool Equals(IsvCustomerStatus? x, IsvCustomerStatus? y) => x is not null && x.SameAs(y);

        public int GetHashCode(IsvCustomerStatus obj) => obj.AccountSid.GetHashCode(StringComparison.Ordinal);
    }
}
