using TrustHubGen.Emulator.Rules;
using TrustHubGen.Emulator.State;

namespace TrustHubGen.Emulator.Review;

/// <summary>
/// Plays Twilio's review: pending-review → in-review → twilio-approved, or twilio-rejected with the failing
/// evaluation codes as <c>errors</c>. With a zero step delay the whole review happens before the submitting
/// request returns (its response still shows pending-review, as the real service answers).
/// </summary>
internal sealed class ReviewSimulator(EmulatorState state, TimeSpan stepDelay, StatusCallbackSender callbacks) : IDisposable
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

    /// <summary>Runs the remaining review steps (at most two): at once under the caller's lock, or one per step delay.</summary>
    private void Schedule(AccountState owner, Bundle bundle, int generation)
    {
        if (stepDelay <= TimeSpan.Zero)
        {
            Advance(bundle, generation);
            Advance(bundle, generation);
            return;
        }

        _ = Task.Run(async () =>
        {
            for (var step = 0; step < 2; step++)
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
        // A newer submission, a draft reset or a delete makes this step stale.
        if (bundle.ReviewGeneration != generation || !state.BySid.ContainsKey(bundle.Sid))
        {
            return;
        }

        if (bundle.Status == BundleStatus.PendingReview)
        {
            bundle.Status = BundleStatus.InReview;
        }
        else if (bundle.Status == BundleStatus.InReview)
        {
            var policy = state.Policies.Find(bundle.PolicySid);
            var outcome = policy is null ? null : BundleEvaluator.Evaluate(state, bundle, policy);
            if (outcome is null || outcome.Compliant)
            {
                bundle.Status = BundleStatus.Approved;
                bundle.Errors = [];
                bundle.ValidUntil = state.Now().AddYears(1);
            }
            else
            {
                bundle.Status = BundleStatus.Rejected;
                bundle.Errors = [.. outcome.ErrorCodes];
            }
        }
        else
        {
            return;
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
