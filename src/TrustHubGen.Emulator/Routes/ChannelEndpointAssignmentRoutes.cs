using TrustHubGen.Emulator.Rules;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;
using TrustHubGen.Policies;

namespace TrustHubGen.Emulator.Routes;

/// <summary>/v1/{CustomerProfiles|TrustProducts}/{BU}/ChannelEndpointAssignments: phone numbers on bundles.</summary>
internal static class ChannelEndpointAssignmentRoutes
{
    private const string PhoneNumberType = ChannelEndpointRule.PhoneNumberType;

    public static void Map(RouteTable routes)
    {
        foreach (var type in new[] { BundleType.CustomerProfile, BundleType.TrustProduct })
        {
            var collection = $"/v1/{ResourceJson.CollectionOf(type)}/{{bundleSid}}/ChannelEndpointAssignments";
            routes.Map("POST", collection, c => Create(c, type));
            routes.Map("GET", collection, c => List(c, type));
            routes.Map("GET", collection + "/{sid}", c => Fetch(c, type));
            routes.Map("DELETE", collection + "/{sid}", c => Delete(c, type));
        }
    }

    private static Reply Create(RequestContext c, BundleType type)
    {
        var (owner, bundle) = Lookup.Bundle(c, type, c.Args[0]);
        var endpointType = c.Required("ChannelEndpointType");
        var endpointSid = c.RequiredSid("ChannelEndpointSid", null);
        var policy = c.State.Policies.Find(bundle.PolicySid);
        var rule = policy?.ChannelEndpoints;
        var expectedType = rule?.Type ?? PhoneNumberType;
        if (!string.Equals(endpointType, expectedType, StringComparison.Ordinal))
        {
            throw new ApiException(400, ErrorCodes.ChannelEndpointTypeInvalid,
                $"ChannelEndpointType must be \"{expectedType}\", not \"{endpointType}\".");
        }

        if (c.State.BySid.GetValueOrDefault(endpointSid) is not PhoneNumber number || !c.State.CanSee(owner, number.AccountSid))
        {
            throw new ApiException(400, ErrorCodes.ChannelEndpointNotFound,
                $"ChannelEndpointSid {endpointSid} is not an IncomingPhoneNumber of account {owner.Sid} or its subaccounts.");
        }

        lock (owner.Gate)
        {
            Lookup.EnsureAlive(c, bundle.Sid);

            // Numbers go onto approved Business Profiles (the documented first step of both flows); trust products
            // take them after submission only when their policy says so (SHAKEN/STIR).
            if (type == BundleType.TrustProduct && !(rule?.AllowedAfterSubmission ?? false))
            {
                BundleRules.EnsureEditable(bundle);
            }

            if (bundle.ChannelByEndpoint.ContainsKey(number.Sid))
            {
                throw new ApiException(409, ErrorCodes.DuplicateAssignment, $"{number.E164} ({number.Sid}) is already assigned to bundle {bundle.Sid}.");
            }

            if (type == BundleType.TrustProduct && rule is { MustBeOnBusinessProfile: true })
            {
                if (bundle.BusinessProfileSid is null || c.State.BySid.GetValueOrDefault(bundle.BusinessProfileSid) is not Bundle profile)
                {
                    throw new ApiException(400, ErrorCodes.BusinessProfileMissing,
                        $"Trust product {bundle.Sid} has no Business Profile yet; POST its SID as ObjectSid to /v1/TrustProducts/{bundle.Sid}/EntityAssignments before assigning numbers.");
                }

                if (!profile.ChannelByEndpoint.ContainsKey(number.Sid))
                {
                    throw new ApiException(400, ErrorCodes.NumberNotOnBusinessProfile,
                        $"{number.E164} ({number.Sid}) is not on Business Profile {profile.Sid}; assign it with POST /v1/CustomerProfiles/{profile.Sid}/ChannelEndpointAssignments first.");
                }
            }

            if (rule is not null && PhoneNumberFacts.CheckChannelEndpoint(rule, number.E164) is { } problem)
            {
                throw new ApiException(400, ErrorCodes.ChannelEndpointNotAllowed, $"Policy {policy!.Sid} ({policy.Name}) refuses {number.E164}: {problem}");
            }

            var assignment = new ChannelAssignment
            {
                Sid = Sids.New("RA"),
                BundleSid = bundle.Sid,
                AccountSid = bundle.AccountSid,
                ChannelEndpointType = endpointType,
                ChannelEndpointSid = number.Sid,
                DateCreated = c.State.Now(),
            };
            bundle.Channels.Add(assignment.Sid, assignment);
            bundle.ChannelByEndpoint.Add(number.Sid, assignment.Sid);
            c.State.MarkChanged();
            return Reply.Json(201, w => ResourceJson.ChannelAssignment(w, c.BaseUrl, type, assignment));
        }
    }

