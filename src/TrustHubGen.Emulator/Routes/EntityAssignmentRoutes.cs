using TrustHubGen.Emulator.Rules;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;
using TrustHubGen.Policies;

namespace TrustHubGen.Emulator.Routes;

/// <summary>/v1/{CustomerProfiles|TrustProducts}/{BU}/EntityAssignments: end users, documents and Business Profiles in a bundle.</summary>
internal static class EntityAssignmentRoutes
{
    public static void Map(RouteTable routes)
    {
        foreach (var type in new[] { BundleType.CustomerProfile, BundleType.TrustProduct })
        {
            var collection = $"/v1/{ResourceJson.CollectionOf(type)}/{{bundleSid}}/EntityAssignments";
            routes.Map("POST", collection, c => Create(c, type));
            routes.Map("GET", collection, c => List(c, type));
            routes.Map("GET", collection + "/{sid}", c => Fetch(c, type));
            routes.Map("DELETE", collection + "/{sid}", c => Delete(c, type));
        }
    }

    private static Reply Create(RequestContext c, BundleType type)
    {
        var (owner, bundle) = Lookup.Bundle(c, type, c.Args[0]);
        var objectSid = c.Required("ObjectSid");
        if (!Sids.IsSid(objectSid))
        {
            throw new ApiException(400, ErrorCodes.InvalidObjectSid, $"ObjectSid \"{objectSid}\" is not a SID (two letters and 32 hex digits); use the SID of an end user (IT…), a supporting document (RD…) or a Business Profile (BU…).");
        }

        lock (owner.Gate)
        {
            Lookup.EnsureAlive(c, bundle.Sid);
            BundleRules.EnsureEditable(bundle);
            if (bundle.EntityByObject.ContainsKey(objectSid))
            {
                throw new ApiException(409, ErrorCodes.DuplicateAssignment, $"{objectSid} is already assigned to bundle {bundle.Sid}.");
            }

            var policy = c.State.Policies.Find(bundle.PolicySid);
            switch (c.State.BySid.GetValueOrDefault(objectSid))
            {
                case EndUser endUser when endUser.AccountSid == bundle.AccountSid:
                    CheckEndUser(c.State, bundle, policy, endUser);
                    endUser.AssignedTo.Add(bundle.Sid);
                    break;
                case SupportingDocument document when document.AccountSid == bundle.AccountSid:
                    CheckDocument(c.State, bundle, policy, document);
                    document.AssignedTo.Add(bundle.Sid);
                    break;
                case Bundle { Type: BundleType.CustomerProfile } profile when profile.Sid != bundle.Sid && IsProfileVisibleTo(c.State, profile, bundle):
                    CheckProfile(c.State, bundle, policy, profile);
                    BundleRules.LinkProfile(c.State, bundle, profile);
                    bundle.BusinessProfileSid = profile.Sid;
                    break;
                default:
                    throw new ApiException(400, ErrorCodes.InvalidObjectSid,
                        $"ObjectSid {objectSid} is not an end user, supporting document or Business Profile of account {bundle.AccountSid}.");
            }

            var assignment = new EntityAssignment { Sid = Sids.New("BV"), BundleSid = bundle.Sid, AccountSid = bundle.AccountSid, ObjectSid = objectSid, DateCreated = c.State.Now() };
            bundle.Entities.Add(assignment.Sid, assignment);
            bundle.EntityByObject.Add(objectSid, assignment.Sid);
            c.State.MarkChanged();
            return Reply.Json(201, w => ResourceJson.EntityAssignment(w, c.BaseUrl, type, assignment));
        }
    }

    // A bundle takes its own account's profiles and, in a subaccount, its parent's: that is how an ISV assigns its
    // Primary Business Profile to a customer's Secondary Customer Profile. Any other account's profile stays invisible.
    private static bool IsProfileVisibleTo(EmulatorState state, Bundle profile, Bundle bundle) =>
        profile.AccountSid == bundle.AccountSid || profile.AccountSid == state.OwnerOf(bundle.AccountSid).OwnerAccountSid;

    private static void CheckEndUser(EmulatorState state, Bundle bundle, PolicyDefinition? policy, EndUser endUser)
    {
        if (policy is null)
        {
            return;
        }

        var rule = policy.EndUsers.FirstOrDefault(r => r.Type == endUser.Type);
        if (rule is null || rule.Max == 0)
        {
            var accepted = policy.EndUsers.Where(r => r.Max > 0).Select(r => r.Type).ToArray();
            throw new ApiException(400, ErrorCodes.EndUserNotAccepted,
                $"Policy {policy.Sid} ({policy.Name}) accepts no end user of type \"{endUser.Type}\"; it accepts {(accepted.Length == 0 ? "no end users at all" : string.Join(", ", accepted))}.");
        }

        var already = bundle.Entities.Values.Count(a => state.BySid.GetValueOrDefault(a.ObjectSid) is EndUser e && e.Type == endUser.Type);
        if (already >= rule.Max)
        {
            throw new ApiException(400, ErrorCodes.EndUserNotAccepted,
                $"Policy {policy.Sid} ({policy.Name}) accepts at most {rule.Max} \"{endUser.Type}\" end user(s) and bundle {bundle.Sid} has {already}; remove one first.");
        }

        BundleRules.CheckAttributes(rule.Attributes, endUser.AttributesJson);
    }

