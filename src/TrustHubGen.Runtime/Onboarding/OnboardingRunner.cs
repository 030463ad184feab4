using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TrustHubGen.Policies;

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
        // Runs sharing a transport take turns at its per-account gate, whatever their own MaxConcurrency.
        using var flow = ConcurrencyFlow.Begin();
        using var activity = TrustHubGenTelemetry.StartStage("onboarding run");
        activity?.SetTag("trusthub.policies", string.Join(",", request.Policies.Select(p => p.Name)));
        var run = new Run(new OperationCounter(_operations), request, progress, _logger, cancellationToken);
        try
        {
            var result = await run.ExecuteAsync().ConfigureAwait(false);
            activity?.SetTag("trusthub.api_calls", result.ApiCalls.Values.Sum());
            return result;
        }
        catch (Exception e)
        {
            TrustHubGenTelemetry.Fail(activity, e);
            throw;
        }
    }

    /// <summary>One execution; holds the state discovered and what happened.</summary>
    private sealed class Run
    {
        private readonly OperationCounter _ops;
        private readonly RecoveringWrites _writes;
        private readonly OnboardingRequest _request;
        private readonly IProgress<OnboardingProgress>? _progress;
        private readonly ILogger _logger;
        private readonly CancellationToken _ct;
        private readonly int _retriesAtStart;
        private readonly ConcurrentBag<NumberFailure> _failures = new();
        private readonly List<ProductOutcome> _outcomes = new();
        private readonly HashSet<string> _notOnProfile = new(StringComparer.Ordinal);
        private readonly SemaphoreSlim _assignments;   // MaxConcurrency over the whole run: the products' steps run together
        private readonly ProgressInTurn _reports = new();
        private readonly ConcurrentQueue<string> _warnings = new();   // what the run found that its plan did not know
        private readonly ConcurrentDictionary<string, bool> _movedOn = new(StringComparer.Ordinal);   // bundles Twilio answered 60711 for

        public Run(OperationCounter ops, OnboardingRequest request, IProgress<OnboardingProgress>? progress, ILogger logger, CancellationToken ct)
        {
            _ops = ops;
            _writes = new RecoveringWrites(ops, ct);
            _request = request;
            _progress = progress;
            _logger = logger;
            _ct = ct;
            _retriesAtStart = request.Options.RetryMonitor?.Count ?? 0;
            _assignments = new SemaphoreSlim(request.Options.MaxConcurrency);
        }

        private int Retries => (_request.Options.RetryMonitor?.Count ?? 0) - _retriesAtStart;

        public async Task<OnboardingResult> ExecuteAsync()
        {
            Report("reading the account's state", null, 0, 0);
            OnboardingDiscovery found;
            using (TrustHubGenTelemetry.StartStage("onboarding read state")) found = await OnboardingDiscovery.ReadAsync(_ops, _request, _ct).ConfigureAwait(false);
            var plan = OnboardingPlanner.Build(found);
            _logger.LogInformation("Onboarding plan for {Profile}: {Steps} call(s), {Refused} refusal(s)", _request.BusinessProfileSid, plan.Steps.Count, plan.Refused.Count);

            // The products go on together, and beside the Business Profile's assignments: each product's own calls (create,
            // entities, end users) need nothing from the profile step, and its numbers go on once that step is done (a number
            // must be on the profile first). So the account's concurrency stays full from one step to the next instead of
            // draining at each step's end, and the single calls of one product overlap the other's.
            var profileStep = AssignToProfileAsync(found);
            var products = found.Products.Select(product => OnboardProductOrStopAsync(product, profileStep)).ToList();
            try
            {
                await profileStep.ConfigureAwait(false);
            }
            catch
            {
                // The products stop with it (they wait for it); none is left running when the run throws.
                await Task.WhenAll(products.Select(p => p.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default))).ConfigureAwait(false);
                throw;
            }
            await Task.WhenAll(products).ConfigureAwait(false);
            foreach (var product in products) _outcomes.Add(await product.ConfigureAwait(false));
            if (_request.Options.WaitForReview)
            {
                using (TrustHubGenTelemetry.StartStage("onboarding wait for review")) await WaitForReviewsAsync().ConfigureAwait(false);
            }

            return new OnboardingResult(_outcomes.ToList(), found.Refused.ToList(), _failures.OrderBy(f => f.PhoneNumber, StringComparer.Ordinal).ThenBy(f => f.Policy).ToList(),
                _ops.Snapshot(), Retries, plan.Warnings.Concat(_warnings).ToList()) { RecoveredWrites = _writes.Recovered };
        }

        private async Task<ProductOutcome> OnboardProductOrStopAsync(DiscoveredProduct product, Task profileStep)
        {
            // Not on the caller's thread: the caller starts every product and the profile step before awaiting any.
            await Task.Yield();
            using var stage = TrustHubGenTelemetry.StartStage("onboarding product", product.Policy.Name);
            try
            {
                return await OnboardProductAsync(product, profileStep).ConfigureAwait(false);
            }
            catch (Exception e) when (ProductsMovedOn.Is(e) && product.Bundle is not null && !profileStep.IsFaulted)
            {
                try
                {
                    return await MovedOnAsync(product).ConfigureAwait(false);
                }
                catch (Exception reading) when (LostAnswers.IsPerCallFailure(reading, _ct))
                {
                    return Stopped(product, stage, e);
                }
            }
            catch (Exception e) when (LostAnswers.IsPerCallFailure(e, _ct) && !profileStep.IsFaulted)
            {
                return Stopped(product, stage, e);
            }
        }

        // One policy's product failing (say, a refused end user, or an answer that cannot be read) does not stop the other
        // policies; what was done for it stays, and a rerun finds it and goes on from there.
        private ProductOutcome Stopped(DiscoveredProduct product, Activity? stage, Exception e)
        {
            TrustHubGenTelemetry.Fail(stage, e);
            _logger.LogWarning("Onboarding the {Policy} product {Sid} stopped: {Cause}", product.Policy.Name, product.Bundle?.Sid ?? "(not created)", e.Message);
            return new ProductOutcome
            {
                Policy = product.Policy.Name, ProductSid = product.Bundle?.Sid, Status = product.Bundle?.Status,
                NumbersAssigned = product.AssignedCount, NotSubmittedBecause = $"stopped by an error: {e.Message}",
            };
        }

        private async Task AssignToProfileAsync(OnboardingDiscovery found)
        {
            var numbers = OnboardingPlanner.NumbersForProfile(found).ToList();
            if (numbers.Count == 0) return;
            var type = found.Products.Select(p => p.Policy.ChannelEndpoints?.Type).FirstOrDefault(t => t is not null) ?? ChannelEndpointRule.PhoneNumberType;
            var failures = await AssignNumbersAsync("assigning numbers to the Business Profile", null, OnboardingBundleKind.CustomerProfile, _request.BusinessProfileSid, type, numbers).ConfigureAwait(false);
            foreach (var failure in failures) _notOnProfile.Add(failure.NumberSid);
        }

        private async Task<ProductOutcome> OnboardProductAsync(DiscoveredProduct product, Task profileStep)
        {
            var policy = product.Policy;
            var changes = 0;
            if (product.IsSkipped) return new ProductOutcome { Policy = policy.Name, NotSubmittedBecause = "no requested number can be onboarded for this policy." };
            if (product.Bundle is null)
            {
                Report("creating the trust product", policy.Name, 0, 0);
                product.Bundle = await _writes.CreateBundleAsync(policy.Kind, policy.Sid, product.FriendlyName, _request.NotificationEmail, _request.StatusCallback?.AbsoluteUri).ConfigureAwait(false);
                _logger.LogInformation("Created {Policy} product {Sid}", policy.Name, product.Bundle.Sid);
                changes++;
            }
            var sid = product.Bundle.Sid;
            if (policy.RequiresBusinessProfile && !product.HasProfile && !product.IsLocked)
            {
                Report("assigning the Business Profile", policy.Name, 0, 0);
                if (await EditAsync(product, () => _writes.AssignEntityAsync(policy.Kind, sid, _request.BusinessProfileSid)).ConfigureAwait(false))
                {
                    product.HasProfile = true;
                    changes++;
                }
            }
            foreach (var endUser in product.EndUsers.Where(e => e.AssignedSid is null && !product.IsLocked))
            {
                Report($"adding the {endUser.Rule.Type} end user", policy.Name, 0, 0);
                var endUserSid = endUser.ReusableSid ?? await _writes.CreateEndUserAsync(endUser.Rule.Type, endUser.FriendlyName, endUser.AttributesJson).ConfigureAwait(false);
                if (!await EditAsync(product, () => _writes.AssignEntityAsync(policy.Kind, sid, endUserSid)).ConfigureAwait(false))
                {
                    // Submitted elsewhere meanwhile, with the other run's end user: one this run created would be left over.
                    if (endUser.ReusableSid is null && await ProductsMovedOn.RemoveStrayEndUserAsync(_ops, product, endUserSid, _ct).ConfigureAwait(false) is { } left) _warnings.Enqueue(left);
                    continue;
                }
                endUser.AssignedSid = endUserSid;
                changes += 2;
            }
            foreach (var endUser in product.EndUsers.Where(e => e.Outdated is not null && !product.IsLocked))
            {
                Report($"correcting the {endUser.Rule.Type} end user", policy.Name, 0, 0);
                if (!await EditAsync(product, () => _writes.UpdateEndUserAsync(endUser.AssignedSid!, endUser.AttributesJson)).ConfigureAwait(false)) continue;
                _logger.LogInformation("Corrected {Policy} end user {Sid} ({Attributes})", policy.Name, endUser.AssignedSid, string.Join(", ", endUser.Outdated!));
                endUser.Outdated = null;
                changes++;
            }

            // The numbers go on the product once they are on the Business Profile (and the failures there are known).
            await profileStep.ConfigureAwait(false);
            var missing = product.Accepted.Where(n => !product.NumberSids.Contains(n.Sid)).ToList();
            // A number that could not be put on the profile cannot go on a product that needs it there.
            var notOnProfile = policy.ChannelEndpoints?.MustBeOnBusinessProfile == true ? missing.Where(n => _notOnProfile.Contains(n.Sid)).ToList() : [];
            foreach (var number in notOnProfile)
            {
                _failures.Add(new NumberFailure(number.Sid, number.PhoneNumber, policy.Name, "not assigned: it could not be put on the Business Profile (see that failure)."));
                CountNumber(policy.Name, "failed");
            }
            // A product submitted elsewhere meanwhile may take no more numbers (its outcome then names them).
            var toAssign = product.CanTakeNumbers ? missing.Except(notOnProfile).ToList() : [];
            var failed = await AssignNumbersAsync("assigning numbers to the product", policy.Name, policy.Kind, sid, policy.ChannelEndpoints?.Type ?? ChannelEndpointRule.PhoneNumberType, toAssign).ConfigureAwait(false);
            var failedSids = failed.Select(f => f.NumberSid).ToHashSet(StringComparer.Ordinal);
            foreach (var number in toAssign.Where(n => !failedSids.Contains(n.Sid))) product.NumberSids.Add(number.Sid);
            var failedHere = notOnProfile.Count + failed.Count;
            changes += missing.Count - failedHere;
            if (_movedOn.ContainsKey(sid)) return await MovedOnAsync(product).ConfigureAwait(false);

            var outcome = new ProductOutcome { Policy = policy.Name, ProductSid = sid, Status = product.Bundle.Status, NumbersAssigned = product.AssignedCount };
            if (!OnboardingPlanner.NeedsSubmission(product, changes, null)) return outcome with { Rejection = RejectionReason.Of(product.Bundle) };
            if (failedHere > 0 && policy.ChannelEndpoints is { AllowedAfterSubmission: false })
                return outcome with { NotSubmittedBecause = $"{failedHere} number(s) failed and policy {policy.Name} takes no numbers after submission; rerun to retry them before submitting." };
            if (policy.EvaluateBeforeSubmit)
            {
                Report("evaluating", policy.Name, 0, 0);
                using var evaluating = TrustHubGenTelemetry.StartStage("onboarding evaluate", policy.Name);
                var evaluation = await _writes.EvaluateAsync(policy.Kind, sid, policy.Sid).ConfigureAwait(false);
                if (!evaluation.IsCompliant)
                {
                    _logger.LogWarning("{Policy} product {Sid} is noncompliant ({Count} finding(s)); not submitted", policy.Name, sid, evaluation.Findings.Count);
                    return outcome with { Findings = evaluation.Findings, NotSubmittedBecause = $"evaluation {evaluation.Sid} is {evaluation.Status}." };
                }
            }
            Report("submitting", policy.Name, 0, 0);
            using var submitting = TrustHubGenTelemetry.StartStage("onboarding submit", policy.Name);
            product.Bundle = await _writes.SubmitAsync(policy.Kind, sid).ConfigureAwait(false);
            _logger.LogInformation("Submitted {Policy} product {Sid}", policy.Name, sid);
            return outcome with { Status = product.Bundle.Status };
        }

        /// <summary>
        /// One edit of a product that may have been submitted elsewhere since the run read it: Twilio's 60711 then. True when
        /// the edit was made; false when the product is now submitted (the run goes on with what it may still do, the
        /// numbers of a policy that takes them after submission, and reports the product as the service has it).
        /// </summary>
        private async Task<bool> EditAsync(DiscoveredProduct product, Func<Task> edit)
        {
            try
            {
                await edit().ConfigureAwait(false);
                return true;
            }
            catch (Exception e) when (ProductsMovedOn.Is(e))
            {
                product.Bundle = await _ops.FetchBundleAsync(product.Policy.Kind, product.Bundle!.Sid, _ct).ConfigureAwait(false);
                // Not submitted after all (rejected since, or the 60711 was about something else): the product's outcome says so.
                if (!product.IsLocked) throw;
                _movedOn[product.Bundle.Sid] = true;
                return false;
            }
        }

        /// <summary>The outcome of a product someone else submitted while this run was editing it, read again from the service.</summary>
        private async Task<ProductOutcome> MovedOnAsync(DiscoveredProduct product)
        {
            var (outcome, warning) = await ProductsMovedOn.ReadAsync(_ops, product, _request.Options.MaxConcurrency, _ct).ConfigureAwait(false);
            foreach (var number in product.Accepted.Where(n => !product.NumberSids.Contains(n.Sid)))
            {
                _failures.Add(new NumberFailure(number.Sid, number.PhoneNumber, product.Policy.Name, "not assigned: the product was submitted elsewhere while this run was editing it (see the warning)."));
                CountNumber(product.Policy.Name, "failed");
            }
            _warnings.Enqueue(warning);
            _logger.LogWarning("{Warning}", warning);
            return outcome;
        }

        /// <summary>
        /// Assigns <paramref name="numbers"/> to a bundle, concurrently; returns the numbers that failed. A number whose
        /// answer was lost (<see cref="LostAnswers"/>) is not failed yet: after the pass, reading the bundle's assignments of
        /// those numbers only shows which took effect, and only the others are assigned again (a 409 counts as done).
        /// </summary>
        private async Task<IReadOnlyList<NumberFailure>> AssignNumbersAsync(string step, string? policy, OnboardingBundleKind kind, string bundleSid, string type, IReadOnlyList<ResolvedNumber> numbers)
        {
            var failures = new ConcurrentBag<NumberFailure>();
            var pending = numbers;
            for (var round = 0; pending.Count > 0; round++)
            {
                var mayRecover = round < LostAnswers.Rounds;
                var lost = new ConcurrentBag<(ResolvedNumber Number, Exception Error)>();
                await ForEachNumberAsync(round == 0 ? step : step + " (again, after lost answers)", policy, pending, async number =>
                {
                    try
                    {
                        await LostAnswers.AcceptConflictAsync(() => _ops.CreateChannelEndpointAssignmentAsync(kind, bundleSid, type, number.Sid, _ct)).ConfigureAwait(false);
                        CountNumber(policy, "assigned");
                    }
                    catch (Exception e) when (mayRecover && LostAnswers.LeftOutcomeUnknown(e, _ct))
                    {
                        lost.Add((number, e));
                    }
                    catch (Exception e) when (policy is not null && ProductsMovedOn.Is(e))
                    {
                        // The product was submitted elsewhere meanwhile: whether the number is on it is read again afterwards.
                        _movedOn[bundleSid] = true;
                    }
                    catch (Exception e) when (LostAnswers.IsPerCallFailure(e, _ct))
                    {
                        failures.Add(Failure(number, policy, e));
                    }
                }).ConfigureAwait(false);
                if (lost.IsEmpty) break;

                _writes.CountRecovered(lost.Count);
                HashSet<string> assigned;
                try
                {
                    // Only the lost numbers are looked up (the bundle may hold a million others).
                    assigned = await AssignmentReads.AssignedAsync(_ops, kind, bundleSid, lost.Select(l => l.Number.Sid), _request.Options.MaxConcurrency, _ct).ConfigureAwait(false);
                }
                catch (Exception e) when (LostAnswers.IsPerCallFailure(e, _ct))
                {
                    foreach (var (number, error) in lost) failures.Add(Failure(number, policy, error));
                    _logger.LogWarning("Reading {Bundle}'s assignments after {Count} lost answer(s) failed: {Cause}", bundleSid, lost.Count, e.Message);
                    break;
                }
                pending = lost.Select(l => l.Number).Where(n => !assigned.Contains(n.Sid)).OrderBy(n => n.Sid, StringComparer.Ordinal).ToList();
                _logger.LogInformation("{Lost} answer(s) lost assigning numbers to {Bundle}: {Found} had taken effect, {Again} assigned again",
                    lost.Count, bundleSid, lost.Count - pending.Count, pending.Count);
            }
            return failures.ToList();
        }

        private NumberFailure Failure(ResolvedNumber number, string? policy, Exception error)
        {
            var failure = new NumberFailure(number.Sid, number.PhoneNumber, policy, error.Message);
            _failures.Add(failure);
            CountNumber(policy, "failed");
            _logger.LogWarning("Assigning {Number} {Where} failed: {Cause}", number.Sid, policy is null ? "to the profile" : "for " + policy, error.Message);
            return failure;
        }

        private async Task ForEachNumberAsync(string step, string? policy, IReadOnlyList<ResolvedNumber> numbers, Func<ResolvedNumber, Task> assign)
        {
            if (numbers.Count == 0) return;
            using var stage = TrustHubGenTelemetry.StartStage("onboarding " + step, policy);
            stage?.SetTag("trusthub.numbers", numbers.Count);
            var done = 0;
            Report(step, policy, 0, numbers.Count);
            var options = new ParallelOptions { MaxDegreeOfParallelism = _request.Options.MaxConcurrency, CancellationToken = _ct };
            await Parallel.ForEachAsync(numbers, options, async (number, _) =>
            {
                await _assignments.WaitAsync(_ct).ConfigureAwait(false);
                try
                {
                    await assign(number).ConfigureAwait(false);
                }
                finally
                {
                    _assignments.Release();
                }
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
                    outcome = outcome with { Status = bundle.Status, Rejection = RejectionReason.Of(bundle) };
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

        // The Business Profile's assignments count under policy "none": the tag never carries a number or a name.
        private static void CountNumber(string? policy, string outcome)
        {
            if (TrustHubGenTelemetry.Numbers.Enabled)
                TrustHubGenTelemetry.Numbers.Add(1, new KeyValuePair<string, object?>("trusthub.policy", policy ?? "none"), new KeyValuePair<string, object?>("trusthub.outcome", outcome));
        }

        private void Report(string step, string? policy, int done, int total)
        {
            if (_progress is null) return;
            var report = new OnboardingProgress(step, policy, done, total, Retries);
            lock (_reports)
            {
                foreach (var next in _reports.Next(report)) _progress.Report(next);
            }
        }
    }
}