    private static Reply List(RequestContext c, BundleType type)
    {
        var (owner, bundle) = Lookup.Bundle(c, type, c.Args[0]);
        var page = PageRequest.From(c.Query);
        var endpointSid = c.QueryValue("ChannelEndpointSid");
        var endpointSids = c.QueryValue("ChannelEndpointSids");
        IReadOnlyList<ChannelAssignment> slice;
        var filters = new List<(string, string)>();
        lock (owner.Gate)
        {
            IReadOnlyList<ChannelAssignment> items = bundle.Channels.Values;
            if (endpointSid is not null || endpointSids is not null)
            {
                // Filters go through the endpoint index, never a scan of the bundle's numbers.
                var wanted = new List<string>();
                if (endpointSid is not null)
                {
                    filters.Add(("ChannelEndpointSid", endpointSid));
                    wanted.Add(endpointSid);
                }

                if (endpointSids is not null)
                {
                    filters.Add(("ChannelEndpointSids", endpointSids));
                    wanted.AddRange(endpointSids.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                }

                items = wanted.Distinct(StringComparer.Ordinal)
                    .Select(s => bundle.ChannelByEndpoint.GetValueOrDefault(s))
                    .Where(s => s is not null)
                    .Select(s => bundle.Channels[s!])
                    .ToList();
            }

            slice = new PageSlice<ChannelAssignment>(items, page);
        }

        // Assignments never change once made, so their JSON is written outside the lock.
        return Paging.V1(c.BaseUrl, c.Path, filters, page, "results", slice, (w, a) => ResourceJson.ChannelAssignment(w, c.BaseUrl, type, a));
    }

    private static Reply Fetch(RequestContext c, BundleType type)
    {
        var (owner, bundle) = Lookup.Bundle(c, type, c.Args[0]);
        lock (owner.Gate)
        {
            var assignment = bundle.Channels.GetValueOrDefault(c.Args[1]) ?? throw ApiException.NotFound(c.Path);
            return Reply.Json(200, w => ResourceJson.ChannelAssignment(w, c.BaseUrl, type, assignment));
        }
    }

    private static Reply Delete(RequestContext c, BundleType type)
    {
        var (owner, bundle) = Lookup.Bundle(c, type, c.Args[0]);
        lock (owner.Gate)
        {
            var assignment = bundle.Channels.GetValueOrDefault(c.Args[1]) ?? throw ApiException.NotFound(c.Path);
            var rule = c.State.Policies.Find(bundle.PolicySid)?.ChannelEndpoints;
            if (type == BundleType.TrustProduct && !(rule?.AllowedAfterSubmission ?? false))
            {
                BundleRules.EnsureEditable(bundle);
            }

            if (type == BundleType.CustomerProfile)
            {
                // A number cannot leave the profile while a trust product built on the profile still carries it.
                var users = bundle.AssignedTo
                    .Select(sid => c.State.BySid.GetValueOrDefault(sid) as Bundle)
                    .Where(p => p is not null && p.ChannelByEndpoint.ContainsKey(assignment.ChannelEndpointSid))
                    .Select(p => p!.Sid)
                    .ToArray();
                if (users.Length > 0)
                {
                    throw new ApiException(409, ErrorCodes.StillAssigned,
                        $"{assignment.ChannelEndpointSid} is still on trust product(s) {string.Join(", ", users)}; remove it there first.");
                }
            }

            bundle.Channels.Remove(assignment.Sid);
            bundle.ChannelByEndpoint.Remove(assignment.ChannelEndpointSid);
            c.State.MarkChanged();
            return Reply.NoContent;
        }
    }
}
