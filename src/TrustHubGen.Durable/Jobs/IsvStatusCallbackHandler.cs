using System;
using System.Threading;
using System.Threading.Tasks;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrustHubGen.AspNetCore;

namespace TrustHubGen.Durable;

/// <summary>
/// Continues the chain from a verified callback by enqueueing the customer's next stage: the profile approved →
/// its products; a profile rejected or a product's verdict → record it. Only verdicts enqueue (the statuses before
/// them change nothing to do). Duplicates and late callbacks enqueue a job that finds nothing left to change.
/// Every stage job does the same thing (the name tells the dashboard why it ran), so the directory is asked only
/// whether the account is a customer, and only when the endpoint did not ask it already.
/// </summary>
internal sealed class IsvStatusCallbackHandler(CustomerAccountCheck customers, IOptions<TrustHubStatusCallbackOptions> callbacks, IsvOnboardingStore store,
    IBackgroundJobClient jobs, TrustHubIsvOnboardingOptions options, ILogger<IsvStatusCallbackHandler> logger)
    : ITrustHubStatusCallbackHandler
{
    public async Task HandleAsync(TrustHubStatusCallback callback, CancellationToken cancellationToken)
    {
        if (!callback.IsVerdict) return;
        var checkedByEndpoint = callback.AccountExpectedByIsExpectedAccount && customers.IsInForce(callbacks.Value);
        if (!checkedByEndpoint && !await customers.IsCustomerAsync(callback.AccountSid, cancellationToken).ConfigureAwait(false))
        {
            // Signed by one of our accounts, but not a customer we onboard: acknowledged, so Twilio does not retry.
            logger.LogWarning("Status callback for {Bundle} of account {Account}, which is not in the customer directory; ignored.", callback.BundleSid, callback.AccountSid);
            return;
        }

        var sid = callback.AccountSid;
        var customerJobs = new CustomerJobs(jobs, store);
        string job;
        try
        {
            // A job not started yet reads the verdict, and one waiting for its retry can run now: neither needs a job
            // beside it (a customer whose calls keep failing would gather one per callback). A running one may have read
            // before the verdict, so it gets one queued behind it.
            if (customerJobs.Pending(sid) is var (pending, state))
            {
                if (state == EnqueuedState.StateName || state == AwaitingState.StateName)
                {
                    logger.LogInformation("Status callback {Callback}: job {Job}, not started yet, reads it.", callback, pending);
                    return;
                }
                if (state == ScheduledState.StateName && customerJobs.RunNow(pending))
                {
                    logger.LogInformation("Status callback {Callback}: job {Job}, which was waiting for its retry, runs now.", callback, pending);
                    return;
                }
            }
            // A job records the profile's SID before or with any product's, so a bundle of a customer with no profile recorded is its profile.
            var isProfile = store.Get(sid)?.ProfileSid is not { } profile || profile == callback.BundleSid;
            job = isProfile && callback.Status == "twilio-approved"
                ? customerJobs.Enqueue(sid, j => j.SubmitProductsAsync(sid, CancellationToken.None))
                : customerJobs.Enqueue(sid, j => j.RecordVerdictsAsync(sid, CancellationToken.None));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The job storage is down (PostgreSQL restarting, unreachable): say which verdict is not in hand and what brings it back.
            logger.LogError("Status callback {Callback} could not be handed to a job: the job storage failed ({Cause}). It is answered 500; Twilio repeats it only " +
                "when the callback URL asks for retries (#rp=5xx). Otherwise the reconciliation runs customer {Account} once the storage is back and the customer " +
                "has had no news for {Overdue}.", callback, DurableServiceCollectionExtensions.Causes(e, skipOuter: e is BackgroundJobClientException), sid, options.CallbackOverdueAfter);
            throw;
        }
        logger.LogInformation("Status callback {Callback}: job {Job} enqueued.", callback, job);
    }
}
