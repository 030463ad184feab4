using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1001UnknownPolicyTests
{
    // The CNAM SID with one digit changed (…fea53 → …fea54): a typo.
    private const string CnamTypo = "RNf3db3cd1fe25fcfd3c3ded065c8fea54";
    private const string Invented = "RN00112233445566778899aabbccddeeff";

    [Fact]
    public Task Typo_in_named_and_positional_arguments() => VerifyAsync(Method($$"""
        await TrustProductsResource.CreateAsync(policySid: {|#0:"{{CnamTypo}}"|}, email: "a@example.com", friendlyName: "CNAM");
        TrustProductsResource.Create("CNAM", "a@example.com", {|TH1001:"{{CnamTypo}}"|});
        await TrustProductsResource.CreateWithHeadersAsync("CNAM", "a@example.com", {|TH1001:"{{CnamTypo}}"|});
        """),
        Diagnostic("TH1001").WithLocation(0).WithMessage($"Policy SID \"{CnamTypo}\" is not a known policy; did you mean Cnam ({Cnam})?"));

    [Fact]
    public Task Corrupted_sid_with_a_lost_digit_is_unknown_rather_than_malformed() => VerifyAsync(Method($$"""
        TrustProductsResource.Create("CNAM", "a@example.com", {|TH1001:"RNf3db3cd1fe25fcfd3c3ded065c8fea5"|});
        """));

    [Fact]
    public Task Invented_sid_in_options_and_both_evaluations() => VerifyAsync(Method($$"""
        var create = new CreateTrustProductsOptions("CNAM", "a@example.com", {|#0:"{{Invented}}"|});
        TrustProductsEvaluationsResource.Create("{{Product}}", {|TH1001:"{{Invented}}"|});
        CustomerProfilesEvaluationsResource.Create("{{Profile}}", {|#1:"{{Invented}}"|});
        """),
        Diagnostic("TH1001").WithLocation(0).WithMessage($"Policy SID \"{Invented}\" is not a known policy; known trust-product policies are VoiceIntegrity (RN5b3660f9598883b1df4e77f77acefba0), ShakenStir ({Shaken}), Cnam ({Cnam}) (a policy file in AdditionalFiles with TrustHubGenKind=Policy adds another)"),
        Diagnostic("TH1001").WithLocation(1).WithMessage($"Policy SID \"{Invented}\" is not a known policy; known customer-profile policies are PrimaryBusinessProfile ({Primary}), SecondaryBusinessProfile ({Secondary}) (a policy file in AdditionalFiles with TrustHubGenKind=Policy adds another)"));

    [Fact]
    public Task Known_policies_documented_ones_and_unknown_values_are_silent() => VerifySourcesAsync([Method($$"""
        TrustProductsResource.Create("CNAM", "a@example.com", "{{Cnam}}");
        CustomerProfilesResource.Create("Acme", "a@example.com", "{{Primary}}");
        TrustProductsResource.Create("CNAM", "a@example.com", Environment.GetEnvironmentVariable("POLICY")!);
        PoliciesResource.Fetch("{{Invented}}");
        """), Other(Method($$"""
        CustomerProfilesResource.Create("Starter", "a@example.com", "{{Starter}}");
        """))]);

    [Fact]
    public Task A_policy_file_in_the_build_teaches_the_analyzers() => VerifySourcesAsync(
        [Method($$"""
            TrustProductsResource.Create("Mine", "a@example.com", "{{Invented}}");
            TrustProductsResource.Create("Mine", "a@example.com", {|TH1001:"RN5555aaaa5555aaaa5555aaaa5555aaaa"|});
            """)],
        TestAdditionalFile.Policy("/policies/mine.json", CustomPolicy.Json(Invented)));

    [Fact]
    public Task A_policy_file_without_the_metadata_is_ignored() => VerifySourcesAsync(
        [Method($$"""
            TrustProductsResource.Create("Mine", "a@example.com", {|TH1001:"{{Invented}}"|});
            """)],
        new TestAdditionalFile("/policies/mine.json", CustomPolicy.Json(Invented), new Dictionary<string, string>()));

    [Fact]
    public Task Fix_replaces_a_typo_with_the_closest_known_policy() => VerifyFixAsync(
        Method($$"""TrustProductsResource.Create("CNAM", "a@example.com", {|TH1001:"{{CnamTypo}}"|});"""),
        Method($$"""TrustProductsResource.Create("CNAM", "a@example.com", "{{Cnam}}");"""));
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
