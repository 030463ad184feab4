using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TrustHubGen.Testing;

/// <summary>
/// A large, valid OpenAPI 3.0 document in Twilio's style, for sizing the generator: <c>resources</c> resources, each
/// with a collection path (list, create) and an instance path (fetch, update, delete), so 5 operations per resource,
/// a record with a SID, a status enum, dates and links, form requests with required fields, and paged lists. 1,800
/// resources make 9,000 operations in about 8.4 MB, the size of the spec issue 14 reports.
/// </summary>
public static class SyntheticSpec
{
    public const int OperationsPerResource = 5;

    public static string Json(int resources)
    {
        using var stream = new MemoryStream();
        Write(stream, resources);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public static void Write(Stream utf8, int resources)
    {
        using var w = new Utf8JsonWriter(utf8);
        w.WriteStartObject();
        w.WriteString("openapi", "3.0.1");
        w.WriteStartObject("info");
        w.WriteString("title", "Synthetic API");
        w.WriteString("version", "1.0.0");
        w.WriteEndObject();
        w.WriteStartArray("servers");
        w.WriteStartObject();
        w.WriteString("url", "https://synthetic.twilio.com");
        w.WriteEndObject();
        w.WriteEndArray();

        w.WriteStartObject("paths");
        for (var k = 0; k < resources; k++) Paths(w, k);
        w.WriteEndObject();

        w.WriteStartObject("components");
        w.WriteStartObject("schemas");
        for (var k = 0; k < resources; k++) Schema(w, k);
        w.WriteEndObject();
        w.WriteStartObject("securitySchemes");
        w.WriteStartObject("accountSid_authToken");
        w.WriteString("type", "http");
        w.WriteString("scheme", "basic");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static string Name(int k) => "Widget" + k.ToString(CultureInfo.InvariantCulture);

    private static string SchemaName(int k) => "synthetic.v1.widget" + k.ToString(CultureInfo.InvariantCulture);

    private static void Paths(Utf8JsonWriter w, int k)
    {
        var name = Name(k);
        w.WriteStartObject($"/v1/{name}s");
        w.WriteStartObject("get");
        Operation(w, "List" + name, $"Retrieve a list of all {name}s for an account.");
        PagingParameters(w);
        w.WriteStartObject("responses");
        w.WriteStartObject("200");
        w.WriteString("description", "OK");
        w.WriteStartObject("content");
        w.WriteStartObject("application/json");
        w.WriteStartObject("schema");
        w.WriteString("type", "object");
        w.WriteString("title", $"List{name}Response");
        w.WriteStartObject("properties");
        w.WriteStartObject("results");
        w.WriteString("type", "array");
        w.WriteStartObject("items");
        w.WriteString("$ref", "#/components/schemas/" + SchemaName(k));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("meta");
        w.WriteString("type", "object");
        w.WriteStartObject("properties");
        foreach (var p in new[] { "first_page_url", "next_page_url", "previous_page_url", "url", "key" })
        {
            w.WriteStartObject(p);
            w.WriteString("type", "string");
            w.WriteEndObject();
        }
        foreach (var p in new[] { "page", "page_size" })
        {
            w.WriteStartObject(p);
            w.WriteString("type", "integer");
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("post");
        Operation(w, "Create" + name, $"Create a new {name}.");
        Form(w, "Create" + name + "Request", required: true);
        Returns(w, "201", "Created", k);
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject($"/v1/{name}s/{{Sid}}");
        w.WriteStartObject("get");
        Operation(w, "Fetch" + name, $"Fetch a specific {name} instance.");
        SidParameter(w, name);
        Returns(w, "200", "OK", k);
        w.WriteEndObject();
        w.WriteStartObject("post");
        Operation(w, "Update" + name, $"Updates a {name} instance for an account.");
        SidParameter(w, name);
        Form(w, "Update" + name + "Request", required: false);
        Returns(w, "200", "OK", k);
        w.WriteEndObject();
        w.WriteStartObject("delete");
        Operation(w, "Delete" + name, $"Delete a specific {name}.");
        SidParameter(w, name);
        w.WriteStartObject("responses");
        w.WriteStartObject("204");
        w.WriteString("description", "The resource was deleted successfully.");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Operation(Utf8JsonWriter w, string id, string description)
    {
        w.WriteString("description", description);
        w.WriteString("operationId", id);
        w.WriteStartArray("security");
        w.WriteStartObject();
        w.WriteStartArray("accountSid_authToken");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void PagingParameters(Utf8JsonWriter w)
    {
        w.WriteStartArray("parameters");
        foreach (var (name, type) in new[] { ("PageSize", "integer"), ("Page", "integer"), ("PageToken", "string") })
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteString("in", "query");
            w.WriteString("description", "How many resources to return in each list page.");
            w.WriteStartObject("schema");
            w.WriteString("type", type);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void SidParameter(Utf8JsonWriter w, string name)
    {
        w.WriteStartArray("parameters");
        w.WriteStartObject();
        w.WriteString("name", "Sid");
        w.WriteString("in", "path");
        w.WriteString("description", $"The unique string that identifies the {name} resource.");
        w.WriteBoolean("required", true);
        w.WriteStartObject("schema");
        w.WriteString("type", "string");
        w.WriteString("pattern", "^WD[0-9a-fA-F]{32}$");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void Form(Utf8JsonWriter w, string title, bool required)
    {
        w.WriteStartObject("requestBody");
        w.WriteStartObject("content");
        w.WriteStartObject("application/x-www-form-urlencoded");
        w.WriteStartObject("schema");
        w.WriteString("type", "object");
        w.WriteString("title", title);
        w.WriteStartObject("properties");
        foreach (var (name, description) in new[] { ("FriendlyName", "A descriptive string that you create to describe the resource."), ("Email", "The email address that will receive updates."), ("StatusCallback", "The URL we call to inform your application of status changes.") })
        {
            w.WriteStartObject(name);
            w.WriteString("type", "string");
            w.WriteString("description", description);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        if (required)
        {
            w.WriteStartArray("required");
            w.WriteStringValue("FriendlyName");
            w.WriteStringValue("Email");
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Returns(Utf8JsonWriter w, string status, string description, int k)
    {
        w.WriteStartObject("responses");
        w.WriteStartObject(status);
        w.WriteString("description", description);
        w.WriteStartObject("content");
        w.WriteStartObject("application/json");
        w.WriteStartObject("schema");
        w.WriteString("$ref", "#/components/schemas/" + SchemaName(k));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Schema(Utf8JsonWriter w, int k)
    {
        w.WriteStartObject(SchemaName(k));
        w.WriteString("type", "object");
        w.WriteStartObject("properties");
        Property(w, "sid", "string", $"The unique string that we created to identify the {Name(k)} resource.", "^WD[0-9a-fA-F]{32}$");
        Property(w, "account_sid", "string", "The SID of the Account that created the resource.", "^AC[0-9a-fA-F]{32}$");
        Property(w, "friendly_name", "string", "The string that you assigned to describe the resource.", null);
        w.WriteStartObject("status");
        w.WriteString("type", "string");
        w.WriteStartArray("enum");
        foreach (var status in new[] { "draft", "pending-review", "in-review", "twilio-rejected", "twilio-approved" }) w.WriteStringValue(status);
        w.WriteEndArray();
        w.WriteString("description", "The verification status of the resource.");
        w.WriteEndObject();
        foreach (var date in new[] { "date_created", "date_updated" })
        {
            w.WriteStartObject(date);
            w.WriteString("type", "string");
            w.WriteString("format", "date-time");
            w.WriteString("description", "The date and time in GMT in ISO 8601 format.");
            w.WriteEndObject();
        }
        Property(w, "url", "string", "The absolute URL of the resource.", null);
        w.WriteStartObject("links");
        w.WriteString("type", "object");
        w.WriteString("format", "uri-map");
        w.WriteString("description", "The URLs of the resources related to this one.");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Property(Utf8JsonWriter w, string name, string type, string description, string? pattern)
    {
        w.WriteStartObject(name);
        w.WriteString("type", type);
        if (pattern is not null)
        {
            w.WriteNumber("minLength", 34);
            w.WriteNumber("maxLength", 34);
            w.WriteString("pattern", pattern);
        }
        w.WriteString("description", description);
        w.WriteEndObject();
    }
}
