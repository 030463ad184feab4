using System;

namespace TrustHubGen.Durable;

/// <summary>
/// Twilio answered 401 to a call for the customer's subaccount: the ISV's access to it was revoked, or the subaccount is
/// suspended or closed. No retry of the job can change that, so it fails once without retries (<c>AutomaticRetry.ExceptOn</c>);
/// the customer's record carries the problem and stays open, so the reconciliation looks again after
/// <see cref="TrustHubIsvOnboardingOptions.CallbackOverdueAfter"/> and the onboarding continues once access is back.
/// </summary>
internal sealed class IsvCustomerAccessRefusedException(IsvCustomerStatus status, Exception cause)
    : Exception($"Customer {status.AccountSid}: {string.Join(" ", status.Problems)} This job is not retried.", cause)
{
    /// <summary>What the job recorded: the customer as last read, with the refusal as its problem.</summary>
    public IsvCustomerStatus Status { get; } = status;
}
