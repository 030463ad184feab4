using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace TrustHubGen.Runtime.Onboarding.Profiles;

/// <summary>
/// Plans and runs one Business Profile (customer-profile bundle): create it, its end users, its address and address
/// document, assign the ISV's Primary profile (for a Secondary profile), evaluate, submit and optionally wait for the
/// review. Like <see cref="OnboardingRunner"/> it keeps no local file: a rerun finds its earlier work from the service
/// (policy, friendly name, assignments), so it is idempotent and finishes after a crash at any point. For an ISV's
/// customer, pass operations acting for the customer's subaccount (<see cref="TrustHubRestOperations.ForSubaccount"/>).
/// </summary>
public sealed class BusinessProfileOnboarder
{
    private readonly ITrustHubOperations _operations;
    private readonly ILogger _logger;

    /// <summary>An onboarder calling through <paramref name="operations"/>, logging to <paramref name="logger"/> (never e-mail addresses or attribute values).</summary>
    public BusinessProfileOnboarder(ITrustHubOperations operations, ILogger? logger = null)
    {
        _operations = operations ?? throw new ArgumentNullException(nameof(operations));
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Returns every write still needed for <paramref name="request"/>, in order (only reads are made).</summary>
    /// <exception cref="ArgumentException">The request is invalid; the message lists every problem.</exception>
    /// <exception cref="InvalidOperationException">The Primary profile is missing, not approved or of a policy the profile does not accept.</exception>
    public async Task<OnboardingPlan> PlanAsync(BusinessProfileRequest request, CancellationToken cancellationToken = default)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        request.Validate();
        var found = await ProfileDiscovery.ReadAsync(new OperationCounter(_operations), request, cancellationToken).ConfigureAwait(false);
        return BuildPlan(found);
    }

    /// <summary>
    /// Onboards the profile. A noncompliant evaluation is returned as findings and the profile stays in draft;
    /// cancellation throws <see cref="OperationCanceledException"/> and leaves a state a rerun finishes.
    /// </summary>
    /// <exception cref="ArgumentException">The request is invalid (nothing was written).</exception>
    /// <exception cref="InvalidOperationException">The Primary profile cannot be assigned (nothing was written).</exception>
    public async Task<BusinessProfileResult> RunAsync(BusinessProfileRequest request, IProgress<OnboardingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        request.Validate();
        var run = new ProfileRun(new OperationCounter(_operations), request, progress, _logger, cancellationToken);
        return await run.ExecuteAsync().ConfigureAwait(false);
    }

    internal static OnboardingPlan BuildPlan(ProfileDiscovery found)
    {
        var request = found.Request;
        var name = request.Policy.Name;
        var steps = new List<OnboardingStep>();
        var warnings = new List<string>(found.Warnings);
        var target = found.Profile?.Sid ?? $"\"{request.FriendlyName}\"";
        var changes = 0;
        void Add(OnboardingStepKind kind, string what, string why)
        {
            steps.Add(new OnboardingStep(kind, name, what, why));
            changes++;
        }

        if (found.Profile is null) Add(OnboardingStepKind.CreateBusinessProfile, target, "no profile of this policy with this friendly name yet");
        if (found.IsLocked)
        {
            if (found.NeedsPrimary) warnings.Add($"{name} profile {target} is {found.Profile!.Status} without Primary profile {request.PrimaryProfileSid}; it cannot be edited.");
            foreach (var endUser in found.EndUsers.Where(e => e.AssignedSid is null))
                warnings.Add($"{name} profile {target} is {found.Profile!.Status} without a {endUser.Rule.Type} end user; it cannot be edited.");
            foreach (var endUser in found.EndUsers.Where(e => e.Outdated is not null))
                warnings.Add(EndUserCorrections.LockedWarning(name, "profile", target, found.Profile!.Status, endUser));
            if (found.NeedsAddressDocument) warnings.Add($"{name} profile {target} is {found.Profile!.Status} without an address document; it cannot be edited.");
        }
        else
        {
            if (found.NeedsPrimary) Add(OnboardingStepKind.AssignBusinessProfile, $"{request.PrimaryProfileSid} to {target}", "a Secondary profile points at the ISV's Primary profile");
            foreach (var endUser in found.EndUsers.Where(e => e.AssignedSid is null))
            {
                if (endUser.ReusableSid is null) Add(OnboardingStepKind.CreateEndUser, $"{endUser.Rule.Type} \"{endUser.FriendlyName}\"", "no such end user yet");
                Add(OnboardingStepKind.AssignEndUser, $"{endUser.ReusableSid ?? endUser.Rule.Type} to {target}",
                    endUser.ReusableSid is null ? "the policy requires it" : "created by an earlier run but not assigned");
            }
            foreach (var endUser in found.EndUsers.Where(e => e.Outdated is not null))
                Add(OnboardingStepKind.UpdateEndUser, EndUserCorrections.Target(endUser), EndUserCorrections.Reason(endUser));
            if (found.NeedsAddressDocument)
            {
                if (found.ReusableAddressSid is null) Add(OnboardingStepKind.CreateAddress, $"\"{found.AddressFriendlyName}\"", "no address with these fields yet");
                if (found.ReusableDocumentSid is null) Add(OnboardingStepKind.CreateSupportingDocument, $"{AddressDocument.Type} \"{found.DocumentFriendlyName}\"", "the profile needs its address as a document");
                Add(OnboardingStepKind.AssignSupportingDocument, $"{found.ReusableDocumentSid ?? AddressDocument.Type} to {target}",
                    found.ReusableDocumentSid is null ? "the policy requires it" : "created by an earlier run but not assigned");
            }
        }

        if (NeedsSubmission(found, changes, warnings))
        {
            if (request.Policy.EvaluateBeforeSubmit) steps.Add(new OnboardingStep(OnboardingStepKind.Evaluate, name, target, "check compliance before submitting"));
            steps.Add(new OnboardingStep(OnboardingStepKind.Submit, name, target, found.Profile?.Status == "twilio-rejected" ? "resubmit after the changes above" : "set pending-review"));
        }
        var products = new List<ProductState> { new(name, request.FriendlyName, found.Profile?.Sid, found.Profile?.Status, 0) };
        return new OnboardingPlan(steps, new List<RefusedNumber>(), products, warnings);
    }

    /// <summary>Drafts are submitted; a rejected profile only when this run changed it (else it would fail the same way again).</summary>
    internal static bool NeedsSubmission(ProfileDiscovery found, int changes, List<string>? warnings)
    {
        var status = found.Profile?.Status;
        if (status is null or "draft") return true;
        if (status != "twilio-rejected") return false;
        if (changes > 0) return true;
        warnings?.Add($"{found.Request.Policy.Name} profile {found.Profile!.Sid} is twilio-rejected ({string.Join(", ", RejectionReason.Of(found.Profile))}); fix what the codes name, then submit it again.");
        return false;
    }
}
