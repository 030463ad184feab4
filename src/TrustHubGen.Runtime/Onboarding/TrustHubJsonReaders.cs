using System.Collections.Generic;
using System.Text.Json;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>Reflection-free readers for the few resource fields the engine reads; unknown fields are skipped.</summary>
internal static class TrustHubJsonReaders
{
    public static TrustHubBundle Bundle(ref Utf8JsonReader reader)
    {
        TwilioJson.ExpectStartObject(ref reader, "bundle");
        string? sid = null, policy = null, name = null, status = null;
        var codes = new List<int>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "sid": sid = TwilioJson.ReadString(ref reader); break;
                case "policy_sid": policy = TwilioJson.ReadString(ref reader); break;
                case "friendly_name": name = TwilioJson.ReadString(ref reader); break;
                case "status": status = TwilioJson.ReadString(ref reader); break;
                case "errors": ReadErrorCodes(ref reader, codes); break;
                default: reader.Skip(); break;
            }
        }
        return new TrustHubBundle(Required(sid, "sid", "bundle"), Required(policy, "policy_sid", "bundle"), name ?? "", status ?? "", codes);
    }

    public static ChannelEndpointAssignment Channel(ref Utf8JsonReader reader)
    {
        TwilioJson.ExpectStartObject(ref reader, "channel endpoint assignment");
        string? sid = null, type = null, endpoint = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "sid": sid = TwilioJson.ReadString(ref reader); break;
                case "channel_endpoint_type": type = TwilioJson.ReadString(ref reader); break;
                case "channel_endpoint_sid": endpoint = TwilioJson.ReadString(ref reader); break;
                default: reader.Skip(); break;
            }
        }
        return new ChannelEndpointAssignment(Required(sid, "sid", "channel endpoint assignment"), type ?? "",
            Required(endpoint, "channel_endpoint_sid", "channel endpoint assignment"));
    }

    public static EntityAssignment Entity(ref Utf8JsonReader reader)
    {
        TwilioJson.ExpectStartObject(ref reader, "entity assignment");
        string? sid = null, objectSid = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "sid": sid = TwilioJson.ReadString(ref reader); break;
                case "object_sid": objectSid = TwilioJson.ReadString(ref reader); break;
                default: reader.Skip(); break;
            }
        }
        return new EntityAssignment(Required(sid, "sid", "entity assignment"), Required(objectSid, "object_sid", "entity assignment"));
    }

    public static TrustHubEndUser EndUser(ref Utf8JsonReader reader)
    {
        TwilioJson.ExpectStartObject(ref reader, "end user");
        string? sid = null, type = null, name = null;
        IReadOnlyDictionary<string, string>? attributes = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "sid": sid = TwilioJson.ReadString(ref reader); break;
                case "type": type = TwilioJson.ReadString(ref reader); break;
                case "friendly_name": name = TwilioJson.ReadString(ref reader); break;
                case "attributes": attributes = ReadAttributes(ref reader); break;
                default: reader.Skip(); break;
            }
        }
        return new TrustHubEndUser(Required(sid, "sid", "end user"), type ?? "", name ?? "", attributes ?? new Dictionary<string, string>());
    }

    public static TrustHubEvaluation Evaluation(ref Utf8JsonReader reader)
    {
        TwilioJson.ExpectStartObject(ref reader, "evaluation");
        string? sid = null, status = null;
        var findings = new List<EvaluationFinding>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "sid": sid = TwilioJson.ReadString(ref reader); break;
                case "status": status = TwilioJson.ReadString(ref reader); break;
                case "results" when reader.TokenType == JsonTokenType.StartArray:
                    using (var results = JsonDocument.ParseValue(ref reader)) EvaluationFindings.Read(results.RootElement, findings);
                    break;
                default: reader.Skip(); break;
            }
        }
        return new TrustHubEvaluation(Required(sid, "sid", "evaluation"), status ?? "", findings);
    }

    public static IncomingNumber Number(ref Utf8JsonReader reader)
    {
        TwilioJson.ExpectStartObject(ref reader, "incoming phone number");
        string? sid = null, number = null, account = null, name = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "sid": sid = TwilioJson.ReadString(ref reader); break;
                case "phone_number": number = TwilioJson.ReadString(ref reader); break;
                case "account_sid": account = TwilioJson.ReadString(ref reader); break;
                case "friendly_name": name = TwilioJson.ReadString(ref reader); break;
                default: reader.Skip(); break;
            }
        }
        return new IncomingNumber(Required(sid, "sid", "incoming phone number"), Required(number, "phone_number", "incoming phone number"), account ?? "", string.IsNullOrEmpty(name) ? null : name);
    }

    public static TwilioAccount Account(ref Utf8JsonReader reader)
    {
        TwilioJson.ExpectStartObject(ref reader, "account");
        string? sid = null, name = null, status = null, owner = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "sid": sid = TwilioJson.ReadString(ref reader); break;
                case "friendly_name": name = TwilioJson.ReadString(ref reader); break;
                case "status": status = TwilioJson.ReadString(ref reader); break;
                case "owner_account_sid": owner = TwilioJson.ReadString(ref reader); break;
                default: reader.Skip(); break;
            }
        }
        return new TwilioAccount(Required(sid, "sid", "account"), name ?? "", status ?? "", owner);
    }

    public static TrustHubAddress Address(ref Utf8JsonReader reader)
    {
        TwilioJson.ExpectStartObject(ref reader, "address");
        string? sid = null, name = null, customer = null, street = null, secondary = null, city = null, region = null, postal = null, country = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "sid": sid = TwilioJson.ReadString(ref reader); break;
                case "friendly_name": name = TwilioJson.ReadString(ref reader); break;
                case "customer_name": customer = TwilioJson.ReadString(ref reader); break;
                case "street": street = TwilioJson.ReadString(ref reader); break;
                case "street_secondary": secondary = TwilioJson.ReadString(ref reader); break;
                case "city": city = TwilioJson.ReadString(ref reader); break;
                case "region": region = TwilioJson.ReadString(ref reader); break;
                case "postal_code": postal = TwilioJson.ReadString(ref reader); break;
                case "iso_country": country = TwilioJson.ReadString(ref reader); break;
                default: reader.Skip(); break;
            }
        }
        return new TrustHubAddress(Required(sid, "sid", "address"), name ?? "", customer ?? "", street ?? "", string.IsNullOrEmpty(secondary) ? null : secondary,
            city ?? "", region ?? "", postal ?? "", country ?? "");
    }

    public static TrustHubSupportingDocument Document(ref Utf8JsonReader reader)
    {
        TwilioJson.ExpectStartObject(ref reader, "supporting document");
        string? sid = null, type = null, name = null;
        IReadOnlyDictionary<string, string>? attributes = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "sid": sid = TwilioJson.ReadString(ref reader); break;
                case "type": type = TwilioJson.ReadString(ref reader); break;
                case "friendly_name": name = TwilioJson.ReadString(ref reader); break;
                case "attributes": attributes = ReadAttributes(ref reader); break;
                default: reader.Skip(); break;
            }
        }
        return new TrustHubSupportingDocument(Required(sid, "sid", "supporting document"), type ?? "", name ?? "", attributes ?? new Dictionary<string, string>());
    }

    private static void ReadErrorCodes(ref Utf8JsonReader reader, List<int> codes)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return;
        }
        using var errors = JsonDocument.ParseValue(ref reader);
        foreach (var error in errors.RootElement.EnumerateArray())
        {
            if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var code) && code.TryGetInt32(out var value)) codes.Add(value);
            else if (error.ValueKind == JsonValueKind.Number && error.TryGetInt32(out var bare)) codes.Add(bare);
        }
    }

    private static Dictionary<string, string> ReadAttributes(ref Utf8JsonReader reader)
    {
        var map = new Dictionary<string, string>(System.StringComparer.Ordinal);
        if (reader.TokenType == JsonTokenType.String)
        {
            // Some answers carry the attributes as the JSON string they were sent as.
            var text = reader.GetString();
            if (string.IsNullOrWhiteSpace(text)) return map;
            try
            {
                using var parsed = JsonDocument.Parse(text);
                Flatten(parsed.RootElement, map);
            }
            catch (JsonException)
            {
                // Not JSON: nothing the engine can compare against; treated as no attributes.
            }
            return map;
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return map;
        }
        using var document = JsonDocument.ParseValue(ref reader);
        Flatten(document.RootElement, map);
        return map;
    }

    private static void Flatten(JsonElement element, Dictionary<string, string> map)
    {
        if (element.ValueKind != JsonValueKind.Object) return;
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
        }
    }

    private static string Required(string? value, string field, string resource) =>
        value ?? throw new JsonException($"The {resource} in Twilio's answer has no \"{field}\".");
}

/// <summary>Turns an evaluation's <c>results</c> into findings: one per invalid field, or one per failed requirement without fields.</summary>
internal static class EvaluationFindings
{
    public static void Read(JsonElement results, List<EvaluationFinding> findings)
    {
        foreach (var requirement in results.EnumerateArray())
        {
            if (requirement.ValueKind != JsonValueKind.Object) continue;
            if (Bool(requirement, "passed") == true) continue;
            var name = Text(requirement, "requirement_friendly_name") ?? Text(requirement, "requirement_name") ?? Text(requirement, "friendly_name") ?? "requirement";
            var before = findings.Count;
            if (requirement.TryGetProperty("invalid", out var invalid) && invalid.ValueKind == JsonValueKind.Array)
            {
                foreach (var field in invalid.EnumerateArray())
                {
                    if (field.ValueKind != JsonValueKind.Object) continue;
                    findings.Add(new EvaluationFinding(name, Text(field, "object_field") ?? Text(field, "friendly_name"), Int(field, "error_code"), Text(field, "failure_reason")));
                }
            }
            if (findings.Count == before)
                findings.Add(new EvaluationFinding(name, null, Int(requirement, "error_code"), Text(requirement, "failure_reason")));
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static bool? Bool(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null } : null;
}
