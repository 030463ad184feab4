using System;
using System.Threading;
using System.Threading.Tasks;
using Hangfire;
using Microsoft.Extensions.Logging;
using TrustHubGen.AspNetCore;

namespace TrustHubGen.Durable;

/// <summary>
/// Continues the chain from a verified callback by enqueueing the customer's next stage: the profile approved →
/// its products; a profile rejected or a product's verdict → record it. Only verdicts enqueue (the statuses before
/// them change nothing to do). Duplicates and late callbacks enqueue a job that finds nothing left to change.
/// </summary>
internal sealed class IsvStatusCallbackHandler(IIsvCustomerDirectory directory, IBackgroundJobClient jobs, ILogger<IsvStatusCallbackHandler> logger)
    : ITrustHubStatusCallbackHandler
{
    public async Task HandleAsync(TrustHubStatusCallback callback, CancellationToken cancellationToken)
    {
        if (!callback.IsVerdict) return;
        IsvCustomerOnboarding? customer;
        try
        {
            customer = await directory.FindAsync(callback.AccountSid, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            // The customer's data is invalid: its job records that (NeedsAttention); a 500 here would only make Twilio retry.
            var account = callback.AccountSid;
            var recording = jobs.Enqueue<IsvOnboardingJobs>(j => j.RecordVerdictsAsync(account, CancellationToken.None));
            logger.LogWarning("Status callback {Callback}: the customer directory could not read this customer ({Problem}); job {Job} records it.", callback, e.Message, recording);
            return;
        }
        if (customer is null)
        {
            // Signed by one of our accounts, but not a customer we onboard: acknowledged, so Twilio does not retry.
            logger.LogWarning("Status callback for {Bundle} of account {Account}, which is not in the customer directory; ignored.", callback.BundleSid, callback.AccountSid);
            return;
        }

        var sid = customer.AccountSid;
        var job = callback.PolicySid == customer.Profile.Policy.Sid && callback.Status == "twilio-approved"
            ? jobs.Enqueue<IsvOnboardingJobs>(j => j.SubmitProductsAsync(sid, CancellationToken.None))
            : jobs.Enqueue<IsvOnboardingJobs>(j => j.RecordVerdictsAsync(sid, CancellationToken.None));
        logger.LogInformation("Status callback {Callback}: job {Job} enqueued.", callback, job);
    }
}
