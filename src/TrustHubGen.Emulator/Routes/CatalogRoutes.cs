using System.Text.Json;
using TrustHubGen.Emulator.Rules;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;
using TrustHubGen.Policies;

namespace TrustHubGen.Emulator.Routes;

/// <summary>/v1/Policies, /v1/EndUserTypes and /v1/SupportingDocumentTypes, all derived from the policy definitions.</summary>
internal static class CatalogRoutes
{
    public static void Map(RouteTable routes)
    {
        routes.Map("GET", "/v1/Policies", ListPolicies);
        routes.Map("GET", "/v1/Policies/{sid}", FetchPolicy);
        routes.Map("GET", "/v1/EndUserTypes", c => ListTypes(c, "EndUserTypes", "end_user_types", EndUserTypes(c.State)));
        routes.Map("GET", "/v1/EndUserTypes/{sidOrName}", c => FetchType(c, "EndUserTypes", EndUserTypes(c.State)));
        routes.Map("GET", "/v1/SupportingDocumentTypes", c => ListTypes(c, "SupportingDocumentTypes", "supporting_document_types", DocumentTypes(c.State)));
        routes.Map("GET", "/v1/SupportingDocumentTypes/{sidOrName}", c => FetchType(c, "SupportingDocumentTypes", DocumentTypes(c.State)));
    }

    private sealed record TypeEntry(string Sid, string MachineName, string FriendlyName, IReadOnlyList<string> Fields);

    private static List<TypeEntry> EndUserTypes(EmulatorState state) =>
        state.Policies.EndUserTypes
            .Select(t => new TypeEntry(Sids.Deterministic("OY", "end-user-type:" + t.Key), t.Key, BundleEvaluator.Friendly(t.Key), t.Value.Select(a => a.Name).ToArray()))
            .ToList();

    private static List<TypeEntry> DocumentTypes(EmulatorState state) =>
        state.Policies.DocumentTypes
            .Select(t => new TypeEntry(Sids.Deterministic("OY", "document-type:" + t), t, BundleEvaluator.Friendly(t), []))
            .ToList();

    private static Reply ListTypes(RequestContext c, string collection, string key, List<TypeEntry> entries)
    {
        var page = PageRequest.From(c.Query);
        return Paging.V1(c.BaseUrl, c.Path, [], page, key, entries, (w, e) => WriteType(w, c.BaseUrl, collection, e));
    }

    /// <summary>Fetch by OY SID, or by machine name as the policies' <c>url</c> fields point (/EndUserTypes/cnam_information).</summary>
    private static Reply FetchType(RequestContext c, string collection, List<TypeEntry> entries)
    {
        var entry = entries.Find(e => e.Sid == c.Args[0] || e.MachineName == c.Args[0]) ?? throw ApiException.NotFound(c.Path);
        return Reply.Json(200, w => WriteType(w, c.BaseUrl, collection, entry));
    }

    private static void WriteType(Utf8JsonWriter w, string baseUrl, string collection, TypeEntry e)
    {
        w.WriteStartObject();
        w.WriteString("sid", e.Sid);
        w.WriteString("friendly_name", e.FriendlyName);
        w.WriteString("machine_name", e.MachineName);
        w.WriteStartArray("fields");
        foreach (var field in e.Fields)
        {
            w.WriteStartObject();
            w.WriteString("machine_name", field);
            w.WriteString("friendly_name", BundleEvaluator.Friendly(field));
            w.WriteString("constraint", "String");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("url", $"{baseUrl}/v1/{collection}/{e.Sid}");
        w.WriteEndObject();
    }

    private static Reply ListPolicies(RequestContext c)
    {
        var page = PageRequest.From(c.Query);
        return Paging.V1(c.BaseUrl, c.Path, [], page, "results", c.State.Policies.All, (w, p) => WritePolicy(w, c.BaseUrl, p));
    }

    private static Reply FetchPolicy(RequestContext c)
    {
        var policy = c.State.Policies.Find(c.Args[0]) ?? throw ApiException.NotFound(c.Path);
        return Reply.Json(200, w => WritePolicy(w, c.BaseUrl, policy));
    }

    /// <summary>The <c>requirements</c> object in the shape the spec's example shows.</summary>
    private static void WritePolicy(Utf8JsonWriter w, string baseUrl, PolicyDefinition p)
    {
        w.WriteStartObject();
        w.WriteString("sid", p.Sid);
        w.WriteString("friendly_name", p.FriendlyName);
        w.WriteStartObject("requirements");
        w.WriteStartArray("end_user");
        foreach (var endUser in p.EndUsers)
        {
            w.WriteStartObject();
            w.WriteString("url", $"/EndUserTypes/{endUser.Type}");
            w.WriteStartArray("fields");
            foreach (var attribute in endUser.Attributes)
            {
                w.WriteStringValue(attribute.Name);
            }

            w.WriteEndArray();
            w.WriteString("type", endUser.Type);
            w.WriteString("name", BundleEvaluator.Friendly(endUser.Type));
            w.WriteString("requirement_name", endUser.Type);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("supporting_trust_products");
        w.WriteEndArray();
        w.WriteStartArray("supporting_document");
        foreach (var document in p.SupportingDocuments)
        {
            w.WriteStartArray();
            w.WriteStartObject();
            w.WriteString("description", BundleEvaluator.Friendly(document.Type));
            w.WriteString("type", "document");
            w.WriteString("name", BundleEvaluator.Friendly(document.Type));
            w.WriteStartArray("accepted_documents");
            w.WriteStartObject();
            w.WriteString("url", $"/SupportingDocumentTypes/{document.Type}");
            w.WriteStartArray("fields");
            w.WriteEndArray();
            w.WriteString("type", document.Type);
            w.WriteString("name", BundleEvaluator.Friendly(document.Type));
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteString("requirement_name", document.Type);
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteStartArray("supporting_customer_profiles");
        if (p.BusinessProfile is { } profile)
        {
            foreach (var accepted in profile.AcceptedPolicySids)
            {
                w.WriteStartObject();
                w.WriteString("type", PolicyCatalog.CustomerProfileObjectType);
                w.WriteString("policy_sid", accepted);
                w.WriteString("name", "Business Profile");
                w.WriteString("requirement_name", "business_profile");
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteString("url", $"{baseUrl}/v1/Policies/{p.Sid}");
        w.WriteEndObject();
    }
}
