using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// Executes the onboarding plan: reads the state afresh, then makes only the missing calls. Safe to run again after
/// success (no writes) or after a crash at any point (it finds its earlier work by policy, friendly name and assignments).
/// </summary>
public sealed class OnboardingRunner
{
    private readonly ITrustHubOperations _operations;
    private readonly ILogger _logger;

    /// <summary>A runner calling through <paramref name="operations"/>, logging to <paramref name="logger"/> (never secrets or attribute values).</summary>
    public OnboardingRunner(ITrustHubOperations operations, ILogger? logger = null)
    {
        _operations = operations ?? throw new ArgumentNullException(nameof(operations));
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Onboards the request's numbers for each policy. Number failures are reported in the result and do not stop
    /// the others; cancellation throws <see cref="OperationCanceledException"/> and leaves a state a rerun finishes.
    /// </summary>
    /// <exception cref="ArgumentException">The request is invalid (nothing was written).</exception>
    public async Task<OnboardingResult> RunAsync(OnboardingRequest request, IProgress<OnboardingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        request.Validate();
        var run = new Run(new OperationCounter(_operations), request, progress, _logger, cancellationToken);
        return await run.ExecuteAsync().ConfigureAwait(false);
    }

    /// <summary>One execution; holds the state discovered and what happened.</summary>
    private sealed class Run
    {
        private readonly OperationCounter _ops;
        private readonly OnboardingRequest _request;
        private readonly IProgress<OnboardingProgress>? _progress;
        private readonly ILogger _logger;
        private readonly CancellationToken _ct;
        private readonly int _retriesAtStart;
        private readonly ConcurrentBag<NumberFailure> _failures = new();
        private readonly List<ProductOutcome> _outcomes = new();
        private readonly HashSet<string> _notOnProfile = new(StringComparer.Ordinal);

        public Run(OperationCounter ops, OnboardingRequest request, IProgress<OnboardingProgress>? progress, ILogger logger, CancellationToken ct)
        {
            _ops = ops;
            _request = request;
            _progress = progress;
            _logger = logger;
            _ct = ct;
            _retriesAtStart = request.Options.RetryMonitor?.Count ?? 0;
        }

        private int Retries => (_request.Options.RetryMonitor?.Count ?? 0) - _retriesAtStart;

        public async Task<OnboardingResult> ExecuteAsync()
        {
            Report("reading the account's state", null, 0, 0);
            var found = await OnboardingDiscovery.ReadAsync(_ops, _request, _ct).ConfigureAwait(false);
            var plan = OnboardingPlanner.Build(found);
            _logger.LogInformation("Onboarding plan for {Profile}: {Steps} call(s), {Refused} refusal(s)", _request.BusinessProfileSid, plan.Steps.Count, plan.Refused.Count);

            await AssignToProfileAsync(found).ConfigureAwait(false);
            foreach (var product in found.Products)
            {
                try
                {
                    await OnboardProductAsync(product).ConfigureAwait(false);
                }
                catch (Exception e) when (IsPerCallFailure(e, _ct))
                {
                    // One policy's product failing (say, a refused end user) does not stop the other policies.
                    _logger.LogWarning("Onboarding the {Policy} product stopped: {Cause}", product.Policy.Name, e.Message);
                    _outcomes.Add(new ProductOutcome { Policy = product.Policy.Name, ProductSid = product.Bundle?.Sid, Status = product.Bundle?.Status, NotSubmittedBecause = $"stopped by an error: {e.Message}" });
                }
            }
            if (_request.Options.WaitForReview) await WaitForReviewsAsync().ConfigureAwait(false);

            return new OnboardingResult(_outcomes.ToList(), found.Refused.ToList(), _failures.OrderBy(f => f.PhoneNumber, StringComparer.Ordinal).ThenBy(f => f.Policy).ToList(),
                _ops.Snapshot(), Retries, plan.Warnings);
        }

        private async Task AssignToProfileAsync(OnboardingDiscovery found)
        {
            var numbers = OnboardingPlanner.NumbersForProfile(found).ToList();
            if (numbers.Count == 0) return;
            var type = found.Products.Select(p => p.Policy.ChannelEndpoints?.Type).FirstOrDefault(t => t is not null) ?? "phone-number";
            await ForEachNumberAsync("assigning numbers to the Business Profile", null, numbers, async number =>
            {
                if (await AssignAsync(OnboardingBundleKind.CustomerProfile, _request.BusinessProfileSid, type, number, null).ConfigureAwait(false) is not null)
                    lock (_notOnProfile) _notOnProfile.Add(number.Sid);
            }).ConfigureAwait(false);
        }

        private async Task OnboardProductAsync(DiscoveredProduct product)
        {
            var policy = product.Policy;
            var changes = 0;
            if (product.IsSkipped)
            {
                _outcomes.Add(new ProductOutcome { Policy = policy.Name, NotSubmittedBecause = "no requested number can be onboarded for this policy." });
                return;
            }
            if (product.Bundle is null)
            {
                Report("creating the trust product", policy.Name, 0, 0);
                product.Bundle = await _ops.CreateBundleAsync(policy.Kind, policy.Sid, product.FriendlyName, _request.NotificationEmail, _request.StatusCallback?.AbsoluteUri, _ct).ConfigureAwait(false);
                _logger.LogInformation("Created {Policy} product {Sid}", policy.Name, product.Bundle.Sid);
                changes++;
            }
            var sid = product.Bundle.Sid;
            if (policy.RequiresBusinessProfile && !product.HasProfile && !product.IsLocked)
            {
                Report("assigning the Business Profile", policy.Name, 0, 0);
                await IgnoreDuplicateAsync(() => _ops.CreateEntityAssignmentAsync(policy.Kind, sid, _request.BusinessProfileSid, _ct)).ConfigureAwait(false);
                product.HasProfile = true;
                changes++;
            }
            foreach (var endUser in product.EndUsers.Where(e => e.AssignedSid is null && !product.IsLocked))
            {
                Report($"adding the {endUser.Rule.Type} end user", policy.Name, 0, 0);
                var endUserSid = endUser.ReusableSid ?? (await _ops.CreateEndUserAsync(endUser.Rule.Type, endUser.FriendlyName, endUser.AttributesJson, _ct).ConfigureAwait(false)).Sid;
                await IgnoreDuplicateAsync(() => _ops.CreateEntityAssignmentAsync(policy.Kind, sid, endUserSid, _ct)).ConfigureAwait(false);
                endUser.AssignedSid = endUserSid;
                changes += 2;
            }

            var missing = product.Accepted.Where(n => !product.NumberSids.Contains(n.Sid)).ToList();
            var failedHere = 0;
            var type = policy.ChannelEndpoints?.Type ?? "phone-number";
            await ForEachNumberAsync("assigning numbers to the product", policy.Name, missing, async number =>
            {
                bool mustBeOnProfile = policy.ChannelEndpoints?.MustBeOnBusinessProfile == true;
                bool skipped;
                lock (_notOnProfile) skipped = mustBeOnProfile && _notOnProfile.Contains(number.Sid);
                if (skipped)
                {
                    _failures.Add(new NumberFailure(number.Sid, number.PhoneNumber, policy.Name, "not assigned: it could not be put on the Business Profile (see that failure)."));
                    Interlocked.Increment(ref failedHere);
                    return;
                }
                if (await AssignAsync(policy.Kind, sid, type, number, policy.Name).ConfigureAwait(false) is not null) Interlocked.Increment(ref failedHere);
                else lock (product.NumberSids) product.NumberSids.Add(number.Sid);
            }).ConfigureAwait(false);
            changes += missing.Count - failedHere;

            var outcome = new ProductOutcome { Policy = policy.Name, ProductSid = sid, Status = product.Bundle.Status, NumbersAssigned = product.Accepted.Count(n => product.NumberSids.Contains(n.Sid)) };
            if (!OnboardingPlanner.NeedsSubmission(product, changes, null))
            {
                _outcomes.Add(outcome with { Rejection = Rejections(product.Bundle) });
                return;
            }
            if (failedHere > 0 && policy.ChannelEndpoints is { AllowedAfterSubmission: false })
            {
                _outcomes.Add(outcome with { NotSubmittedBecause = $"{failedHere} number(s) failed and policy {policy.Name} takes no numbers after submission; rerun to retry them before submitting." });
                return;
            }
            if (policy.EvaluateBeforeSubmit)
            {
                Report("evaluating", policy.Name, 0, 0);
                var evaluation = await _ops.CreateEvaluationAsync(policy.Kind, sid, policy.Sid, _ct).ConfigureAwait(false);
                if (!evaluation.IsCompliant)
                {
                    _logger.LogWarning("{Policy} product {Sid} is noncompliant ({Count} finding(s)); not submitted", policy.Name, sid, evaluation.Findings.Count);
                    _outcomes.Add(outcome with { Findings = evaluation.Findings, NotSubmittedBecause = $"evaluation {evaluation.Sid} is {evaluation.Status}." });
                    return;
                }
            }
            Report("submitting", policy.Name, 0, 0);
            product.Bundle = await _ops.UpdateBundleStatusAsync(policy.Kind, sid, "pending-review", _ct).ConfigureAwait(false);
            _logger.LogInformation("Submitted {Policy} product {Sid}", policy.Name, sid);
            _outcomes.Add(outcome with { Status = product.Bundle.Status });
        }

        /// <summary>Assigns one number; null on success (or when it was already there), else the failure recorded.</summary>
        private async Task<NumberFailure?> AssignAsync(OnboardingBundleKind kind, string bundleSid, string type, ResolvedNumber number, string? policy)
        {
            try
            {
                await IgnoreDuplicateAsync(() => _ops.CreateChannelEndpointAssignmentAsync(kind, bundleSid, type, number.Sid, _ct)).ConfigureAwait(false);
                return null;
            }
            catch (Exception e) when (IsPerCallFailure(e, _ct))
            {
                var failure = new NumberFailure(number.Sid, number.PhoneNumber, policy, e.Message);
                _failures.Add(failure);
                _logger.LogWarning("Assigning {Number} {Where} failed: {Cause}", number.Sid, policy is null ? "to the profile" : "for " + policy, e.Message);
                return failure;
            }
        }

        // A POST whose answer was lost may have taken effect: the service then says the assignment exists, which is the goal.
        private static async Task IgnoreDuplicateAsync<T>(Func<Task<T>> call)
        {
            try
            {
                await call().ConfigureAwait(false);
            }
            catch (TwilioApiException e) when (e.Status == 409)
            {
            }
        }

        private static bool IsPerCallFailure(Exception e, CancellationToken ct) =>
            e is TwilioApiException or HttpRequestException or JsonException or TimeoutException
            || (e is OperationCanceledException && !ct.IsCancellationRequested);

        private async Task ForEachNumberAsync(string step, string? policy, IReadOnlyList<ResolvedNumber> numbers, Func<ResolvedNumber, Task> assign)
        {
            if (numbers.Count == 0) return;
            var done = 0;
            Report(step, policy, 0, numbers.Count);
            var options = new ParallelOptions { MaxDegreeOfParallelism = _request.Options.MaxConcurrency, CancellationToken = _ct };
            await Parallel.ForEachAsync(numbers, options, async (number, _) =>
            {
                await assign(number).ConfigureAwait(false);
                Report(step, policy, Interlocked.Increment(ref done), numbers.Count);
            }).ConfigureAwait(false);
        }

        private async Task WaitForReviewsAsync()
        {
            var options = _request.Options;
            var deadline = options.TimeProvider.GetUtcNow() + options.ReviewTimeout;
            for (var i = 0; i < _outcomes.Count; i++)
            {
                var outcome = _outcomes[i];
                if (outcome.ProductSid is null || outcome.Status is not ("pending-review" or "in-review")) continue;
                var policy = _request.Policies.First(p => p.Name == outcome.Policy);
                var delay = options.ReviewPollInitialDelay;
                while (true)
                {
                    Report("waiting for the review", policy.Name, 0, 0);
                    var bundle = await _ops.FetchBundleAsync(policy.Kind, outcome.ProductSid, _ct).ConfigureAwait(false);
                    outcome = outcome with { Status = bundle.Status, Rejection = Rejections(bundle) };
                    if (bundle.Status is "twilio-approved" or "twilio-rejected") break;
                    if (options.TimeProvider.GetUtcNow() + delay > deadline)
                    {
                        outcome = outcome with { ReviewTimedOut = true };
                        break;
                    }
                    await Task.Delay(delay, options.TimeProvider, _ct).ConfigureAwait(false);
                    delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.ReviewPollMaxDelay.Ticks));
                }
                _logger.LogInformation("{Policy} product {Sid} is {Status}", policy.Name, outcome.ProductSid, outcome.Status);
                _outcomes[i] = outcome;
            }
        }

        private static IReadOnlyList<RejectionReason> Rejections(TrustHubBundle bundle) =>
            bundle.Status == "twilio-rejected" ? bundle.ErrorCodes.Select(c => new RejectionReason(c, TrustHubErrorCodes.Describe(c))).ToList() : new List<RejectionReason>();

        private void Report(string step, string? policy, int done, int total) =>
            _progress?.Report(new OnboardingProgress(step, policy, done, total, Retries));
    }
}
