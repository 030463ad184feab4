using System.Text.Json;
using System.Text.RegularExpressions;

namespace TrustHubGen.Policies.Tests;

/// <summary>policy.schema.json and the reader describe the same format: same properties per object, same required ones.</summary>
public class SchemaAgreementTests
{
    // Where to inject a property into the sample policy (line, text to insert it after) for each object of the format.
    public static TheoryData<string, int, string> Objects => new()
    {
        { "", 6, "\"source\": \"tests\"" },
        { "businessProfile", 7, "\"required\": true" },
        { "endUsers", 9, "\"min\": 1" },
        { "attributes", 10, "\"required\": true" },
        { "supportingDocuments", 13, "\"min\": 0" },
        { "channelEndpoints", 14, "\"tollFreeAllowed\": false" },
        { "submission", 15, "\"evaluateBeforeSubmit\": true" },
    };

    [Theory]
    [MemberData(nameof(Objects))]
    public void The_reader_knows_exactly_the_properties_the_schema_defines(string schemaObject, int line, string anchor)
    {
        string text = PolicyText.Replace(line, anchor, anchor + ", \"zz\": 0");
        InputDiagnostic warning = Assert.Single(PolicyReader.Read("x.json", text).Diagnostics);
        Assert.Equal("TH0105", warning.Id);
        Match known = Regex.Match(warning.Message, "the known properties are (.*)\\.$");
        Assert.True(known.Success, warning.Message);

        JsonElement schema = SchemaObject(schemaObject);
        Assert.Equal(
            schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal),
            known.Groups[1].Value.Split(", ").Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Objects))]
    public void Every_property_the_schema_requires_is_required_by_the_reader(string schemaObject, int line, string anchor)
    {
        _ = line;
        _ = anchor;
        foreach (JsonElement required in SchemaObject(schemaObject).GetProperty("required").EnumerateArray())
        {
            string name = required.GetString()!;
            string text = RemoveProperty(PolicyText.Valid, schemaObject, name);
            Assert.Contains(
                PolicyReader.Read("x.json", text).Diagnostics,
                d => d.Id == "TH0104" && d.Message.EndsWith("the required property \"" + name + "\".", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_schema_is_draft_2020_12_and_its_required_lists_name_defined_properties()
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(TestPaths.PoliciesDir, "policy.schema.json")));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        foreach ((string name, _, _) in Objects.Select(row => ((string)row[0], 0, "")))
        {
            JsonElement element = SchemaObject(name);
            HashSet<string> defined = element.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
            Assert.All(element.GetProperty("required").EnumerateArray(), r => Assert.Contains(r.GetString()!, defined));
        }
    }

    private static JsonElement SchemaObject(string name)
    {
        JsonElement root = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(TestPaths.PoliciesDir, "policy.schema.json"))).RootElement;
        JsonElement properties = root.GetProperty("properties");
        return name switch
        {
            "" => root,
            "endUsers" or "supportingDocuments" => properties.GetProperty(name).GetProperty("items"),
            "attributes" => root.GetProperty("$defs").GetProperty("attribute"),
            _ => properties.GetProperty(name),
        };
    }

    /// <summary>Removes one property from the sample, using the sample's one-construct-per-line layout.</summary>
    private static string RemoveProperty(string text, string schemaObject, string name)
    {
        string[] lines = text.Split('\n');
        int line = Objects.Single(row => (string)row[0] == schemaObject)[1] is int l ? l : -1;
        if (schemaObject == "")
        {
            line = Array.FindIndex(lines, s => s.StartsWith("  \"" + name + "\"", StringComparison.Ordinal));
            lines[line] = name == "submission" ? "  \"zzz\": 0" : string.Empty;
            return string.Join("\n", lines);
        }

        // "name": value with a scalar or flat-array value, with the comma before it (or after it when it comes first).
        string property = "\"" + name + "\": (\\[[^\\]]*\\]|\"[^\"]*\"|[^,} ]+)";
        string edited = Regex.Replace(lines[line], ", " + property, string.Empty);
        lines[line] = edited != lines[line] ? edited : Regex.Replace(lines[line], property + ", ", string.Empty);
        return string.Join("\n", lines);
    }
}
