using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed partial class TH1002WrongPolicyKindTests
{
    private const string TrustProductPolicies = $"Cnam ({Cnam}), ShakenStir ({Shaken}), VoiceIntegrity (RN5b3660f9598883b1df4e77f77acefba0)";
    private const string ProfilePolicies = $"PrimaryBusinessProfile ({Primary}), SecondaryBusinessProfile ({Secondary})";

    [Fact]
    public Task Customer_profile_policy_creating_a_trust_product() => VerifyAsync(Method($$"""
        TrustProductsResource.Create(policySid: {|#0:"{{Primary}}"|}, friendlyName: "CNAM", email: "a@example.com");
        var options = new CreateTrustProductsOptions("CNAM", "a@example.com", {|TH1002:"{{Secondary}}"|});
        TrustProductsEvaluationsResource.Create("{{Product}}", {|TH1002:"{{Primary}}"|});
        """),
        Diagnostic("TH1002").WithLocation(0).WithMessage($"PrimaryBusinessProfile ({Primary}) is a customer-profile policy, but TrustProducts.Create takes a trust-product policy: {TrustProductPolicies}"));

    [Fact]
    public Task Trust_product_policy_creating_or_evaluating_a_profile() => VerifyAsync(Method($$"""
        await CustomerProfilesResource.CreateAsync("Acme", "a@example.com", {|TH1002:"{{Shaken}}"|});
        CustomerProfilesEvaluationsResource.Create("{{Profile}}", {|#0:"{{Cnam}}"|});
        """),
        Diagnostic("TH1002").WithLocation(0).WithMessage($"Cnam ({Cnam}) is a trust-product policy, but CustomerProfilesEvaluations.Create takes a customer-profile policy: {ProfilePolicies}"));

    [Fact]
    public Task Starter_policy_as_the_profile_of_a_trust_product() => VerifyAsync(Method($$"""
        var profile = CustomerProfilesResource.Create("Acme", "a@example.com", {|#0:"{{Starter}}"|});
        var product = TrustProductsResource.Create("SHAKEN", "a@example.com", "{{Shaken}}");
        """),
        Diagnostic("TH1002").WithLocation(0).WithMessage($"The Starter profile policy ({Starter}) cannot make the primary Business Profile the trust product in this method needs; use a Business Profile policy: {ProfilePolicies}"));

    [Fact]
    public Task Starter_policy_without_a_trust_product_is_silent() => VerifyAsync(Method($$"""
        CustomerProfilesResource.Create("Acme", "a@example.com", "{{Starter}}");
        """));

    [Fact]
    public Task Right_kinds_are_silent() => VerifyAsync(Method($$"""
        CustomerProfilesResource.Create("Acme", "a@example.com", "{{Secondary}}");
        TrustProductsResource.Create("CNAM", "a@example.com", "{{Cnam}}");
        TrustProductsResource.Read(policySid: "{{Shaken}}");
        CustomerProfilesEvaluationsResource.Create("{{Profile}}", "{{Primary}}");
        """));

    [Fact]
    public Task Fix_offers_every_policy_of_the_right_kind() => new TrustHubTest
    {
        TestCode = Method($$"""CustomerProfilesResource.Create("Acme", "a@example.com", {|TH1002:"{{Cnam}}"|});"""),
        FixedCode = Method($$"""CustomerProfilesResource.Create("Acme", "a@example.com", "{{Secondary}}");"""),
        CodeActionIndex = 1,
        CodeActionEquivalenceKey = "TH1002.Replace." + Secondary,
    }.RunAsync();
}
