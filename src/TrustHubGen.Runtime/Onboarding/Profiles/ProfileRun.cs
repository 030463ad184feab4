using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace TrustHubGen.Runtime.Onboarding.Profiles;

/// <summary>One execution of a Business Profile request: reads the state afresh, then makes only the missing calls.</summary>
internal sealed class ProfileRun
{
    private const OnboardingBundleKind Kind = OnboardingBundleKind.CustomerProfile;

    private readonly OperationCounter _ops;
    private readonly RecoveringWrites _writes;
    private readonly BusinessProfileRequest _request;
    private readonly IProgress<OnboardingProgress>? _progress;
    private readonly ILogger _logger;
    private readonly CancellationToken _ct;
    private readonly int _retriesAtStart;

    public ProfileRun(OperationCounter ops, BusinessProfileRequest request, IProgress<OnboardingProgress>? progress, ILogger logger, CancellationToken ct)
    {
        _ops = ops;
        _writes = new RecoveringWrites(ops, ct);
        _request = request;
        _progress = progress;
        _logger = logger;
        _ct = ct;
        _retriesAtStart = request.Options.RetryMonitor?.Count ?? 0;
    }

    private string Policy => _request.Policy.Name;

    public async Task<BusinessProfileResult> ExecuteAsync()
    {
        var result = await OnboardAsync().ConfigureAwait(false);
        return result with { ApiCalls = _ops.Snapshot(), RecoveredWrites = _writes.Recovered };
    }

    private async Task<BusinessProfileResult> OnboardAsync()
    {
        Report("reading the account's state");
        var found = await ProfileDiscovery.ReadAsync(_ops, _request, _ct).ConfigureAwait(false);
        var plan = BusinessProfileOnboarder.BuildPlan(found);
        _logger.LogInformation("Business Profile plan for {Policy}: {Steps} call(s)", Policy, plan.Steps.Count);

        var changes = 0;
        if (found.Profile is null)
        {
            Report("creating the Business Profile");
            found.Profile = await _writes.CreateBundleAsync(Kind, _request.Policy.Sid, _request.FriendlyName, _request.Email, _request.StatusCallback?.AbsoluteUri).ConfigureAwait(false);
            _logger.LogInformation("Created {Policy} profile {Sid}", Policy, found.Profile.Sid);
            changes++;
        }
        var sid = found.Profile.Sid;
        if (!found.IsLocked) changes += await CompleteAsync(found, sid).ConfigureAwait(false);

        var result = Result(found, plan.Warnings);
        if (!BusinessProfileOnboarder.NeedsSubmission(found, changes, null))
            return await WaitIfAskedAsync(result with { Rejection = RejectionReason.Of(found.Profile) }).ConfigureAwait(false);

        if (_request.Policy.EvaluateBeforeSubmit)
        {
            Report("evaluating");
            var evaluation = await _writes.EvaluateAsync(Kind, sid, _request.Policy.Sid).ConfigureAwait(false);
            if (!evaluation.IsCompliant)
            {
                _logger.LogWarning("{Policy} profile {Sid} is noncompliant ({Count} finding(s)); not submitted", Policy, sid, evaluation.Findings.Count);
                return result with { Findings = evaluation.Findings, NotSubmittedBecause = $"evaluation {evaluation.Sid} is {evaluation.Status}." };
            }
        }
        Report("submitting");
        found.Profile = await _writes.SubmitAsync(Kind, sid).ConfigureAwait(false);
        _logger.LogInformation("Submitted {Policy} profile {Sid}", Policy, sid);
        return await WaitIfAskedAsync(result with { Status = found.Profile.Status }).ConfigureAwait(false);
    }

    /// <summary>Assigns the Primary profile, the end users and the address document still missing; returns the writes made.</summary>
    private async Task<int> CompleteAsync(ProfileDiscovery found, string sid)
    {
        var changes = 0;
        if (found.NeedsPrimary)
        {
            Report("assigning the Primary Business Profile");
            await AssignAsync(sid, _request.PrimaryProfileSid!).ConfigureAwait(false);
            found.HasPrimary = true;
            changes++;
        }
        foreach (var endUser in found.EndUsers.Where(e => e.AssignedSid is null))
        {
            Report($"adding the {endUser.Rule.Type} end user");
            var endUserSid = endUser.ReusableSid ?? await _writes.CreateEndUserAsync(endUser.Rule.Type, endUser.FriendlyName, endUser.AttributesJson).ConfigureAwait(false);
            await AssignAsync(sid, endUserSid).ConfigureAwait(false);
            endUser.AssignedSid = endUserSid;
            changes += 2;
        }
        foreach (var endUser in found.EndUsers.Where(e => e.Outdated is not null))
        {
            Report($"correcting the {endUser.Rule.Type} end user");
            await _writes.UpdateEndUserAsync(endUser.AssignedSid!, endUser.AttributesJson).ConfigureAwait(false);
            endUser.Outdated = null;
            changes++;
        }
        if (found.NeedsAddressDocument)
        {
            Report("adding the address document");
            var addressSid = found.ReusableAddressSid ?? await _writes.CreateAddressAsync(_request.Address!, found.AddressFriendlyName).ConfigureAwait(false);
            var documentSid = found.ReusableDocumentSid ?? await _writes.CreateSupportingDocumentAsync(AddressDocument.Type, found.DocumentFriendlyName,
                AddressDocument.Attributes(addressSid), d => AddressDocument.AddressSids(d).Contains(addressSid)).ConfigureAwait(false);
            await AssignAsync(sid, documentSid).ConfigureAwait(false);
            found.HasAddressDocument = true;
            changes += 3;
        }
        return changes;
    }

    private Task AssignAsync(string profileSid, string objectSid) => _writes.AssignEntityAsync(Kind, profileSid, objectSid);

    private async Task<BusinessProfileResult> WaitIfAskedAsync(BusinessProfileResult result)
    {
        if (!_request.Options.WaitForReview || result.ProfileSid is null || result.Status is not ("pending-review" or "in-review")) return result;
        var options = _request.Options;
        var deadline = options.TimeProvider.GetUtcNow() + options.ReviewTimeout;
        var delay = options.ReviewPollInitialDelay;
        while (true)
        {
            Report("waiting for the review");
            var bundle = await _ops.FetchBundleAsync(Kind, result.ProfileSid, _ct).ConfigureAwait(false);
            result = result with { Status = bundle.Status, Rejection = RejectionReason.Of(bundle) };
            if (bundle.Status is "twilio-approved" or "twilio-rejected") break;
            if (options.TimeProvider.GetUtcNow() + delay > deadline) return result with { ReviewTimedOut = true };
            await Task.Delay(delay, options.TimeProvider, _ct).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.ReviewPollMaxDelay.Ticks));
        }
        _logger.LogInformation("{Policy} profile {Sid} is {Status}", Policy, result.ProfileSid, result.Status);
        return result;
    }

    private BusinessProfileResult Result(ProfileDiscovery found, IReadOnlyList<string> warnings) =>
        new(Policy, found.Profile?.Sid, found.Profile?.Status, warnings);

    private void Report(string step) =>
        _progress?.Report(new OnboardingProgress(step, Policy, 0, 0, (_request.Options.RetryMonitor?.Count ?? 0) - _retriesAtStart));
}
