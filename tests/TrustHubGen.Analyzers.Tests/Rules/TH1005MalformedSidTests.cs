using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1005MalformedSidTests
{
    [Fact]
    public Task Placeholders_from_sample_code() => AnalyzerVerifier.VerifyAsync(Method($$"""
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|TH1005:"YOUR_PHONE_NUMBER_SID"|});
        TrustProductsEntityAssignmentsResource.Create(objectSid: {|TH1005:"BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"|}, pathTrustProductSid: "{{Product}}");
        TrustProductsResource.Create("CNAM", "a@example.com", {|TH1005:"RNXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"|});
        """));

    [Fact]
    public Task Wrong_length_and_non_hex_digits() => AnalyzerVerifier.VerifyAsync(Method($$"""
        TrustProductsResource.Fetch({|TH1005:"BU0123"|});
        await EndUserResource.DeleteAsync(pathSid: {|TH1005:"IT0123456789abcdef0123456789abcdeg"|});
        var options = new UpdateTrustProductsOptions({|TH1005:"BU0123456789abcdef0123456789abcdef0"|});
        """));

    [Fact]
    public Task Phone_number_instead_of_its_sid_is_reported_once() => AnalyzerVerifier.VerifyAsync(Method($$"""
        CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|TH1005:"+14155550100"|});
        """));

    [Fact]
    public Task Well_formed_and_unknown_values_are_silent() => AnalyzerVerifier.VerifyAsync(Method($$"""
        TrustProductsResource.Fetch("{{Product}}");
        var sid = Console.ReadLine()!;
        TrustProductsResource.Fetch(sid);
        """));
}
