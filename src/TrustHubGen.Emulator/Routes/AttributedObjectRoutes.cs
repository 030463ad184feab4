using System.Text.Json;
using TrustHubGen.Emulator.Rules;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Routes;

/// <summary>
/// Create, list, fetch, update and delete for an <see cref="AttributedObject"/> collection (/v1/EndUsers,
/// /v1/SupportingDocuments): the same life cycle, with each collection's own attribute check.
/// </summary>
/// <param name="Path">The collection path, e.g. <c>/v1/EndUsers</c>.</param>
/// <param name="SidPrefix">The prefix of new SIDs (<c>IT</c>, <c>RD</c>).</param>
/// <param name="Noun">How messages name one object ("End user").</param>
/// <param name="Collection">The account's objects of this kind.</param>
/// <param name="NewObject">A new object with its fields set.</param>
/// <param name="Write">The object's JSON.</param>
/// <param name="CheckAttributes">Refuses attributes the object's type does not allow (state, account SID, type, attributes JSON).</param>
internal sealed record AttributedObjectRoutes<T>(
    string Path,
    string SidPrefix,
    string Noun,
    Func<AccountState, OrderedDictionary<string, T>> Collection,
    Func<NewAttributedObject, T> NewObject,
    Action<Utf8JsonWriter, string, T> Write,
    Action<EmulatorState, string, string, string> CheckAttributes)
    where T : AttributedObject
{
    public void Map(RouteTable routes)
    {
        routes.Map("POST", Path, Create);
        routes.Map("GET", Path, List);
        routes.Map("GET", Path + "/{sid}", Fetch);
        routes.Map("POST", Path + "/{sid}", Update);
        routes.Map("DELETE", Path + "/{sid}", Delete);
    }

    private Reply Create(RequestContext c)
    {
        var friendlyName = c.Required("FriendlyName");
        var type = c.Required("Type");
        var attributes = AttributeValues.Normalize(c.Optional("Attributes"), "Attributes");
        CheckAttributes(c.State, c.Account.Sid, type, attributes);
        var now = c.State.Now();
        var item = NewObject(new NewAttributedObject(Sids.New(SidPrefix), c.Account.Sid, type, friendlyName, attributes, now));
        lock (c.Account.Gate)
        {
            c.State.BySid[item.Sid] = item;
            Collection(c.Account).Add(item.Sid, item);
            c.State.MarkChanged();
            return Reply.Json(201, w => Write(w, c.BaseUrl, item));
        }
    }

    private Reply List(RequestContext c)
    {
        var page = PageRequest.From(c.Query);
        lock (c.Account.Gate)
        {
            return Paging.V1(c.BaseUrl, c.Path, [], page, "results", Collection(c.Account).Values, (w, item) => Write(w, c.BaseUrl, item));
        }
    }

    private Reply Fetch(RequestContext c)
    {
        var (owner, item) = Lookup.Owned<T>(c, c.Args[0], i => i.AccountSid);
        lock (owner.Gate)
        {
            return Reply.Json(200, w => Write(w, c.BaseUrl, item));
        }
    }

    private Reply Update(RequestContext c)
    {
        var (owner, item) = Lookup.Owned<T>(c, c.Args[0], i => i.AccountSid);
        var friendlyName = c.Optional("FriendlyName");
        var rawAttributes = c.Optional("Attributes");
        var attributes = rawAttributes is null ? null : AttributeValues.Normalize(rawAttributes, "Attributes");
        if (attributes is not null)
        {
            CheckAttributes(c.State, item.AccountSid, item.Type, attributes);
        }

        lock (owner.Gate)
        {
            Lookup.EnsureAlive(c, item.Sid);
            EnsureNoLockedBundle(c.State, item.AssignedTo, item.Sid);
            if (friendlyName is not null) item.FriendlyName = friendlyName;
            if (attributes is not null) item.AttributesJson = attributes;
            item.DateUpdated = c.State.Now();
            c.State.MarkChanged();
            return Reply.Json(200, w => Write(w, c.BaseUrl, item));
        }
    }

    private Reply Delete(RequestContext c)
    {
        var (owner, item) = Lookup.Owned<T>(c, c.Args[0], i => i.AccountSid);
        lock (owner.Gate)
        {
            Lookup.EnsureAlive(c, item.Sid);
            if (item.AssignedTo.Count > 0)
            {
                throw new ApiException(409, ErrorCodes.StillAssigned, $"{Noun} {item.Sid} is assigned to {string.Join(", ", item.AssignedTo)}; delete those entity assignments first.");
            }

            Collection(owner).Remove(item.Sid);
            c.State.BySid.TryRemove(item.Sid, out _);
            c.State.MarkChanged();
            return Reply.NoContent;
        }
    }

    /// <summary>An object inside a bundle under review or approved is part of that bundle: 60711 as for the bundle.</summary>
    private static void EnsureNoLockedBundle(EmulatorState state, IEnumerable<string> bundleSids, string objectSid)
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

/// <summary>The fields of an object being created, handed to the collection's constructor.</summary>
internal sealed record NewAttributedObject(string Sid, string AccountSid, string Type, string FriendlyName, string AttributesJson, DateTimeOffset Now);
