using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Runtime.Onboarding.Profiles;

namespace TrustHubGen.Durable;

/// <summary>
/// Takes one customer as far as it can go without waiting: runs the Business Profile through the engine (which finds
/// its earlier work, so this is idempotent), and once Twilio approved it, the products; then says where things stand.
/// Nothing here waits for a review: a callback (or the reconciliation) runs it again when one ends.
/// </summary>
internal static class CustomerAdvance
{
    /// <summary>The customer's status as read from the service; throws on transient failures so the job is retried.</summary>
    public static async Task<IsvCustomerStatus> RunAsync(IsvCustomerOnboarding customer, ITrustHubOperations operations, Uri? statusCallback,
        DateTimeOffset now, ILogger logger, CancellationToken cancellationToken)
    {
        var profileRequest = customer.Profile with
        {
            StatusCallback = statusCallback ?? customer.Profile.StatusCallback,
            Options = customer.Profile.Options with { WaitForReview = false },
        };
        var status = new IsvCustomerStatus { AccountSid = customer.AccountSid, Stage = IsvOnboardingStage.ProfileInReview, UpdatedAt = now };
        BusinessProfileResult profile;
        try
        {
            profile = await new BusinessProfileOnboarder(operations, logger).RunAsync(profileRequest, null, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            // The engine checks the request before any call: nothing was written, and a retry would fail the same way.
            throw InputProblem(status, $"Business Profile: {e.Message}", e);
        }
        status = status with { ProfileSid = profile.ProfileSid, ProfileStatus = profile.Status, ProfileRejection = profile.Rejection };
        if (profile.Findings.Count > 0)
            return status with { Stage = IsvOnboardingStage.NeedsAttention, Problems = profile.Findings.Select(f => $"profile evaluation: {f}").ToArray() };
        switch (profile.Status)
        {
            case "twilio-rejected":
                return status with { Stage = IsvOnboardingStage.ProfileRejected };
            case "pending-review" or "in-review":
                return status;
            case "twilio-approved":
                break;
            default:
                throw new InvalidOperationException($"Customer {customer.AccountSid}'s profile {profile.ProfileSid} is {profile.Status ?? "missing"} after the run; retrying. {profile}");
        }

        OnboardingRequest productsRequest;
        try
        {
            productsRequest = customer.Products(profile.ProfileSid!);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw InputProblem(status, $"trust products: {e.Message}", e);
        }
        productsRequest = productsRequest with
        {
            StatusCallback = statusCallback ?? productsRequest.StatusCallback,
            Options = productsRequest.Options with { WaitForReview = false },
        };
        OnboardingResult result;
        try
        {
            result = await new OnboardingRunner(operations, logger).RunAsync(productsRequest, null, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            throw InputProblem(status, $"trust products: {e.Message}", e);
        }
        if (result.Failures.Count > 0)
            throw new InvalidOperationException($"Customer {customer.AccountSid}: {result.Failures.Count} number assignment(s) failed ({string.Join("; ", result.Failures.Take(3))}); retrying.");

        var problems = new List<string>();
        var products = new List<IsvProductStatus>();
        foreach (var outcome in result.Products)
        {
            var refused = result.Refused.Where(r => r.Policy is null || r.Policy == outcome.Policy).ToList();
            if (outcome.Findings.Count > 0)
                problems.AddRange(outcome.Findings.Select(f => $"{outcome.Policy} evaluation: {f}"));
            else if (outcome.ProductSid is null && refused.Count > 0)
                problems.AddRange(refused.Select(r => $"{outcome.Policy}: refused {r}"));
            else if (outcome.Status is not ("pending-review" or "in-review" or "twilio-approved" or "twilio-rejected"))
                throw new InvalidOperationException($"Customer {customer.AccountSid}'s {outcome.Policy} product is not submitted ({outcome.NotSubmittedBecause ?? outcome.Status}); retrying.");
            products.Add(new IsvProductStatus(outcome.Policy, outcome.ProductSid, outcome.Status, outcome.NumbersAssigned, outcome.Rejection));
        }

        var stage = problems.Count > 0 ? IsvOnboardingStage.NeedsAttention
            : products.All(p => p.Status is "twilio-approved" or "twilio-rejected") ? IsvOnboardingStage.Completed
            : IsvOnboardingStage.ProductsInReview;
        return status with { Stage = stage, Products = products, Problems = problems };
    }

    /// <summary>The customer's data is invalid: recorded as needing attention (with what is known so far), never retried.</summary>
    internal static IsvCustomerInputException InputProblem(IsvCustomerStatus status, string problem, Exception? cause = null) =>
        new(status with { Stage = IsvOnboardingStage.NeedsAttention, Problems = [problem], LastError = null }, cause);
}
