using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1006WrongSidResourceTests
{
    [Fact]
    public Task Phone_number_as_object_and_end_user_as_profile() => VerifyAsync(Method($$"""
        TrustProductsEntityAssignmentsResource.Create("{{Product}}", {|#0:"{{Number}}"|});
        CustomerProfilesChannelEndpointAssignmentResource.Create(pathCustomerProfileSid: {|#1:"{{EndUser}}"|}, channelEndpointType: "phone-number", channelEndpointSid: "{{Number}}");
        """),
        Diagnostic("TH1006").WithLocation(0).WithMessage($"\"{Number}\" is a phone number SID (PN…), but objectSid takes a Business Profile or trust product (BU…) or end user (IT…) or supporting document (RD…) SID; assign phone numbers with a ChannelEndpointAssignment"),
        Diagnostic("TH1006").WithLocation(1).WithMessage($"\"{EndUser}\" is an end user SID (IT…), but pathCustomerProfileSid takes a Business Profile or trust product (BU…) SID"));

    [Fact]
    public Task Options_channel_endpoint_and_new_resources() => VerifyAsync(Method($$"""
        var options = new CreateTrustProductsEntityAssignmentsOptions({|TH1006:"{{Number}}"|}, "{{EndUser}}");
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|TH1006:"{{Profile}}"|});
        SupportingDocumentResource.Update({|TH1006:"{{EndUser}}"|}, friendlyName: "address");
        CustomerProfilesEvaluationsResource.Fetch("{{Profile}}", {|TH1006:"{{Profile}}"|});
        EndUserTypeResource.Fetch({|TH1006:"{{EndUser}}"|});
        """));

    [Fact]
    public Task Right_resources_are_silent() => VerifyAsync(Method($$"""
        TrustProductsEntityAssignmentsResource.Create("{{Product}}", "{{Profile}}");
        TrustProductsEntityAssignmentsResource.Create("{{Product}}", "{{EndUser}}");
        TrustProductsEntityAssignmentsResource.Create("{{Product}}", "RD0123456789abcdef0123456789abcdef");
        IncomingPhoneNumberResource.Fetch("{{Number}}");
        SupportingDocumentResource.Fetch("RD0123456789abcdef0123456789abcdef");
        """));

    // Twilio's Numbers API has resources of the same names (regulatory bundles): another API, never read.
    [Fact]
    public Task Numbers_v2_regulatory_compliance_resources_of_the_same_names_are_silent() => VerifyAsync(Method($$"""
        Twilio.Rest.Numbers.V2.RegulatoryCompliance.EndUserResource.Create("x", Twilio.Rest.Numbers.V2.RegulatoryCompliance.EndUserResource.TypeEnum.Business, new { cnam_display_name = "1st Choice Plumbing & Heating" });
        Twilio.Rest.Numbers.V2.RegulatoryCompliance.BundleResource.Create("x", "a@example.com", regulationSid: "{{Primary}}");
        Twilio.Rest.Numbers.V2.RegulatoryCompliance.BundleResource.Update("{{Product}}", status: "twilio-approved");
        Twilio.Rest.Numbers.V2.RegulatoryCompliance.Bundle.ItemAssignmentResource.Create("{{Product}}", "{{Number}}");
        """));
}