    private static void CheckDocument(EmulatorState state, Bundle bundle, PolicyDefinition? policy, SupportingDocument document)
    {
        if (policy is null)
        {
            return;
        }

        var rule = policy.SupportingDocuments.FirstOrDefault(r => r.Type == document.Type);
        if (rule is null || rule.Max == 0)
        {
            throw new ApiException(400, ErrorCodes.EndUserNotAccepted,
                $"Policy {policy.Sid} ({policy.Name}) accepts no supporting document of type \"{document.Type}\".");
        }

        var already = bundle.Entities.Values.Count(a => state.BySid.GetValueOrDefault(a.ObjectSid) is SupportingDocument d && d.Type == document.Type);
        if (already >= rule.Max)
        {
            throw new ApiException(400, ErrorCodes.EndUserNotAccepted,
                $"Policy {policy.Sid} ({policy.Name}) accepts at most {rule.Max} \"{document.Type}\" document(s); bundle {bundle.Sid} has {already}.");
        }
    }

    private static void CheckProfile(EmulatorState state, Bundle bundle, PolicyDefinition? policy, Bundle profile)
    {
        if (bundle.BusinessProfileSid is { } existing)
        {
            throw new ApiException(409, ErrorCodes.BusinessProfileAlreadyAssigned,
                $"Bundle {bundle.Sid} already has Business Profile {existing}; delete that entity assignment before assigning {profile.Sid}.");
        }

        if (policy is null)
        {
            return;
        }

        if (policy.BusinessProfile is not { } rule)
        {
            throw new ApiException(400, ErrorCodes.WrongPolicy, $"Policy {policy.Sid} ({policy.Name}) takes no Business Profile.");
        }

        if (rule.AcceptedPolicySids.Count > 0 && !rule.AcceptedPolicySids.Contains(profile.PolicySid))
        {
            var profilePolicy = state.Policies.Find(profile.PolicySid);
            throw new ApiException(400, ErrorCodes.WrongPolicy,
                $"Business Profile {profile.Sid} uses policy {profile.PolicySid}{(profilePolicy is null ? "" : $" ({profilePolicy.Name})")}; policy {policy.Sid} ({policy.Name}) accepts profiles of {string.Join(", ", rule.AcceptedPolicySids)}.");
        }

        if (!string.Equals(profile.Status, rule.RequiredStatus, StringComparison.Ordinal))
        {
            throw new ApiException(400, ErrorCodes.BusinessProfileNotApproved,
                $"Business Profile {profile.Sid} is {profile.Status}; policy {policy.Sid} ({policy.Name}) needs a {rule.RequiredStatus} profile. Submit the profile and wait for approval first.");
        }

        if (rule.RequiredRegistrationIdentifiers.Count > 0)
        {
            var identifiers = profile.Entities.Values
                .Select(a => state.BySid.GetValueOrDefault(a.ObjectSid))
                .OfType<EndUser>()
                .Select(e => AttributeValues.Read(e.AttributesJson).GetValueOrDefault("business_registration_identifier"))
                .Where(v => v is not null)
                .ToArray();
            if (!identifiers.Any(v => rule.RequiredRegistrationIdentifiers.Contains(v!, StringComparer.OrdinalIgnoreCase)))
            {
                throw new ApiException(400, ErrorCodes.RegistrationIdentifierMissing,
                    $"Business Profile {profile.Sid} has no business_registration_identifier of {string.Join(" or ", rule.RequiredRegistrationIdentifiers)}; policy {policy.Sid} ({policy.Name}) requires one.");
            }
        }
    }

    private static Reply List(RequestContext c, BundleType type)
    {
        var (owner, bundle) = Lookup.Bundle(c, type, c.Args[0]);
        var page = PageRequest.From(c.Query);
        var objectType = c.QueryValue("ObjectType");
        IReadOnlyList<EntityAssignment> slice;
        var filters = new List<(string, string)>();
        lock (owner.Gate)
        {
            IReadOnlyList<EntityAssignment> items = bundle.Entities.Values;
            if (objectType is not null)
            {
                filters.Add(("ObjectType", objectType));
                items = items.Where(a => ObjectTypeOf(c.State, a.ObjectSid) == objectType).ToList();
            }

            slice = new PageSlice<EntityAssignment>(items, page);
        }

        return Paging.V1(c.BaseUrl, c.Path, filters, page, "results", slice, (w, a) => ResourceJson.EntityAssignment(w, c.BaseUrl, type, a));
    }

    /// <summary>
    /// The spec's ObjectType filter: the "(EndUserType or SupportingDocumentType) machine-name" of the assigned object,
    /// as its evaluation result's <c>object_type</c> names it.
    /// </summary>
    private static string? ObjectTypeOf(EmulatorState state, string sid) => state.BySid.GetValueOrDefault(sid) switch
    {
        EndUser endUser => endUser.Type,
        SupportingDocument document => document.Type,
        Bundle => PolicyCatalog.CustomerProfileObjectType,
        _ => null,
    };

    private static Reply Fetch(RequestContext c, BundleType type)
    {
        var (owner, bundle) = Lookup.Bundle(c, type, c.Args[0]);
        lock (owner.Gate)
        {
            var assignment = bundle.Entities.GetValueOrDefault(c.Args[1]) ?? throw ApiException.NotFound(c.Path);
            return Reply.Json(200, w => ResourceJson.EntityAssignment(w, c.BaseUrl, type, assignment));
        }
    }

    private static Reply Delete(RequestContext c, BundleType type)
    {
        var (owner, bundle) = Lookup.Bundle(c, type, c.Args[0]);
        lock (owner.Gate)
        {
            var assignment = bundle.Entities.GetValueOrDefault(c.Args[1]) ?? throw ApiException.NotFound(c.Path);
            BundleRules.EnsureEditable(bundle);
            BundleRules.Unassign(c.State, bundle, assignment);
            c.State.MarkChanged();
            return Reply.NoContent;
        }
    }
}
