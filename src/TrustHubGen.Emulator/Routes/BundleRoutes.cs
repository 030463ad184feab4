using TrustHubGen.Emulator.Rules;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Routes;

/// <summary>/v1/CustomerProfiles and /v1/TrustProducts: create, list, fetch, update (status lifecycle), delete.</summary>
internal static class BundleRoutes
{
    public static void Map(RouteTable routes)
    {
        foreach (var type in new[] { BundleType.CustomerProfile, BundleType.TrustProduct })
        {
            var collection = "/v1/" + ResourceJson.CollectionOf(type);
            routes.Map("POST", collection, c => Create(c, type));
            routes.Map("GET", collection, c => List(c, type));
            routes.Map("GET", collection + "/{sid}", c => Fetch(c, type));
            routes.Map("POST", collection + "/{sid}", c => Update(c, type));
            routes.Map("DELETE", collection + "/{sid}", c => Delete(c, type));
        }
    }

    private static Reply Create(RequestContext c, BundleType type)
    {
        var friendlyName = c.Required("FriendlyName");
        var email = c.Required("Email");
        var policySid = c.RequiredSid("PolicySid", "RN");
        var callback = c.OptionalCallbackUrl("StatusCallback");
        var policy = BundleRules.KnownPolicy(c.State, policySid);
        if (PolicyCatalog.TypeOf(policy) != type)
        {
            throw new ApiException(400, ErrorCodes.WrongPolicy,
                $"PolicySid {policySid} is the \"{policy.FriendlyName}\" policy, which is for {PolicyCatalog.Describe(PolicyCatalog.TypeOf(policy))} bundles; a {PolicyCatalog.Describe(type)} needs one of: {BundleRules.PolicyList(c.State, type)}.");
        }

        var now = c.State.Now();
        var bundle = new Bundle
        {
            Sid = Sids.New("BU"),
            AccountSid = c.Account.Sid,
            Type = type,
            PolicySid = policySid,
            FriendlyName = friendlyName,
            Email = email,
            StatusCallback = callback,
            DateCreated = now,
            DateUpdated = now,
        };
        lock (c.Account.Gate)
        {
            c.State.BySid[bundle.Sid] = bundle;
            c.Account.BundlesOf(type).Add(bundle.Sid, bundle);
            c.State.MarkChanged();
            return Reply.Json(201, w => ResourceJson.Bundle(w, c.BaseUrl, bundle));
        }
    }

    private static Reply List(RequestContext c, BundleType type)
    {
        var page = PageRequest.From(c.Query);
        var status = c.QueryValue("Status");
        var friendlyName = c.QueryValue("FriendlyName");
        var policySid = c.QueryValue("PolicySid");
        if (status is not null && !BundleStatus.All.Contains(status))
        {
            throw ApiException.Invalid("Status", $"\"{status}\" is not one of {string.Join(", ", BundleStatus.All)}.");
        }

        var filters = new List<(string, string)>();
        if (status is not null) filters.Add(("Status", status));
        if (friendlyName is not null) filters.Add(("FriendlyName", friendlyName));
        if (policySid is not null) filters.Add(("PolicySid", policySid));
        lock (c.Account.Gate)
        {
            IReadOnlyList<Bundle> items = c.Account.BundlesOf(type).Values;
            if (filters.Count > 0)
            {
                items = items.Where(b => (status is null || b.Status == status)
                    && (friendlyName is null || b.FriendlyName == friendlyName)
                    && (policySid is null || b.PolicySid == policySid)).ToList();
            }

            return Paging.V1(c.BaseUrl, c.Path, filters, page, "results", items, (w, b) => ResourceJson.Bundle(w, c.BaseUrl, b));
        }
    }

    private static Reply Fetch(RequestContext c, BundleType type)
    {
        var (owner, bundle) = Lookup.Bundle(c, type, c.Args[0]);
        lock (owner.Gate)
        {
            return Reply.Json(200, w => ResourceJson.Bundle(w, c.BaseUrl, bundle));
        }
    }

    private static Reply Update(RequestContext c, BundleType type)
    {
        var (owner, bundle) = Lookup.Bundle(c, type, c.Args[0]);
        var status = c.Optional("Status");
        var friendlyName = c.Optional("FriendlyName");
        var email = c.Optional("Email");
        var callback = c.OptionalCallbackUrl("StatusCallback");
        if (status is not null && !BundleStatus.All.Contains(status))
        {
            throw ApiException.Invalid("Status", $"\"{status}\" is not one of {string.Join(", ", BundleStatus.All)}.");
        }

        lock (owner.Gate)
        {
            Lookup.EnsureAlive(c, bundle.Sid);
            BundleRules.EnsureEditable(bundle);
            var submitting = status is not null && BundleRules.CheckStatusChange(c.State, bundle, status);
            if (friendlyName is not null) bundle.FriendlyName = friendlyName;
            if (email is not null) bundle.Email = email;
            if (callback is not null) bundle.StatusCallback = callback;
            if (status is not null)
            {
                bundle.Status = status;
                bundle.Errors = [];
                if (status == BundleStatus.Draft)
                {
                    bundle.ReviewGeneration++;
                }
            }

            bundle.DateUpdated = c.State.Now();
            c.State.MarkChanged();
            var reply = Reply.Json(200, w => ResourceJson.Bundle(w, c.BaseUrl, bundle));
            if (submitting)
            {
                c.Review.Submitted(owner, bundle);
            }

            return reply;
        }
    }

    private static Reply Delete(RequestContext c, BundleType type)
    {
        var (owner, bundle) = Lookup.Bundle(c, type, c.Args[0]);
        lock (owner.Gate)
        {
            Lookup.EnsureAlive(c, bundle.Sid);
            if (bundle.AssignedTo.Count > 0)
            {
                throw new ApiException(409, ErrorCodes.StillAssigned,
                    $"Business Profile {bundle.Sid} is assigned to {string.Join(", ", bundle.AssignedTo)}; remove those entity assignments before deleting it.");
            }

            foreach (var assignment in bundle.Entities.Values.ToList())
            {
                BundleRules.Unassign(c.State, bundle, assignment);
            }

            foreach (var channel in bundle.Channels.Values)
            {
                c.State.BySid.TryRemove(channel.Sid, out _);
            }

            foreach (var evaluation in bundle.Evaluations.Values)
            {
                c.State.BySid.TryRemove(evaluation.Sid, out _);
            }

            owner.BundlesOf(type).Remove(bundle.Sid);
            c.State.BySid.TryRemove(bundle.Sid, out _);
            c.State.MarkChanged();
            return Reply.NoContent;
        }
    }
}
