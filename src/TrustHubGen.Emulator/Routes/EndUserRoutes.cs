using TrustHubGen.Emulator.Rules;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Routes;

/// <summary>/v1/EndUsers: the IT… objects bundles hold (cnam_information and the profile's business information).</summary>
internal static class EndUserRoutes
{
    public static void Map(Router router)
    {
        router.Map("POST", "/v1/EndUsers", Create);
        router.Map("GET", "/v1/EndUsers", List);
        router.Map("GET", "/v1/EndUsers/{}", Fetch);
        router.Map("POST", "/v1/EndUsers/{}", Update);
        router.Map("DELETE", "/v1/EndUsers/{}", Delete);
    }

    private static Reply Create(RequestContext c)
    {
        var friendlyName = c.Required("FriendlyName");
        var type = c.Required("Type");
        var attributes = AttributeValues.Normalize(c.Optional("Attributes"), "Attributes");
        // Twilio accepts end-user types beyond those our policies describe; only described types have rules.
        BundleRules.CheckAttributes(c.State.Policies.AttributesOf(type), attributes);
        var now = c.State.Now();
        var endUser = new EndUser { Sid = Sids.New("IT"), AccountSid = c.Account.Sid, Type = type, FriendlyName = friendlyName, AttributesJson = attributes, DateCreated = now, DateUpdated = now };
        lock (c.Account.Gate)
        {
            c.State.BySid[endUser.Sid] = endUser;
            c.Account.EndUsers.Add(endUser.Sid, endUser);
            c.State.MarkChanged();
            return Reply.Json(201, w => ResourceJson.EndUser(w, c.BaseUrl, endUser));
        }
    }

    private static Reply List(RequestContext c)
    {
        var page = PageRequest.From(c.Query);
        lock (c.Account.Gate)
        {
            return Paging.V1(c.BaseUrl, c.Path, [], page, "results", c.Account.EndUsers.Values, (w, e) => ResourceJson.EndUser(w, c.BaseUrl, e));
        }
    }

    private static Reply Fetch(RequestContext c)
    {
        var (owner, endUser) = Lookup.Owned<EndUser>(c, c.Args[0], e => e.AccountSid);
        lock (owner.Gate)
        {
            return Reply.Json(200, w => ResourceJson.EndUser(w, c.BaseUrl, endUser));
        }
    }

    private static Reply Update(RequestContext c)
    {
        var (owner, endUser) = Lookup.Owned<EndUser>(c, c.Args[0], e => e.AccountSid);
        var friendlyName = c.Optional("FriendlyName");
        var rawAttributes = c.Optional("Attributes");
        var attributes = rawAttributes is null ? null : AttributeValues.Normalize(rawAttributes, "Attributes");
        if (attributes is not null)
        {
            BundleRules.CheckAttributes(c.State.Policies.AttributesOf(endUser.Type), attributes);
        }

        lock (owner.Gate)
        {
            Lookup.EnsureAlive(c, endUser.Sid);
            EnsureNoLockedBundle(c.State, endUser.AssignedTo, endUser.Sid);
            if (friendlyName is not null) endUser.FriendlyName = friendlyName;
            if (attributes is not null) endUser.AttributesJson = attributes;
            endUser.DateUpdated = c.State.Now();
            c.State.MarkChanged();
            return Reply.Json(200, w => ResourceJson.EndUser(w, c.BaseUrl, endUser));
        }
    }

    private static Reply Delete(RequestContext c)
    {
        var (owner, endUser) = Lookup.Owned<EndUser>(c, c.Args[0], e => e.AccountSid);
        lock (owner.Gate)
        {
            Lookup.EnsureAlive(c, endUser.Sid);
            if (endUser.AssignedTo.Count > 0)
            {
                throw new ApiException(409, ErrorCodes.StillAssigned, $"End user {endUser.Sid} is assigned to {string.Join(", ", endUser.AssignedTo)}; delete those entity assignments first.");
            }

            owner.EndUsers.Remove(endUser.Sid);
            c.State.BySid.TryRemove(endUser.Sid, out _);
            c.State.MarkChanged();
            return Reply.NoContent;
        }
    }

    /// <summary>An object inside a bundle under review or approved is part of that bundle: 60711 as for the bundle.</summary>
    internal static void EnsureNoLockedBundle(EmulatorState state, IEnumerable<string> bundleSids, string objectSid)
    {
        foreach (var sid in bundleSids)
        {
            if (state.BySid.GetValueOrDefault(sid) is Bundle bundle && BundleStatus.IsLocked(bundle.Status))
            {
                throw new ApiException(400, ErrorCodes.BundleNotEditable, $"{objectSid} belongs to bundle {bundle.Sid}, which is {bundle.Status} and cannot be edited.");
            }
        }
    }
}
