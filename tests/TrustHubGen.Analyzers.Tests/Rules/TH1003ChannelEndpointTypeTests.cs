using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1003ChannelEndpointTypeTests
{
    [Fact]
    public Task Named_arguments_in_any_order() => AnalyzerVerifier.VerifyAsync(Method($$"""
        await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync(channelEndpointType: {|TH1003:"phone_number"|}, channelEndpointSid: "{{Number}}", pathCustomerProfileSid: "{{Profile}}");
        """));

    [Fact]
    public Task Positional_arguments_and_every_method_variant() => AnalyzerVerifier.VerifyAsync(Method($$"""
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", {|TH1003:"PhoneNumber"|}, "{{Number}}");
        await TrustProductsChannelEndpointAssignmentResource.CreateAsync("{{Product}}", {|TH1003:"phone number"|}, "{{Number}}");
        TrustProductsChannelEndpointAssignmentResource.CreateWithHeaders("{{Product}}", {|TH1003:"phone"|}, "{{Number}}");
        await TrustProductsChannelEndpointAssignmentResource.CreateWithHeadersAsync("{{Product}}", {|TH1003:"Phone-Number"|}, "{{Number}}");
        """));

    [Fact]
    public Task Options_constructor() => AnalyzerVerifier.VerifyAsync(Method($$"""
        var options = new CreateTrustProductsChannelEndpointAssignmentOptions("{{Product}}", {|TH1003:"phone_number"|}, "{{Number}}");
        """));

    [Fact]
    public Task Correct_value_is_silent() => AnalyzerVerifier.VerifyAsync(Method($$"""
        var options = new CreateCustomerProfilesChannelEndpointAssignmentOptions(channelEndpointSid: "{{Number}}", channelEndpointType: "phone-number", pathCustomerProfileSid: "{{Profile}}");
        await TrustProductsChannelEndpointAssignmentResource.CreateAsync("{{Product}}", "phone-number", "{{Number}}");
        """));
}
