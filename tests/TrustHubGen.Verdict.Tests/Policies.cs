using System.Text.Json;
using System.Text.Json.Nodes;
using TrustHubGen.Policies;

namespace TrustHubGen.Verdict.Tests;

/// <summary>The policies of the table: two shipped ones and a user policy file, read by the rules library's reader.</summary>
public static class Policies
{
    public const string UserPolicySid = "RN0c4a1d2b3e4f5a6b7c8d9e0f1a2b3c4d";

    /// <summary>A trust product for Canadian and UK numbers, no toll-free, on an approved Primary Business Profile.</summary>
    public static string UserPolicyJson(IEnumerable<string> allowedCountries) => new JsonObject
    {
        ["sid"] = UserPolicySid,
        ["name"] = VerdictTable.CanadaAndUk,
        ["friendlyName"] = "Caller ID for Canada and the UK",
        ["kind"] = "trust-product",
        ["confidence"] = "medium",
        ["source"] = "The shared-verdict test's user policy.",
        ["businessProfile"] = new JsonObject
        {
            ["required"] = true,
            ["acceptedPolicySids"] = new JsonArray("RN6433641899984f951173ef1738c3bdd0"),
            ["requiredStatus"] = "twilio-approved",
        },
        ["endUsers"] = new JsonArray(),
        ["supportingDocuments"] = new JsonArray(),
        ["channelEndpoints"] = new JsonObject
        {
            ["type"] = "phone-number",
            ["mustBeOnBusinessProfile"] = true,
            ["allowedCountries"] = new JsonArray(allowedCountries.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
            ["tollFreeAllowed"] = false,
            ["allowedAfterSubmission"] = false,
        },
        ["submission"] = new JsonObject
        {
            ["clientSettableStatuses"] = new JsonArray("draft", "pending-review"),
            ["evaluateBeforeSubmit"] = true,
        },
    }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    public static string[] ValidCountries => VerdictTable.PolicyFiles[0].AllowedCountries;

    /// <summary>Writes the user policy into <paramref name="directory"/> and reads it with the library's reader.</summary>
    public static (string Path, PolicyReadResult Read) WriteUserPolicy(string directory, IEnumerable<string> allowedCountries, string fileName = "canada-and-uk.json")
    {
        var path = System.IO.Path.Combine(directory, fileName);
        var text = UserPolicyJson(allowedCountries);
        File.WriteAllText(path, text);
        return (path, PolicyReader.Read(path, text));
    }

    public static PolicyDefinition Shipped(string name) =>
        BuiltInPolicies.All.Single(p => p.Name == name);
}
