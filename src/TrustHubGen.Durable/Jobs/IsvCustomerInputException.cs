using System;

namespace TrustHubGen.Durable;

/// <summary>
/// A customer's onboarding data that no retry can fix: the directory does not know the customer, or what it answers
/// is invalid (a display name too long, a malformed number, a required field empty). The job records the customer as
/// <see cref="IsvOnboardingStage.NeedsAttention"/> with the problem, reports it, and fails without retries
/// (<c>AutomaticRetry.ExceptOn</c>), so the dashboard shows it once; the other customers go on. Fix the data, then
/// start the customer again.
/// </summary>
internal sealed class IsvCustomerInputException(IsvCustomerStatus status, Exception? cause)
    : Exception($"Customer {status.AccountSid} needs attention: {string.Join(" ", status.Problems)} Fix its data in the IIsvCustomerDirectory, then start it again (IsvOnboarding.Start); this job is not retried.", cause)
{
    /// <summary>What the job records: the customer as far as it got, <see cref="IsvOnboardingStage.NeedsAttention"/>, with the problem.</summary>
    public IsvCustomerStatus Status { get; } = status;
}
