using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1006WrongSidResourceTests
{
    [Fact]
    public Task Phone_number_as_object_and_end_user_as_profile() => AnalyzerVerifier.VerifyAsync(Method($$"""
        TrustProductsEntityAssignmentsResource.Create("{{Product}}", {|TH1006:"{{Number}}"|});
        CustomerProfilesChannelEndpointAssignmentResource.Create(pathCustomerProfileSid: {|TH1006:"{{EndUser}}"|}, channelEndpointType: "phone-number", channelEndpointSid: "{{Number}}");
        """));

    [Fact]
    public Task Options_and_channel_endpoint_sid() => AnalyzerVerifier.VerifyAsync(Method($$"""
        var options = new CreateTrustProductsEntityAssignmentsOptions({|TH1006:"{{Number}}"|}, "{{EndUser}}");
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|TH1006:"{{Profile}}"|});
        """));

    [Fact]
    public Task Right_resources_are_silent() => AnalyzerVerifier.VerifyAsync(Method($$"""
        TrustProductsEntityAssignmentsResource.Create("{{Product}}", "{{Profile}}");
        TrustProductsEntityAssignmentsResource.Create("{{Product}}", "{{EndUser}}");
        IncomingPhoneNumberResource.Fetch("{{Number}}");
        """));
}
