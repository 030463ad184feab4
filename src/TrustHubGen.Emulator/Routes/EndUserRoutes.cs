using TrustHubGen.Emulator.Rules;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Routes;

/// <summary>/v1/EndUsers: the IT… objects bundles hold (cnam_information and the profile's business information).</summary>
internal static class EndUserRoutes
{
    public static void Map(RouteTable routes) => new AttributedObjectRoutes<EndUser>(
        "/v1/EndUsers",
        "IT",
        "End user",
        account => account.EndUsers,
        n => new EndUser { Sid = n.Sid, AccountSid = n.AccountSid, Type = n.Type, FriendlyName = n.FriendlyName, AttributesJson = n.AttributesJson, DateCreated = n.Now, DateUpdated = n.Now },
        ResourceJson.EndUser,
        // Twilio accepts end-user types beyond those our policies describe; only described types have rules.
        (state, _, type, attributes) => BundleRules.CheckAttributes(state.Policies.AttributesOf(type), attributes)).Map(routes);
}
