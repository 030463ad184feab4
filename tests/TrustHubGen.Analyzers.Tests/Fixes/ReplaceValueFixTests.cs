using Microsoft.CodeAnalysis.CodeFixes;
using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Fixes;

public sealed class ReplaceValueFixTests
{
    [Fact]
    public Task TH1003_replaces_with_phone_number() => CodeFixVerifier.VerifyFixAsync(
        Method($$"""TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone_number", "{{Number}}");"""),
        "TH1003",
        Method($$"""TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{Number}}");"""));

    [Fact]
    public Task TH1003_fix_all_in_document() => CodeFixVerifier.VerifyFixAllAsync(
        new[]
        {
            Method($$"""
                TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone_number", "{{Number}}");
                var options = new CreateTrustProductsChannelEndpointAssignmentOptions("{{Product}}", "PhoneNumber", "{{Number}}");
                """),
            Method($$"""TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone_number", "{{Number}}");""").Replace("class Onboarding", "class Other"),
        },
        "TH1003",
        new[]
        {
            Method($$"""
                TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{Number}}");
                var options = new CreateTrustProductsChannelEndpointAssignmentOptions("{{Product}}", "phone-number", "{{Number}}");
                """),
            Method($$"""TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone_number", "{{Number}}");""").Replace("class Onboarding", "class Other"),
        },
        FixAllScope.Document);

    [Fact]
    public Task TH1009_fix_all_in_project() => CodeFixVerifier.VerifyFixAllAsync(
        new[]
        {
            Method($$"""TrustProductsResource.Update("{{Product}}", "pending_review");"""),
            Method($$"""CustomerProfilesResource.Update("{{Profile}}", status: "twilio-approved");""").Replace("class Onboarding", "class Other"),
        },
        "TH1009",
        new[]
        {
            Method($$"""TrustProductsResource.Update("{{Product}}", "pending-review");"""),
            Method($$"""CustomerProfilesResource.Update("{{Profile}}", status: "pending-review");""").Replace("class Onboarding", "class Other"),
        },
        FixAllScope.Project);

    [Fact]
    public Task TH1001_replaces_a_typo_with_the_closest_known_policy() => CodeFixVerifier.VerifyFixAsync(
        Method("""TrustProductsResource.Create("CNAM", "a@example.com", "RNf3db3cd1fe25fcfd3c3ded065c8fea54");"""),
        "TH1001",
        Method($$"""TrustProductsResource.Create("CNAM", "a@example.com", "{{Cnam}}");"""));

    [Fact]
    public async Task TH1002_offers_every_policy_of_the_right_kind()
    {
        var source = Method($$"""CustomerProfilesResource.Create("Acme", "a@example.com", "{{Cnam}}");""");
        var titles = await CodeFixVerifier.FixTitlesAsync(source, "TH1002");
        Assert.Equal(new[] { $"Use PrimaryBusinessProfile ({Primary})", $"Use SecondaryBusinessProfile ({Secondary})" }, titles.Order());
        await CodeFixVerifier.VerifyFixAsync(source, "TH1002",
            Method($$"""CustomerProfilesResource.Create("Acme", "a@example.com", "{{titles[1][^35..^1]}}");"""), actionIndex: 1);
    }

    [Fact]
    public Task TH1007_corrects_a_json_display_name_mechanically() => CodeFixVerifier.VerifyFixAsync(
        Method("""EndUserResource.Create("cnam", "cnam_information", "{\"cnam_display_name\":\"Acme Plumbing & Heating Co\"}");"""),
        "TH1007",
        Method("""EndUserResource.Create("cnam", "cnam_information", "{\"cnam_display_name\":\"Acme Plumbing\"}");"""));

    [Fact]
    public Task TH1007_corrects_an_anonymous_object_display_name() => CodeFixVerifier.VerifyFixAsync(
        Method("""EndUserResource.Create("cnam", "cnam_information", new { cnam_display_name = "Acme & Sons" });"""),
        "TH1007",
        Method("""EndUserResource.Create("cnam", "cnam_information", new { cnam_display_name = "Acme Sons" });"""));

    [Fact]
    public async Task TH1007_offers_nothing_when_no_mechanical_fix_exists()
    {
        var titles = await CodeFixVerifier.FixTitlesAsync(
            Method("""EndUserResource.Create("cnam", "cnam_information", new { cnam_display_name = "Texas" });"""), "TH1007");
        Assert.Empty(titles);
    }

    [Fact]
    public Task TH1008_replaces_with_the_closest_type() => CodeFixVerifier.VerifyFixAsync(
        Method("""EndUserResource.Create("cnam", "cnam-information");"""),
        "TH1008",
        Method("""EndUserResource.Create("cnam", "cnam_information");"""));

    [Fact]
    public async Task No_fix_when_the_value_is_not_a_literal_in_place()
    {
        var titles = await CodeFixVerifier.FixTitlesAsync(Method($$"""
            const string type = "phone_number";
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", type, "{{Number}}");
            """), "TH1003");
        Assert.Empty(titles);
    }
}
