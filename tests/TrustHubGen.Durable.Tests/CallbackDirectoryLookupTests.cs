using global::IsvOnboarding;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TrustHubGen.AspNetCore;
using TrustHubGen.Durable.Tests.Infrastructure;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Runtime;

namespace TrustHubGen.Durable.Tests;

/// <summary>
/// A status callback costs one question to the ISV's customer records, whichever check let its account through (the
/// durable onboarding's IsExpectedAccount, or a token configured in AuthTokens); forged ones still cost no token lookup.
/// </summary>
public sealed class CallbackDirectoryLookupTests
{
    private const string Profile = "BU00000000000000000000000000000001";
    private const string Cnam = "BU00000000000000000000000000000002";
    private const string ShakenStir = "BU00000000000000000000000000000003";

    [Fact]
    public async Task Each_callback_asks_the_directory_once_and_enqueues_its_stage()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ReviewStepDelay = TimeSpan.Zero });
        var tokenLookups = new CountingTransport(StatusCallbackEndpointTests.Transport(emulator));
        var customer = emulator.Seed.SubaccountSid!;
        var token = emulator.Seed.SubaccountAuthToken!;
        var directory = new CountingDirectory(new DemoCustomerDirectory(new DemoCustomers("BU" + new string('0', 32), [new DemoCustomer(customer, "Acme Widgets", "ACME", ["+15125550100"])])));
        await using var app = BareIsvApp.Build(o => o.RunServer = false, builder =>
        {
            builder.Services.AddSingleton<ITwilioTransport>(tokenLookups);
            builder.Services.AddSingleton<IIsvCustomerDirectory>(directory);
            builder.Services.AddTrustHubStatusCallbacks(o => o.AuthTokenSource = new SubaccountAuthTokens(tokenLookups));
        });
        app.MapTrustHubStatusCallbacks();
        await app.StartAsync();
        var url = new Uri(new Uri(app.Urls.Single()), "trusthub/status-callback");
        app.Services.GetRequiredService<IsvOnboardingStore>().Record(new IsvCustomerStatus { AccountSid = customer, Stage = IsvOnboardingStage.ProfileInReview, ProfileSid = Profile });

        async Task<int> SendAsync((string Bundle, string Policy, string Status) c)
        {
            var form = new Dictionary<string, string>(StringComparer.Ordinal) { ["AccountSid"] = customer, ["BundleSid"] = c.Bundle, ["PolicySid"] = c.Policy, ["Status"] = c.Status };
            var answer = await ForgedCallbackTests.PostAsync(url, form, ForgedCallbackTests.Signed(url, form, token));
            RunEnqueued(app);
            return answer;
        }
        (string, string, string)[] callbacks =
        [
            (Profile, PolicySids.SecondaryProfile, "in-review"), (Profile, PolicySids.SecondaryProfile, "twilio-approved"),
            (Cnam, PolicySids.Cnam, "twilio-approved"), (ShakenStir, PolicySids.ShakenStir, "twilio-rejected"),
        ];

        // Through the durable onboarding's IsExpectedAccount (asked before the token is looked up): one question each.
        foreach (var callback in callbacks) Assert.Equal(204, await SendAsync(callback));
        Assert.Equal(callbacks.Length, directory.Lookups);
        Assert.Equal(1, tokenLookups.Requests);
        var stages = Stages(app);
        Assert.Equal([nameof(IsvOnboardingJobs.SubmitProductsAsync), nameof(IsvOnboardingJobs.RecordVerdictsAsync), nameof(IsvOnboardingJobs.RecordVerdictsAsync)], stages);

        // With the customer's token configured, IsExpectedAccount is not asked: the handler asks once instead.
        app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TrustHubStatusCallbackOptions>>().Value.AuthTokens[customer] = token;
        foreach (var callback in callbacks) Assert.Equal(204, await SendAsync(callback));
        Assert.Equal(callbacks.Length + callbacks.Length - 1, directory.Lookups);   // the in-review callback enqueues nothing and asks nothing
        Assert.Equal([.. stages, .. stages], Stages(app));

        // Forged callbacks naming random accounts: one question each, no token lookup, nothing enqueued.
        foreach (var account in ForgedCallbackTests.RandomAccounts(10))
        {
            var form = new Dictionary<string, string>(StringComparer.Ordinal) { ["AccountSid"] = account, ["BundleSid"] = Profile, ["PolicySid"] = PolicySids.SecondaryProfile, ["Status"] = "twilio-approved" };
            Assert.Equal(403, await ForgedCallbackTests.PostAsync(url, form, ForgedCallbackTests.Signed(url, form, "a guessed token")));
        }
        Assert.Equal(2 * callbacks.Length - 1 + 10, directory.Lookups);
        Assert.Equal(1, tokenLookups.Requests);
        Assert.Equal(2 * stages.Count, Stages(app).Count);
    }

    /// <summary>The stages the callbacks enqueued, in order.</summary>
    private static List<string> Stages(WebApplication app) =>
        app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().SucceededJobs(0, 100)
            .OrderBy(j => long.Parse(j.Key, System.Globalization.CultureInfo.InvariantCulture)).Select(j => j.Value.Job.Method.Name).ToList();

    /// <summary>
    /// Marks the jobs in the queue done, as a worker would have run them (this app runs none): a job still waiting would
    /// read the next verdict itself, so that callback would add none (CallbackHandlerTests).
    /// </summary>
    private static void RunEnqueued(WebApplication app)
    {
        var jobs = app.Services.GetRequiredService<IBackgroundJobClient>();
        foreach (var job in app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 100).Where(j => j.Value.InEnqueuedState))
            Assert.True(jobs.ChangeState(job.Key, new Hangfire.States.SucceededState(null, 0, 0), Hangfire.States.EnqueuedState.StateName));
    }

    /// <summary>Counts every question to the customer records, whether for a customer's data or only whether it is one.</summary>
    private sealed class CountingDirectory(IIsvCustomerDirectory inner) : IIsvCustomerDirectory
    {
        private int _lookups;

        public int Lookups => Volatile.Read(ref _lookups);

        public ValueTask<IsvCustomerOnboarding?> FindAsync(string customerAccountSid, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _lookups);
            return inner.FindAsync(customerAccountSid, cancellationToken);
        }

        public ValueTask<bool> IsCustomerAsync(string customerAccountSid, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _lookups);
            return inner.IsCustomerAsync(customerAccountSid, cancellationToken);
        }
    }
}
