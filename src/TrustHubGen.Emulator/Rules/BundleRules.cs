using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;
using TrustHubGen.Policies;

namespace TrustHubGen.Emulator.Rules;

/// <summary>
/// Lifecycle and policy rules for bundles. Callers hold the bundle owner's lock.
/// <para>
/// Locking rule: a Business Profile's <see cref="Bundle.AssignedTo"/> is read and changed only under the lock of the
/// account that owns the profile. A subaccount's bundle may hold its parent's Primary profile, so a change made
/// while holding the subaccount's lock takes the parent's lock inside it (<see cref="LinkProfile"/>,
/// <see cref="UnlinkProfile"/>): locks are always taken subaccount first, then parent, and never the other way round,
/// so the two cannot deadlock.
/// </para>
/// </summary>
internal static class BundleRules
{
    public static PolicyDefinition KnownPolicy(EmulatorState state, string policySid) =>
        state.Policies.Find(policySid) ?? throw new ApiException(400, ErrorCodes.UnknownPolicy,
            $"PolicySid {policySid} is not a known policy. Known: {string.Join(", ", state.Policies.All.Select(p => $"{p.Sid} ({p.Name})"))}; GET /v1/Policies lists them.");

    public static string PolicyList(EmulatorState state, BundleType type)
    {
        var matching = state.Policies.All.Where(p => PolicyCatalog.TypeOf(p) == type).Select(p => $"{p.Sid} ({p.Name})").ToArray();
        return matching.Length == 0 ? "(none known)" : string.Join(", ", matching);
    }

    /// <summary>Bundles pending review, in review or approved refuse edits with Twilio's 60711.</summary>
    public static void EnsureEditable(Bundle bundle)
    {
        if (BundleStatus.IsLocked(bundle.Status))
        {
            throw new ApiException(400, ErrorCodes.BundleNotEditable,
                $"Bundle {bundle.Sid} is {bundle.Status} and cannot be edited. Only draft and twilio-rejected bundles change; fix a rejected bundle and submit it again.");
        }
    }

    /// <summary>Checks a client-requested status; true when it is a submission (pending-review).</summary>
    public static bool CheckStatusChange(EmulatorState state, Bundle bundle, string requested)
    {
        var policy = state.Policies.Find(bundle.PolicySid);
        IReadOnlyList<string> settable = policy?.Submission.ClientSettableStatuses is { Count: > 0 } s ? s : [BundleStatus.PendingReview, BundleStatus.Draft];
        if (!settable.Contains(requested))
        {
            throw new ApiException(400, ErrorCodes.StatusNotClientSettable,
                $"Status \"{requested}\" is set by Twilio's review, not by clients. Set \"pending-review\" to submit (or \"draft\" to reopen a twilio-rejected bundle).");
        }

        if (requested == BundleStatus.Draft)
        {
            if (bundle.Status is not (BundleStatus.Rejected or BundleStatus.Draft))
            {
                throw new ApiException(400, ErrorCodes.StatusNotClientSettable,
                    $"Status \"draft\" can only be set on a twilio-rejected bundle; {bundle.Sid} is {bundle.Status}.");
            }

            return false;
        }

        if (requested != BundleStatus.PendingReview)
        {
            throw new ApiException(400, ErrorCodes.StatusNotClientSettable,
                $"Status \"{requested}\" is set by Twilio's review, not by clients. Set \"pending-review\" to submit.");
        }

        // EvaluateBeforeSubmit tells pipelines to evaluate first; the service itself accepts the submission and
        // its review rejects a noncompliant bundle, so the emulator does the same.
        return true;
    }

    /// <summary>Removes an entity assignment and the back-references it created.</summary>
    public static void Unassign(EmulatorState state, Bundle bundle, EntityAssignment assignment)
    {
        bundle.Entities.Remove(assignment.Sid);
        bundle.EntityByObject.Remove(assignment.ObjectSid);
        switch (state.BySid.GetValueOrDefault(assignment.ObjectSid))
        {
            case EndUser endUser:
                endUser.AssignedTo.Remove(bundle.Sid);
                break;
            case SupportingDocument document:
                document.AssignedTo.Remove(bundle.Sid);
                break;
            case Bundle profile:
                UnlinkProfile(state, bundle, profile);
                if (bundle.BusinessProfileSid == profile.Sid)
                {
                    bundle.BusinessProfileSid = null;
                }

                break;
        }
    }

    /// <summary>Records that <paramref name="bundle"/> holds <paramref name="profile"/>, under the profile owner's lock (see the locking rule above).</summary>
    public static void LinkProfile(EmulatorState state, Bundle bundle, Bundle profile) =>
        UnderProfileOwnerLock(state, bundle, profile, static (p, sid) => p.AssignedTo.Add(sid));

    /// <summary>Records that <paramref name="bundle"/> no longer holds <paramref name="profile"/>, under the profile owner's lock.</summary>
    public static void UnlinkProfile(EmulatorState state, Bundle bundle, Bundle profile) =>
        UnderProfileOwnerLock(state, bundle, profile, static (p, sid) => p.AssignedTo.Remove(sid));

    private static void UnderProfileOwnerLock(EmulatorState state, Bundle bundle, Bundle profile, Action<Bundle, string> change)
    {
        // The caller holds the bundle owner's lock; Monitor is reentrant, so the same account costs nothing more.
        lock (state.OwnerOf(profile.AccountSid).Gate)
        {
            change(profile, bundle.Sid);
        }
    }

    /// <summary>Checks the attribute values an end user carries against the rules known for its type (CNAM display name and friends).</summary>
    public static void CheckAttributes(IReadOnlyList<AttributeRule> rules, string attributesJson)
    {
        if (rules.Count == 0)
        {
            return;
        }

        var values = AttributeValues.Read(attributesJson);
        foreach (var rule in rules)
        {
            var value = values.GetValueOrDefault(rule.Name);
            // Missing attributes are the evaluation's business (22215); values present must be right at once.
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (PolicyRules.CheckAttribute(rule, value) is { } problem)
            {
                throw new ApiException(400, ErrorCodes.AttributeInvalid, $"Attributes.{rule.Name}: {problem}");
            }
        }
    }
}
