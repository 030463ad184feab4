using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// A product that left draft while the run was editing it: Twilio answers 60711 (the bundle cannot be edited) because
/// someone else submitted it meanwhile: an overlapping run of the same onboarding, or a person in the Console. What the
/// run read at its start is stale then, so its outcome is read again from the service: done when the product is
/// submitted with every requested number (the other run finished the job), otherwise why not and what to do.
/// </summary>
internal static class ProductsMovedOn
{
    public static bool Is(Exception e) => e is TwilioApiException { Code: TrustHubErrorCodes.BundleNotEditable };

    /// <summary>
    /// Deletes an end user this run has just created for the product and could not assign (the product was submitted
    /// meanwhile), unless the other run took it. Returns null when nothing is left behind, else a warning naming it.
    /// </summary>
    public static async Task<string?> RemoveStrayEndUserAsync(ITrustHubOperations ops, DiscoveredProduct product, string endUserSid, CancellationToken ct)
    {
        try
        {
            await foreach (var assignment in ops.ListEntityAssignmentsAsync(product.Policy.Kind, product.Bundle!.Sid, ct).ConfigureAwait(false))
            {
                if (assignment.ObjectSid == endUserSid) return null;
            }
            await ops.DeleteEndUserAsync(endUserSid, ct).ConfigureAwait(false);
            return null;
        }
        catch (Exception e) when (e is NotSupportedException || LostAnswers.IsPerCallFailure(e, ct))
        {
            return $"End user {endUserSid}, created by this run for {product.Policy.Name} product {product.Bundle!.Sid} and not assigned to it, could not be deleted ({e.Message}); nothing uses it.";
        }
    }

    /// <summary>The product's outcome as the service has it now, and the warning saying what happened.</summary>
    public static async Task<(ProductOutcome Outcome, string Warning)> ReadAsync(ITrustHubOperations ops, DiscoveredProduct product, int concurrency, CancellationToken ct)
    {
        var policy = product.Policy;
        var bundle = product.Bundle = await ops.FetchBundleAsync(policy.Kind, product.Bundle!.Sid, ct).ConfigureAwait(false);
        var assigned = await AssignmentReads.AssignedAsync(ops, policy.Kind, bundle.Sid, product.Accepted.Select(n => n.Sid), concurrency, ct).ConfigureAwait(false);
        product.NumberSids.UnionWith(assigned);
        var missing = product.Accepted.Count - product.AssignedCount;
        var outcome = new ProductOutcome
        {
            Policy = policy.Name, ProductSid = bundle.Sid, Status = bundle.Status, NumbersAssigned = product.AssignedCount,
            Rejection = RejectionReason.Of(bundle),
        };
        var what = $"{policy.Name} product {bundle.Sid} was submitted elsewhere (an overlapping run of this onboarding, or the Console) while this run was editing it";
        if (!product.IsLocked)
            return (outcome with { NotSubmittedBecause = $"it changed status elsewhere while this run was editing it and is {bundle.Status} now; run again to finish it." },
                $"{what}; it is {bundle.Status} now.");
        if (missing == 0)
            return (outcome, $"{what}; it is {bundle.Status} with all {product.AssignedCount} requested number(s), so this run left it as it is.");
        var advice = product.CanTakeNumbers
            ? "run again to add them."
            : OnboardingDiscovery.NoNumbersAfterSubmission(policy);
        return (outcome with { NotSubmittedBecause = $"it was submitted elsewhere while this run was editing it, without {missing} requested number(s); {advice}" },
            $"{what}; it is {bundle.Status} without {missing} requested number(s).");
    }
}
