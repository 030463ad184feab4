namespace TrustHubGen.Cli.Tests;

/// <summary>Policy files a user adds, written to a temporary folder.</summary>
public sealed class PolicyFiles : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("trusthub-cli-policies-").FullName;

    /// <summary>A Branded Calling trust product: Business Profile and numbers, no end user (TH01xx-clean).</summary>
    public string BrandedCalling(string name = "BrandedCalling", string sid = "RN0123456789abcdef0123456789abcdef", bool requireDocument = false, bool evaluateBeforeSubmit = true) =>
        Write($"{name}.json", $$"""
        {
          "sid": "{{sid}}",
          "name": "{{name}}",
          "friendlyName": "Branded Calling trust product (a user policy file)",
          "kind": "trust-product",
          "confidence": "medium",
          "source": "Test input: a policy a user adds.",
          "businessProfile": {
            "required": true,
            "acceptedPolicySids": ["RN6433641899984f951173ef1738c3bdd0", "RNdfbf3fae0e1107f8aded0e7cead80bf5"],
            "requiredStatus": "twilio-approved",
            "requiredRegistrationIdentifiers": []
          },
          "endUsers": [],
          "supportingDocuments": [{{(requireDocument ? """{ "type": "branded_calling_logo", "min": 1, "max": 1 }""" : "")}}],
          "channelEndpoints": {
            "type": "phone-number",
            "mustBeOnBusinessProfile": true,
            "allowedCountries": [],
            "tollFreeAllowed": true,
            "allowedAfterSubmission": true
          },
          "submission": {
            "clientSettableStatuses": ["draft", "pending-review"],
            "evaluateBeforeSubmit": {{(evaluateBeforeSubmit ? "true" : "false")}}
          }
        }
        """);

    public string Write(string fileName, string text)
    {
        var path = Path.Combine(_directory, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
