using System;
using System.Linq.Expressions;
using System.Threading.Tasks;
using Hangfire;
using Hangfire.States;

namespace TrustHubGen.Durable;

/// <summary>
/// Adds a customer's jobs, remembering the latest, so that the reconciliation and callbacks add none while one is still
/// pending. Without this a customer whose calls kept failing (Twilio answering 500 for hours) got a new job every
/// reconciliation round while the previous one waited for its retries, each with ten retries of its own.
/// </summary>
internal sealed class CustomerJobs(IBackgroundJobClient jobs, IsvOnboardingStore store)
{
    /// <summary>Enqueues <paramref name="job"/> for the customer whatever is pending; returns its id.</summary>
    public string Enqueue(string customerAccountSid, Expression<Func<IsvOnboardingJobs, Task>> job)
    {
        var id = jobs.Enqueue(job);
        store.RememberJob(customerAccountSid, id);
        return id;
    }

    /// <summary>The customer's pending job (enqueued, processing, waiting for a retry) and its state, or null.</summary>
    public (string Id, string State)? Pending(string customerAccountSid) => store.PendingJob(customerAccountSid);

    /// <summary>Moves a job waiting for its retry to the queue now; false when it is no longer waiting.</summary>
    public bool RunNow(string jobId) => jobs.ChangeState(jobId, new EnqueuedState(), ScheduledState.StateName);
}
