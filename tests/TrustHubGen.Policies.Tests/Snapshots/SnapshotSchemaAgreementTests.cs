using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Policies.Tests.Snapshots;

/// <summary>The JSON Schema in specs/snapshot and the reader agree on every object's properties and which are required.</summary>
public class SnapshotSchemaAgreementTests
{
    private static readonly string Dir = SpecDir();
    private static readonly JsonObject Schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Dir, "snapshot.schema.json")))!.AsObject();
    private static readonly string Example = File.ReadAllText(Path.Combine(Dir, "example.snapshot.json"));

    [Fact]
    public void The_example_reads_with_no_diagnostic()
    {
        SnapshotReadResult result = AccountSnapshotReader.Read("example.snapshot.json", Example);

        Assert.Empty(result.Diagnostics);
        Assert.Equal((1, 3, 1), (result.Snapshot!.Profiles.Count, result.Snapshot.Numbers.Count, result.Snapshot.TrustProducts.Count));
    }

    public static TheoryData<string, string> Properties()
    {
        var data = new TheoryData<string, string>();
        foreach (var (objectPath, schema) in Objects())
        {
            foreach (var property in schema["properties"]!.AsObject())
            {
                data.Add(objectPath, property.Key);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Properties))]
    public void Removing_a_property_is_TH0204_exactly_when_the_schema_requires_it(string objectPath, string property)
    {
        JsonObject example = JsonNode.Parse(Example)!.AsObject();
        JsonObject target = objectPath.Length == 0 ? example : example[objectPath]![0]!.AsObject();
        bool required = Objects().Single(o => o.Path == objectPath).Schema["required"]!.AsArray().Any(r => (string?)r == property);
        Assert.True(target.Remove(property), $"The example has no \"{property}\" in {(objectPath.Length == 0 ? "the snapshot" : objectPath + "[0]")}.");

        SnapshotReadResult result = AccountSnapshotReader.Read("example.snapshot.json", example.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        Assert.Equal(required, result.Diagnostics.Any(d => d.Id == "TH0204" && d.Message.Contains("\"" + property + "\"", StringComparison.Ordinal)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TH0205");
    }

    [Theory]
    [InlineData("")]
    [InlineData("businessProfiles")]
    [InlineData("numbers")]
    [InlineData("trustProducts")]
    public void A_property_the_schema_does_not_list_is_TH0205(string objectPath)
    {
        JsonObject example = JsonNode.Parse(Example)!.AsObject();
        JsonObject target = objectPath.Length == 0 ? example : example[objectPath]![0]!.AsObject();
        Assert.False(Objects().Single(o => o.Path == objectPath).Schema["additionalProperties"]!.GetValue<bool>());
        target["notInTheSchema"] = 1;

        SnapshotReadResult result = AccountSnapshotReader.Read("example.snapshot.json", example.ToJsonString());

        Assert.Equal("TH0205", Assert.Single(result.Diagnostics).Id);
    }

    private static IEnumerable<(string Path, JsonObject Schema)> Objects()
    {
        yield return ("", Schema);
        foreach (var list in new[] { "businessProfiles", "numbers", "trustProducts" })
        {
            yield return (list, Schema["properties"]![list]!["items"]!.AsObject());
        }
    }

    private static string SpecDir([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "specs", "snapshot"));
}
