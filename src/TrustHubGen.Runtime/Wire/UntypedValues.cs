using System.Collections.Generic;
using System.Text.Json;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Runtime.Wire;

/// <summary>
/// The values Twilio's spec leaves untyped, which the generated records keep as <see cref="JsonElement"/>: a bundle's
/// <c>errors</c>, an end user's or document's <c>attributes</c>, and an evaluation's <c>results</c>. Their shapes are
/// the ones Twilio documents and answers (see the emulator's docs); anything else is read as "nothing".
/// </summary>
internal static class UntypedValues
{
    /// <summary>The codes of a bundle's <c>errors</c>: objects with a numeric <c>code</c>, or bare numbers.</summary>
    public static IReadOnlyList<int> ErrorCodes(JsonElement? errors)
    {
        var codes = new List<int>();
        if (errors is not { ValueKind: JsonValueKind.Array } array) return codes;
        foreach (var error in array.EnumerateArray())
        {
            if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out var value)) codes.Add(value);
            else if (error.ValueKind == JsonValueKind.Number && error.TryGetInt32(out var bare)) codes.Add(bare);
        }
        return codes;
    }

    /// <summary>
    /// Attributes as strings (non-string values as their JSON text). Some answers carry the object as the JSON string it
    /// was sent as; text that is not a JSON object is no attributes the engine could compare against.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Attributes(JsonElement? attributes)
    {
        var map = new Dictionary<string, string>(System.StringComparer.Ordinal);
        if (attributes is not { } element) return map;
        if (element.ValueKind == JsonValueKind.String)
        {
            var text = element.GetString();
            if (string.IsNullOrWhiteSpace(text)) return map;
            try
            {
                using var parsed = JsonDocument.Parse(text);
                Flatten(parsed.RootElement, map);
            }
            catch (JsonException)
            {
            }
            return map;
        }
        Flatten(element, map);
        return map;
    }

    /// <summary>An evaluation's <c>results</c> as findings: one per invalid field, or one per failed requirement without fields.</summary>
    public static IReadOnlyList<EvaluationFinding> Findings(JsonElement? results)
    {
        var findings = new List<EvaluationFinding>();
        if (results is not { ValueKind: JsonValueKind.Array } array) return findings;
        foreach (var requirement in array.EnumerateArray())
        {
            if (requirement.ValueKind != JsonValueKind.Object || Bool(requirement, "passed") == true) continue;
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
        return findings;
    }

    private static void Flatten(JsonElement element, Dictionary<string, string> map)
    {
        if (element.ValueKind != JsonValueKind.Object) return;
        foreach (var property in element.EnumerateObject())
            map[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private static bool? Bool(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null } : null;
}
