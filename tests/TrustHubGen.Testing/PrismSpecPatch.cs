using System.Text.Json.Nodes;

namespace TrustHubGen.Testing;

/// <summary>
/// Two documented patches that make Prism validate every response instead of silently skipping some or failing on
/// the spec's own examples. (1) Untyped <c>"nullable": true</c> schemas (EndUser and SupportingDocument
/// <c>attributes</c>, Policy <c>requirements</c>) make Ajv refuse to compile the whole response schema, and Prism then
/// validates nothing; dropping that one keyword keeps every other check. (2) API 2010's <c>uri</c> and paging
/// <c>*_uri</c> fields are relative in the spec's own examples and in the real service but typed <c>format: uri</c>
/// (absolute); they are checked as <c>uri-reference</c>. Nothing a request must satisfy is loosened.
/// </summary>
public static class PrismSpecPatch
{
    private static readonly string[] RelativeUriFields = ["uri", "first_page_uri", "next_page_uri", "previous_page_uri"];

    public static string Apply(string json)
    {
        var root = JsonNode.Parse(json)!;
        Walk(root);
        return root.ToJsonString();
    }

    private static void Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["nullable"] is JsonValue nullable && nullable.GetValue<bool>() && !obj.ContainsKey("type") && !obj.ContainsKey("$ref")
                    && !obj.ContainsKey("allOf") && !obj.ContainsKey("oneOf") && !obj.ContainsKey("anyOf"))
                {
                    obj.Remove("nullable");
                }
                if (obj["properties"] is JsonObject properties)
                {
                    foreach (var name in RelativeUriFields)
                    {
                        if (properties[name] is JsonObject property && (string?)property["format"] == "uri") property["format"] = "uri-reference";
                    }
                }
                foreach (var child in obj.Select(p => p.Value).ToList()) Walk(child);
                break;
            case JsonArray array:
                foreach (var child in array.ToList()) Walk(child);
                break;
        }
    }
}
