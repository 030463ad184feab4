using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>Reads the account's state and lists the calls still needed (a dry run: only reads are made).</summary>
public sealed class OnboardingPlanner
{
    private readonly ITrustHubOperations _operations;

    /// <summary>A planner reading through <paramref name="operations"/>.</summary>
    public OnboardingPlanner(ITrustHubOperations operations) =>
        _operations = operations ?? throw new ArgumentNullException(nameof(operations));

    /// <summary>Returns every write still needed for <paramref name="request"/>, in order, and every refused number.</summary>
    /// <exception cref="ArgumentException">The request is invalid; the message lists every problem.</exception>
    public async Task<OnboardingPlan> PlanAsync(OnboardingRequest request, CancellationToken cancellationToken = default)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        request.Validate();
        var discovery = await OnboardingDiscovery.ReadAsync(_operations, request, cancellationToken).ConfigureAwait(false);
        return Build(discovery);
    }

    internal static OnboardingPlan Build(OnboardingDiscovery found)
    {
        var steps = new List<OnboardingStep>();
        var warnings = new List<string>(found.Warnings);
        foreach (var number in NumbersForProfile(found))
            steps.Add(new OnboardingStep(OnboardingStepKind.AssignNumberToProfile, null, $"{number.PhoneNumber} ({number.Sid})", "not on the Business Profile yet") { NumberSid = number.Sid });

        foreach (var product in found.Products)
        {
            var name = product.Policy.Name;
            if (product.IsSkipped)
            {
                warnings.Add($"No number can be onboarded for {name}; no {name} product is created.");
                continue;
            }
            var target = product.Bundle?.Sid ?? $"\"{product.FriendlyName}\"";
            var changes = 0;
            void Add(OnboardingStepKind kind, string what, string why, string? numberSid = null)
            {
                steps.Add(new OnboardingStep(kind, name, what, why) { NumberSid = numberSid });
                changes++;
            }

            if (product.Bundle is null) Add(OnboardingStepKind.CreateProduct, target, "no product of this policy with this friendly name yet");
            if (product.Policy.RequiresBusinessProfile && !product.HasProfile)
            {
                if (product.IsLocked) warnings.Add($"{name} product {target} is {product.Bundle!.Status} without the Business Profile; it cannot be edited.");
                else Add(OnboardingStepKind.AssignBusinessProfile, target, "the product does not point at the Business Profile yet");
            }
            foreach (var endUser in product.EndUsers.Where(e => e.AssignedSid is null))
            {
                if (product.IsLocked)
                {
                    warnings.Add($"{name} product {target} is {product.Bundle!.Status} without a {endUser.Rule.Type} end user; it cannot be edited.");
                    continue;
                }
                if (endUser.ReusableSid is null) Add(OnboardingStepKind.CreateEndUser, $"{endUser.Rule.Type} \"{endUser.FriendlyName}\"", "no such end user yet");
                Add(OnboardingStepKind.AssignEndUser, $"{endUser.ReusableSid ?? endUser.Rule.Type} to {target}",
                    endUser.ReusableSid is null ? "the policy requires it" : "created by an earlier run but not assigned");
            }
            foreach (var endUser in product.EndUsers.Where(e => e.Outdated is not null))
            {
                if (product.IsLocked) warnings.Add(EndUserCorrections.LockedWarning(name, "product", target, product.Bundle!.Status, endUser));
                else Add(OnboardingStepKind.UpdateEndUser, EndUserCorrections.Target(endUser), EndUserCorrections.Reason(endUser));
            }
            foreach (var number in product.Accepted.Where(n => !product.NumberSids.Contains(n.Sid)))
                Add(OnboardingStepKind.AssignNumberToProduct, $"{number.PhoneNumber} ({number.Sid})", $"not on the {name} product yet", number.Sid);

            if (NeedsSubmission(product, changes, warnings))
            {
                if (product.Policy.EvaluateBeforeSubmit) steps.Add(new OnboardingStep(OnboardingStepKind.Evaluate, name, target, "check compliance before submitting"));
                steps.Add(new OnboardingStep(OnboardingStepKind.Submit, name, target, product.Bundle?.Status == "twilio-rejected" ? "resubmit after the changes above" : "set pending-review"));
            }
        }

        var products = found.Products
            .Select(p => new ProductState(p.Policy.Name, p.FriendlyName, p.Bundle?.Sid, p.Bundle?.Status, p.AssignedCount))
            .ToList();
        return new OnboardingPlan(steps, found.Refused.ToList(), products, warnings);
    }

    /// <summary>Numbers some product takes that are not on the profile yet (once each, shared by all policies).</summary>
    internal static IEnumerable<ResolvedNumber> NumbersForProfile(OnboardingDiscovery found) =>
        found.Products
            .Where(p => p.Policy.ChannelEndpoints is { MustBeOnBusinessProfile: true })
            .SelectMany(p => p.Accepted.Where(n => !p.NumberSids.Contains(n.Sid)))
            .Where(n => !found.OnProfile.Contains(n.Sid))
            .DistinctBy(n => n.Sid);

    /// <summary>Drafts are submitted; a rejected product only when this run changed it (else it would fail the same way again).</summary>
    internal static bool NeedsSubmission(DiscoveredProduct product, int changes, List<string>? warnings)
    {
        var status = product.Bundle?.Status;
        if (status is null or "draft") return true;
        if (status != "twilio-rejected") return false;
        if (changes > 0) return true;
        warnings?.Add($"{product.Policy.Name} product {product.Bundle!.Sid} is twilio-rejected ({string.Join(", ", RejectionReason.Of(product.Bundle))}); fix what the codes name, then submit it again.");
        return false;
    }
}
