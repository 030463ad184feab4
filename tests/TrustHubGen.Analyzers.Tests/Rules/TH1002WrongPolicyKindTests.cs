using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1002WrongPolicyKindTests
{
    [Fact]
    public Task Customer_profile_policy_creating_a_trust_product() => AnalyzerVerifier.VerifyAsync(Method($$"""
        TrustProductsResource.Create(policySid: {|TH1002:"{{Primary}}"|}, friendlyName: "CNAM", email: "a@example.com");
        var options = new CreateTrustProductsOptions("CNAM", "a@example.com", {|TH1002:"{{Secondary}}"|});
        """));

    [Fact]
    public Task Trust_product_policy_creating_a_profile() => AnalyzerVerifier.VerifyAsync(Method($$"""
        await CustomerProfilesResource.CreateAsync("Acme", "a@example.com", {|TH1002:"{{Shaken}}"|});
        """));

    [Fact]
    public Task Starter_policy_as_the_profile_of_a_trust_product() => AnalyzerVerifier.VerifyAsync(Method($$"""
        var profile = CustomerProfilesResource.Create("Acme", "a@example.com", {|TH1002:"{{Starter}}"|});
        var product = TrustProductsResource.Create("SHAKEN", "a@example.com", "{{Shaken}}");
        """));

    [Fact]
    public Task Starter_policy_without_a_trust_product_is_silent() => AnalyzerVerifier.VerifyAsync(Method($$"""
        CustomerProfilesResource.Create("Acme", "a@example.com", "{{Starter}}");
        """));

    [Fact]
    public Task Right_kinds_are_silent() => AnalyzerVerifier.VerifyAsync(Method($$"""
        CustomerProfilesResource.Create("Acme", "a@example.com", "{{Secondary}}");
        TrustProductsResource.Create("CNAM", "a@example.com", "{{Cnam}}");
        TrustProductsResource.Read(policySid: "{{Shaken}}");
        """));
}
