using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1005MalformedSidTests
{
    [Fact]
    public Task Placeholders_from_sample_code() => VerifyAsync(Method($$"""
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|#0:"YOUR_PHONE_NUMBER_SID"|});
        TrustProductsEntityAssignmentsResource.Create(objectSid: {|TH1005:"BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"|}, pathTrustProductSid: "{{Product}}");
        TrustProductsResource.Create("CNAM", "a@example.com", {|TH1005:"RNXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"|});
        """),
        Diagnostic("TH1005").WithLocation(0).WithMessage("\"YOUR_PHONE_NUMBER_SID\" is a placeholder from sample code, not a real phone number SID; use the SID from your account"));

    [Fact]
    public Task Wrong_length_and_non_hex_digits() => VerifyAsync(Method($$"""
        TrustProductsResource.Fetch({|#0:"BU0123"|});
        await EndUserResource.DeleteAsync(pathSid: {|#1:"IT0123456789abcdef0123456789abcdeg"|});
        var options = new UpdateTrustProductsOptions({|TH1005:"BU0123456789abcdef0123456789abcdef0"|});
        SupportingDocumentResource.Fetch({|TH1005:"RD123"|});
        PoliciesResource.Fetch({|TH1005:"RN123"|});
        """),
        Diagnostic("TH1005").WithLocation(0).WithMessage("\"BU0123\" is not a valid Business Profile or trust product SID: a SID has 34 characters (two letters and 32 hex digits), this has 6"),
        Diagnostic("TH1005").WithLocation(1).WithMessage("\"IT0123456789abcdef0123456789abcdeg\" is not a valid end user SID: a SID ends with 32 hex digits, but it has 'g' at position 33"));

    [Fact]
    public Task Type_machine_name_where_its_sid_goes() => VerifyAsync(Method("""
        EndUserTypeResource.Fetch({|#0:"cnam_information"|});
        SupportingDocumentTypeResource.Fetch({|TH1005:"customer_profile_address"|});
        """),
        Diagnostic("TH1005").WithLocation(0).WithMessage("\"cnam_information\" is a type's machine name, not its SID (OY…); find the SID by listing the types (EndUserTypeResource.Read / SupportingDocumentTypeResource.Read) and matching MachineName"));

    [Fact]
    public Task Phone_number_instead_of_its_sid_is_reported_once() => VerifyAsync(Method($$"""
        CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|#0:"+14155550100"|});
        """),
        Diagnostic("TH1005").WithLocation(0).WithMessage("\"+14155550100\" is a phone number, not a phone number SID; pass the number's SID (PN…), e.g. from IncomingPhoneNumberResource.Read(phoneNumber: \"+14155550100\")"));

    [Fact]
    public Task Well_formed_and_unknown_values_are_silent() => VerifyAsync(Method($$"""
        TrustProductsResource.Fetch("{{Product}}");
        var sid = Console.ReadLine()!;
        TrustProductsResource.Fetch(sid);
        EndUserTypeResource.Fetch("OY0123456789abcdef0123456789abcdef");
        """));
}
