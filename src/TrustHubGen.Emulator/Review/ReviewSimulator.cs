using TrustHubGen.Emulator.Rules;
using TrustHubGen.Emulator.State;

namespace TrustHubGen.Emulator.Review;

/// <summary>
/// Plays Twilio's review: pending-review → in-review → twilio-approved, or twilio-rejected with the failing
/// evaluation codes as <c>errors</c>. With a zero step delay the whole review happens before the submitting
/// request returns (its response still shows pending-review, as the real service answers). With manual verdicts
/// a review stops at in-review until <see cref="Decide"/> gives the verdict.
/// </summary>
internal sealed class ReviewSimulator(EmulatorState state, TimeSpan stepDelay, bool manualVerdicts, StatusCallbackSender callbacks) : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Called under the owner's lock right after a client set pending-review.</summary>
    public void Submitted(AccountState owner, Bundle bundle)
    {
        var generation = ++bundle.ReviewGeneration;
        Notify(bundle);
        Schedule(owner, bundle, generation);
    }

    /// <summary>
    /// Continues the reviews a loaded state left under way (pending-review or in-review), so a restart between a
    /// submission and its verdict still ends in a verdict and its callbacks.
    /// </summary>
    public void ResumeAll()
    {
        foreach (var owner in state.Accounts.Values)
        {
            lock (owner.Gate)
            {
                foreach (var bundle in owner.CustomerProfiles.Values.Concat(owner.TrustProducts.Values))
                {
                    if (bundle.Status is BundleStatus.PendingReview or BundleStatus.InReview)
                    {
                        Schedule(owner, bundle, ++bundle.ReviewGeneration);
                    }
                }
            }
        }
    }

    /// <summary>What is wrong with a verdict's error codes: rejection codes with an approval are a mistaken verdict.</summary>
    public static string? ErrorsProblem(string verdict, IReadOnlyList<int> errors) =>
        verdict == BundleStatus.Approved && errors.Count > 0
            ? $"error codes {string.Join(",", errors)} go with a {BundleStatus.Rejected} verdict, not {BundleStatus.Approved}."
            : null;

    /// <summary>
    /// Gives a bundle under review its verdict now, whatever its content: <see cref="BundleStatus.Approved"/>, or
    /// <see cref="BundleStatus.Rejected"/> with <paramref name="errors"/> (e.g. 18601–18609 for profiles). A bundle
    /// still pending-review passes through in-review first, with its callback, as in a real review.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No bundle has this SID.</exception>
    /// <exception cref="InvalidOperationException">The bundle is not under review, or the verdict is not one of the two.</exception>
    /// <exception cref="ArgumentException">An approval comes with error codes (<see cref="ErrorsProblem"/>).</exception>
    public void Decide(string bundleSid, string verdict, IReadOnlyList<int> errors)
    {
        if (verdict is not (BundleStatus.Approved or BundleStatus.Rejected))
        {
            throw new InvalidOperationException($"A verdict is {BundleStatus.Approved} or {BundleStatus.Rejected}, not \"{verdict}\".");
        }

        if (ErrorsProblem(verdict, errors) is { } problem)
        {
            throw new ArgumentException(problem, nameof(errors));
        }

        var bundle = state.BySid.GetValueOrDefault(bundleSid) as Bundle ?? throw new KeyNotFoundException($"No bundle {bundleSid}.");
        lock (state.OwnerOf(bundle.AccountSid).Gate)
        {
            if (bundle.Status is not (BundleStatus.PendingReview or BundleStatus.InReview))
            {
                throw new InvalidOperationException($"Bundle {bundleSid} is {bundle.Status}, not under review.");
            }

            // Steps still scheduled for this review go stale.
            bundle.ReviewGeneration++;
            if (bundle.Status == BundleStatus.PendingReview)
            {
                Move(bundle, BundleStatus.InReview, []);
            }

            Move(bundle, verdict, verdict == BundleStatus.Rejected ? errors : []);
        }
    }

    /// <summary>Runs the remaining review steps: at once under the caller's lock, or one per step delay.</summary>
    private void Schedule(AccountState owner, Bundle bundle, int generation)
    {
        // Manual verdicts: only the step to in-review is automatic.
        var steps = manualVerdicts ? 1 : 2;
        if (stepDelay <= TimeSpan.Zero)
        {
            for (var step = 0; step < steps; step++)
            {
                Advance(bundle, generation);
            }

            return;
        }

        _ = Task.Run(async () =>
        {
            for (var step = 0; step < steps; step++)
            {
                await Task.Delay(stepDelay, _stopping.Token).ConfigureAwait(false);
                lock (owner.Gate)
                {
                    Advance(bundle, generation);
                }
            }
        });
    }

    private void Advance(Bundle bundle, int generation)
    {
        // A newer submission, a draft reset, a verdict given by hand or a delete makes this step stale.
        if (bundle.ReviewGeneration != generation || !state.BySid.ContainsKey(bundle.Sid))
        {
            return;
        }

        if (bundle.Status == BundleStatus.PendingReview)
        {
            Move(bundle, BundleStatus.InReview, []);
        }
        else if (bundle.Status == BundleStatus.InReview && !manualVerdicts)
        {
            var policy = state.Policies.Find(bundle.PolicySid);
            var outcome = policy is null ? null : BundleEvaluator.Evaluate(state, bundle, policy);
            Move(bundle, outcome is null || outcome.Compliant ? BundleStatus.Approved : BundleStatus.Rejected, outcome?.ErrorCodes ?? []);
        }
    }

    private void Move(Bundle bundle, string status, IReadOnlyList<int> errors)
    {
        bundle.Status = status;
        bundle.Errors = [.. errors];
        if (status == BundleStatus.Approved)
        {
            bundle.ValidUntil = state.Now().AddYears(1);
        }

        bundle.DateUpdated = state.Now();
        state.MarkChanged();
        Notify(bundle);
    }

    private void Notify(Bundle bundle)
    {
        if (bundle.StatusCallback is { } url)
        {
            callbacks.Enqueue(new StatusChange(url, bundle.AccountSid, bundle.Sid, bundle.PolicySid, bundle.Status, [.. bundle.Errors], bundle.DateUpdated));
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }
}
