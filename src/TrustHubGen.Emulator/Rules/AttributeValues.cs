using System.Globalization;
using System.Text.Json;
using TrustHubGen.Emulator.State.Storage;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Rules;

/// <summary>End-user and document <c>Attributes</c>: a JSON object sent as a form field.</summary>
internal static class AttributeValues
{
    /// <summary>Validates the form field and returns it as compact JSON (an empty object when absent).</summary>
    public static string Normalize(string? raw, string parameter)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return "{}";
        }

        try
        {
            using var document = JsonDocument.Parse(raw, new JsonDocumentOptions { MaxDepth = StateLimits.AttributesMaxDepth });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw ApiException.Invalid(parameter, $"must be a JSON object such as {{\"cnam_display_name\":\"ACME\"}}, not a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
            }

            return JsonSerializer.Serialize(document.RootElement);
        }
        catch (JsonException e)
        {
            // The depth limit is what the state file can hold and read back (emustate's StateLimits).
            throw ApiException.Invalid(parameter, StateLimits.ExceedsAttributesDepth(raw)
                ? $"nests deeper than {StateLimits.AttributesMaxDepth} levels, the most the emulator stores."
                : $"is not valid JSON ({e.Message}).");
        }
    }

    /// <summary>Attribute values as strings (numbers and booleans as their JSON text; arrays joined by commas).</summary>
    public static Dictionary<string, string?> Read(string json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Null => null,
                JsonValueKind.Array => string.Join(",", property.Value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
                JsonValueKind.Number => property.Value.GetRawText(),
                _ => property.Value.GetRawText().ToString(CultureInfo.InvariantCulture),
            };
        }

        return values;
    }
}
