using System;
using System.Threading;
using Hangfire;
using TrustHubGen.Runtime;

namespace TrustHubGen.Durable;

/// <summary>Starts customers' onboarding and reads where each stands (from any instance sharing the job storage).</summary>
public sealed class IsvOnboarding
{
    private readonly CustomerJobs _jobs;

    /// <summary>Created by DI (<c>services.AddTrustHubIsvOnboarding</c>).</summary>
    public IsvOnboarding(IBackgroundJobClient jobs, IsvOnboardingStore store)
    {
        Store = store ?? throw new ArgumentNullException(nameof(store));
        _jobs = new CustomerJobs(jobs ?? throw new ArgumentNullException(nameof(jobs)), store);
    }

    /// <summary>The customers' records.</summary>
    public IsvOnboardingStore Store { get; }

    /// <summary>
    /// Starts (or restarts: the engine finds what exists) a customer's onboarding: records it as under way, so the
    /// reconciliation looks after it from now on, and enqueues its first stage. Returns the job's id.
    /// </summary>
    /// <exception cref="FormatException">The SID is not an account SID (AC and 32 hex digits); the message says why.</exception>
    public string Start(string customerAccountSid)
    {
        SidFormat.Validate(customerAccountSid, "AC", nameof(customerAccountSid));
        Store.MarkStarted(customerAccountSid);
        return _jobs.Enqueue(customerAccountSid, j => j.SubmitProfileAsync(customerAccountSid, CancellationToken.None));
    }

    /// <summary>The customer's last recorded status, or null when never started.</summary>
    public IsvCustomerStatus? GetStatus(string customerAccountSid) => Store.Get(customerAccountSid);
}
