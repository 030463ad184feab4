using TrustHubGen.Emulator.Rules;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Routes;

/// <summary>/v1/SupportingDocuments (attributes only; the emulator stores no files).</summary>
internal static class SupportingDocumentRoutes
{
    public static void Map(RouteTable routes) => new AttributedObjectRoutes<SupportingDocument>(
        "/v1/SupportingDocuments",
        "RD",
        "Supporting document",
        account => account.Documents,
        n => new SupportingDocument { Sid = n.Sid, AccountSid = n.AccountSid, Type = n.Type, FriendlyName = n.FriendlyName, AttributesJson = n.AttributesJson, DateCreated = n.Now, DateUpdated = n.Now },
        ResourceJson.Document,
        // An address document must name addresses of its own account (990017).
        AddressDocuments.EnsureOwnAddresses).Map(routes);
}
