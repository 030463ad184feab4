using TrustHubGen.Emulator.Rules;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Routes;

/// <summary>/v1/SupportingDocuments (attributes only; the emulator stores no files).</summary>
internal static class SupportingDocumentRoutes
{
    public static void Map(Router router)
    {
        router.Map("POST", "/v1/SupportingDocuments", Create);
        router.Map("GET", "/v1/SupportingDocuments", List);
        router.Map("GET", "/v1/SupportingDocuments/{}", Fetch);
        router.Map("POST", "/v1/SupportingDocuments/{}", Update);
        router.Map("DELETE", "/v1/SupportingDocuments/{}", Delete);
    }

    private static Reply Create(RequestContext c)
    {
        var friendlyName = c.Required("FriendlyName");
        var type = c.Required("Type");
        var attributes = AttributeValues.Normalize(c.Optional("Attributes"), "Attributes");
        AddressDocuments.EnsureOwnAddresses(c.State, c.Account.Sid, type, attributes);
        var now = c.State.Now();
        var document = new SupportingDocument { Sid = Sids.New("RD"), AccountSid = c.Account.Sid, Type = type, FriendlyName = friendlyName, AttributesJson = attributes, DateCreated = now, DateUpdated = now };
        lock (c.Account.Gate)
        {
            c.State.BySid[document.Sid] = document;
            c.Account.Documents.Add(document.Sid, document);
            c.State.MarkChanged();
            return Reply.Json(201, w => ResourceJson.Document(w, c.BaseUrl, document));
        }
    }

    private static Reply List(RequestContext c)
    {
        var page = PageRequest.From(c.Query);
        lock (c.Account.Gate)
        {
            return Paging.V1(c.BaseUrl, c.Path, [], page, "results", c.Account.Documents.Values, (w, d) => ResourceJson.Document(w, c.BaseUrl, d));
        }
    }

    private static Reply Fetch(RequestContext c)
    {
        var (owner, document) = Lookup.Owned<SupportingDocument>(c, c.Args[0], d => d.AccountSid);
        lock (owner.Gate)
        {
            return Reply.Json(200, w => ResourceJson.Document(w, c.BaseUrl, document));
        }
    }

    private static Reply Update(RequestContext c)
    {
        var (owner, document) = Lookup.Owned<SupportingDocument>(c, c.Args[0], d => d.AccountSid);
        var friendlyName = c.Optional("FriendlyName");
        var rawAttributes = c.Optional("Attributes");
        var attributes = rawAttributes is null ? null : AttributeValues.Normalize(rawAttributes, "Attributes");
        lock (owner.Gate)
        {
            Lookup.EnsureAlive(c, document.Sid);
            EndUserRoutes.EnsureNoLockedBundle(c.State, document.AssignedTo, document.Sid);
            if (attributes is not null)
            {
                AddressDocuments.EnsureOwnAddresses(c.State, document.AccountSid, document.Type, attributes);
            }

            if (friendlyName is not null) document.FriendlyName = friendlyName;
            if (attributes is not null) document.AttributesJson = attributes;
            document.DateUpdated = c.State.Now();
            c.State.MarkChanged();
            return Reply.Json(200, w => ResourceJson.Document(w, c.BaseUrl, document));
        }
    }

    private static Reply Delete(RequestContext c)
    {
        var (owner, document) = Lookup.Owned<SupportingDocument>(c, c.Args[0], d => d.AccountSid);
        lock (owner.Gate)
        {
            Lookup.EnsureAlive(c, document.Sid);
            if (document.AssignedTo.Count > 0)
            {
                throw new ApiException(409, ErrorCodes.StillAssigned, $"Supporting document {document.Sid} is assigned to {string.Join(", ", document.AssignedTo)}; delete those entity assignments first.");
            }

            owner.Documents.Remove(document.Sid);
            c.State.BySid.TryRemove(document.Sid, out _);
            c.State.MarkChanged();
            return Reply.NoContent;
        }
    }
}
