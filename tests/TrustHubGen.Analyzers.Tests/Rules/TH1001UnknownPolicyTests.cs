using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1001UnknownPolicyTests
{
    // The CNAM SID with one digit changed (…fea53 → …fea54): a typo.
    private const string CnamTypo = "RNf3db3cd1fe25fcfd3c3ded065c8fea54";
    private const string Invented = "RN00112233445566778899aabbccddeeff";

    [Fact]
    public Task Typo_in_named_and_positional_arguments() => AnalyzerVerifier.VerifyAsync(Method($$"""
        await TrustProductsResource.CreateAsync(policySid: {|TH1001:"{{CnamTypo}}"|}, email: "a@example.com", friendlyName: "CNAM");
        TrustProductsResource.Create("CNAM", "a@example.com", {|TH1001:"{{CnamTypo}}"|});
        """));

    [Fact]
    public Task Corrupted_sid_with_a_lost_digit_is_unknown_rather_than_malformed() => AnalyzerVerifier.VerifyAsync(Method($$"""
        TrustProductsResource.Create("CNAM", "a@example.com", {|TH1001:"RNf3db3cd1fe25fcfd3c3ded065c8fea5"|});
        """));

    [Fact]
    public Task Invented_sid_in_options_and_evaluations() => AnalyzerVerifier.VerifyAsync(Method($$"""
        var create = new CreateTrustProductsOptions("CNAM", "a@example.com", {|TH1001:"{{Invented}}"|});
        TrustProductsEvaluationsResource.Create("{{Product}}", {|TH1001:"{{Invented}}"|});
        """));

    [Fact]
    public Task Known_policies_and_unknown_values_are_silent() => AnalyzerVerifier.VerifyAsync(Method($$"""
        TrustProductsResource.Create("CNAM", "a@example.com", "{{Cnam}}");
        CustomerProfilesResource.Create("Acme", "a@example.com", "{{Primary}}");
        TrustProductsResource.Create("CNAM", "a@example.com", Environment.GetEnvironmentVariable("POLICY")!);
        """));

    [Fact]
    public Task A_policy_file_in_the_build_teaches_the_analyzers() => AnalyzerVerifier.VerifyAsync(
        Method($$"""
            TrustProductsResource.Create("Mine", "a@example.com", "{{Invented}}");
            TrustProductsResource.Create("Mine", "a@example.com", {|TH1001:"RN5555aaaa5555aaaa5555aaaa5555aaaa"|});
            """),
        TestAdditionalFile.Policy("/policies/mine.json", CustomPolicy.Json(Invented)));

    [Fact]
    public Task A_policy_file_without_the_metadata_is_ignored() => AnalyzerVerifier.VerifyAsync(
        Method($$"""
            TrustProductsResource.Create("Mine", "a@example.com", {|TH1001:"{{Invented}}"|});
            """),
        new TestAdditionalFile("/policies/mine.json", CustomPolicy.Json(Invented), new Dictionary<string, string>()));
}

internal static class CustomPolicy
{
    public static string Json(string sid) => $$"""
        {
          "sid": "{{sid}}",
          "name": "MyProduct",
          "friendlyName": "My own trust product",
          "kind": "trust-product",
          "confidence": "medium",
          "source": "test",
          "businessProfile": { "required": true, "acceptedPolicySids": ["RN6433641899984f951173ef1738c3bdd0"], "requiredStatus": "twilio-approved", "requiredRegistrationIdentifiers": [] },
          "endUsers": [],
          "supportingDocuments": [],
          "channelEndpoints": { "type": "phone-number", "mustBeOnBusinessProfile": true, "allowedCountries": [], "tollFreeAllowed": true, "allowedAfterSubmission": true },
          "submission": { "clientSettableStatuses": ["draft", "pending-review"], "evaluateBeforeSubmit": false }
        }
        """;
}
