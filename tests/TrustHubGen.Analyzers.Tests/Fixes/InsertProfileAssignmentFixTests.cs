using Microsoft.CodeAnalysis.CodeFixes;
using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Fixes;

public sealed class InsertProfileAssignmentFixTests
{
    private const string Third = "PN22222222222222222222222222222223";

    [Fact]
    public Task TH1004_inserts_the_profile_assignment_before_the_product_assignment() => CodeFixVerifier.VerifyFixAsync(
        Method($$"""
                    await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync(pathCustomerProfileSid: "{{Profile}}", channelEndpointType: "phone-number", channelEndpointSid: "{{Number}}");
                    await TrustProductsChannelEndpointAssignmentResource.CreateAsync("{{Product}}", "phone-number", "{{OtherNumber}}");
            """),
        "TH1004",
        Method($$"""
                    await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync(pathCustomerProfileSid: "{{Profile}}", channelEndpointType: "phone-number", channelEndpointSid: "{{Number}}");
                    await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync(pathCustomerProfileSid: "{{Profile}}", channelEndpointType: "phone-number", channelEndpointSid: "{{OtherNumber}}");
                    await TrustProductsChannelEndpointAssignmentResource.CreateAsync("{{Product}}", "phone-number", "{{OtherNumber}}");
            """));

    [Fact]
    public Task TH1004_fix_all_in_document() => CodeFixVerifier.VerifyFixAllAsync(
        new[]
        {
            Method($$"""
                        CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
                        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
                        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{Third}}");
                """),
        },
        "TH1004",
        new[]
        {
            Method($$"""
                        CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
                        CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{OtherNumber}}");
                        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
                        CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Third}}");
                        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{Third}}");
                """),
        },
        FixAllScope.Document);
}
