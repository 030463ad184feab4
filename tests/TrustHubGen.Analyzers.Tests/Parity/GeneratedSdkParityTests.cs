using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.SdkSources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;
using C = TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Parity;

/// <summary>
/// The "generated SDK" column of the parity table (docs/rules/README.md), one test per rule, named after it: the mistake
/// written on the SDK our generator emits from the official spec and the shipped policies is reported like its Twilio
/// library twin (same message, same fix), or does not compile (the CS error is expected).
/// </summary>
public sealed class GeneratedSdkParityTests
{
    private static Task Verify(string statements, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = new TrustHubTest { TestCode = Method(statements) }.WithGeneratedSdk();
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static Task VerifyFix(string statements, string fixedStatements, params TestAdditionalFile[] files)
    {
        var test = new TrustHubTest { TestCode = Method(statements), FixedCode = Method(fixedStatements) }.WithGeneratedSdk().KeepingMarkedFindings();
        foreach (var file in files) test.With(file);
        return test.RunAsync();
    }

    internal const string Create = """new CreateTrustProductRequest { FriendlyName = "Acme", Email = "ops@example.com", PolicySid = """;

    [Fact]
    public Task TH1001_error_a_policy_sid_typo_in_parse() => Verify($$"""
        var product = await trustHub.TrustProducts.CreateAsync({{Create}}TrustProductPolicySid.Parse({|#0:"RNf3db3cd1fe25fcfd3c3ded065c8fea54"|}) });
        var any = PolicySid.Parse({|TH1001:"RNf3db3cd1fe25fcfd3c3ded065c8fea54"|});
        """,
        Diagnostic("TH1001").WithLocation(0).WithMessage($"Policy SID \"RNf3db3cd1fe25fcfd3c3ded065c8fea54\" is not a known policy; did you mean Cnam ({C.Cnam})?"));

    [Fact]
    public Task TH1002_cannot_compile_a_profile_policy_on_a_trust_product_and_error_in_parse() => Verify($$"""
        var product = await trustHub.TrustProducts.CreateAsync({{Create}}{|CS0029:PolicyCatalog.PrimaryBusinessProfile.Sid|} });
        var parsed = await trustHub.TrustProducts.CreateAsync({{Create}}TrustProductPolicySid.Parse({|#0:"{{C.Primary}}"|}) });
        var evaluation = await trustHub.CustomerProfiles.Evaluations(profileSid).CreateAsync(new CreateCustomerProfileEvaluationRequest { PolicySid = {|CS0029:PolicyCatalog.Cnam.Sid|} });
        var starter = await trustHub.CustomerProfiles.CreateAsync(new CreateCustomerProfileRequest { FriendlyName = "Acme", Email = "ops@example.com", PolicySid = CustomerProfilePolicySid.Parse({|#1:"{{C.Starter}}"|}) });
        """,
        Diagnostic("TH1002").WithLocation(0).WithMessage($"PrimaryBusinessProfile ({C.Primary}) is a customer-profile policy, but TrustProductPolicySid.Parse takes a trust-product policy: Cnam ({C.Cnam}), ShakenStir ({C.Shaken}), VoiceIntegrity (RN5b3660f9598883b1df4e77f77acefba0)"),
        Diagnostic("TH1002").WithLocation(1).WithMessage($"The Starter profile policy ({C.Starter}) cannot make the primary Business Profile the trust product in this method needs; use a Business Profile policy: PrimaryBusinessProfile ({C.Primary}), SecondaryBusinessProfile ({C.Secondary})"));

    [Fact]
    public Task TH1003_error_and_fix_on_a_channel_endpoint_assignment_request() => VerifyFix(
        """await trustHub.TrustProducts.ChannelEndpointAssignments(TrustProductSid.Parse(PolicyCatalog.Cnam.SidValue.Replace("RN", "BU"))).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = {|TH1003:"phone_number"|}, ChannelEndpointSid = numberSid });""",
        """await trustHub.TrustProducts.ChannelEndpointAssignments(TrustProductSid.Parse(PolicyCatalog.Cnam.SidValue.Replace("RN", "BU"))).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = numberSid });""");

    [Fact]
    public Task TH1004_warning_and_fix_copying_the_profile_assignment() => VerifyFix($$"""
                await trustHub.CustomerProfiles.ChannelEndpointAssignments(profileSid).CreateAsync(new CreateCustomerProfileChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = PhoneNumberSid.Parse("{{C.Number}}") });
                var product = await trustHub.TrustProducts.CreateAsync({{Create}}PolicyCatalog.ShakenStir.Sid });
                await trustHub.TrustProducts.ChannelEndpointAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = PhoneNumberSid.Parse({|TH1004:"{{C.OtherNumber}}"|}) });
        """, $$"""
                await trustHub.CustomerProfiles.ChannelEndpointAssignments(profileSid).CreateAsync(new CreateCustomerProfileChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = PhoneNumberSid.Parse("{{C.Number}}") });
                var product = await trustHub.TrustProducts.CreateAsync({{Create}}PolicyCatalog.ShakenStir.Sid });
                await trustHub.CustomerProfiles.ChannelEndpointAssignments(profileSid).CreateAsync(new CreateCustomerProfileChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = PhoneNumberSid.Parse("{{C.OtherNumber}}") });
                await trustHub.TrustProducts.ChannelEndpointAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = PhoneNumberSid.Parse("{{C.OtherNumber}}") });
        """);

    [Fact]
    public Task TH1005_error_a_placeholder_in_a_sid_parse() => Verify("""
        var profile = CustomerProfileSid.Parse({|#0:"BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"|});
        var type = await trustHub.EndUserTypes.FetchAsync({|TH1005:"cnam_information"|});
        """,
        Diagnostic("TH1005").WithLocation(0).WithMessage("\"BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\" is a placeholder from sample code, not a real Business Profile or trust product SID; use the SID from your account"));

    [Fact]
    public Task TH1006_cannot_compile_a_phone_number_as_an_entity_and_error_where_a_sid_is_parsed_or_converted() => Verify($$"""
        var assignments = trustHub.TrustProducts.EntityAssignments(TrustProductSid.Parse("{{C.Product}}"));
        await assignments.CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = EntityAssignmentObjectSid.Parse({|#0:"{{C.Number}}"|}) });
        await trustHub.TrustProducts.ChannelEndpointAssignments(TrustProductSid.Parse("{{C.Product}}")).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = {|#1:profileSid|} });
        await assignments.CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = {|CS0029:numberSid|} });
        """,
        Diagnostic("TH1006").WithLocation(0).WithMessage($"\"{C.Number}\" is a phone number SID (PN…), but EntityAssignmentObjectSid.Parse takes a Business Profile or trust product (BU…) or end user (IT…) or supporting document (RD…) SID"),
        Diagnostic("TH1006").WithLocation(1).WithMessage("profileSid is a CustomerProfileSid (Business Profile or trust product, BU…), but CreateTrustProductChannelEndpointAssignmentRequest.ChannelEndpointSid takes a phone number (PN…) SID"));

    [Fact]
    public Task TH1007_error_and_fix_in_json_attributes() => VerifyFix("""
        await trustHub.EndUsers.CreateAsync(new CreateEndUserRequest { FriendlyName = "cnam", Type = "cnam_information", Attributes = TwilioJsonValue.FromJson({|TH1007:"{\"cnam_display_name\":\"Acme Plumbing & Heating Co\"}"|}) });
        await trustHub.EndUsers.CreateAsync(new CreateEndUserRequest { FriendlyName = "cnam", Type = "cnam_information", Attributes = TwilioJsonValue.FromProperties(new Dictionary<string, string?> { ["cnam_display_name"] = {|TH1007:"1st Choice"|} }) });
        var properties = new Dictionary<string, string?> { ["cnam_display_name"] = "Texas" };
        await trustHub.EndUsers.UpdateAsync(EndUserSid.Parse("IT0123456789abcdef0123456789abcdef"), new UpdateEndUserRequest { Attributes = TwilioJsonValue.FromProperties({|TH1007:properties|}) });
        """, """
        await trustHub.EndUsers.CreateAsync(new CreateEndUserRequest { FriendlyName = "cnam", Type = "cnam_information", Attributes = TwilioJsonValue.FromJson("{\"cnam_display_name\":\"Acme Plumbing\"}") });
        await trustHub.EndUsers.CreateAsync(new CreateEndUserRequest { FriendlyName = "cnam", Type = "cnam_information", Attributes = TwilioJsonValue.FromProperties(new Dictionary<string, string?> { ["cnam_display_name"] = "st Choice" }) });
        var properties = new Dictionary<string, string?> { ["cnam_display_name"] = "Texas" };
        await trustHub.EndUsers.UpdateAsync(EndUserSid.Parse("IT0123456789abcdef0123456789abcdef"), new UpdateEndUserRequest { Attributes = TwilioJsonValue.FromProperties({|TH1007:properties|}) });
        """);

    [Fact]
    public Task TH1008_warning_an_unknown_type_and_an_end_user_the_product_does_not_take() => Verify($$"""
        await trustHub.EndUsers.CreateAsync(new CreateEndUserRequest { FriendlyName = "cnam", Type = {|#0:"cnam-information"|} });
        var product = await trustHub.TrustProducts.CreateAsync({{Create}}PolicyCatalog.ShakenStir.Sid });
        var endUser = await trustHub.EndUsers.CreateAsync(new CreateEndUserRequest { FriendlyName = "cnam", Type = {|#1:"cnam_information"|} });
        await trustHub.TrustProducts.EntityAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = endUser.Sid!.Value });
        """,
        Diagnostic("TH1008").WithLocation(0).WithMessage("End-user type \"cnam-information\" is not a Trust Hub end-user type; did you mean \"cnam_information\"?"),
        Diagnostic("TH1008").WithLocation(1).WithMessage($"End-user type \"cnam_information\" is not accepted by ShakenStir ({C.Shaken}), which takes no end users; this end user is assigned to that product on line 14"));

    [Fact]
    public Task TH1009_cannot_compile_a_status_twilio_sets_or_an_unknown_one() => Verify("""
        var product = TrustProductSid.Parse("BUfedcba9876543210fedcba9876543210");
        await trustHub.TrustProducts.UpdateAsync(product, new UpdateTrustProductRequest { Status = {|CS0029:TrustProductStatus.TwilioApproved|} });
        await trustHub.TrustProducts.UpdateAsync(product, new UpdateTrustProductRequest { Status = {|CS0029:new TrustProductStatus("pending_review")|} });
        await trustHub.CustomerProfiles.UpdateAsync(profileSid, new UpdateCustomerProfileRequest { Status = {|CS0029:CustomerProfileStatus.InReview|} });
        await trustHub.TrustProducts.UpdateAsync(product, new UpdateTrustProductRequest { Status = TrustProductStatus.PendingReview });
        """);

    [Fact]
    public Task TH1010_error_a_toll_free_lookup_in_a_method_that_creates_a_cnam_product() => Verify($$"""
        var product = await trustHub.TrustProducts.CreateAsync({{Create}}PolicyCatalog.Cnam.Sid });
        await foreach (var number in api.IncomingPhoneNumbers.ListAsync(new ListIncomingPhoneNumberRequest { PhoneNumber = {|#0:"+18005550100"|} })) { }
        """,
        Diagnostic("TH1010").WithLocation(0).WithMessage($"Phone number +18005550100 cannot carry Cnam ({C.Cnam}), created in this method: +18005550100 is a toll-free number (+1 800); this policy does not accept toll-free numbers; use a local number from US."));

    [Fact]
    public Task TH1011_warning_a_literal_auth_token() => Verify("""
        var credentials = TwilioCredentials.FromAuthToken("AC0123456789abcdef0123456789abcdef", {|TH1011:"0123456789abcdef0123456789abcdef"|});
        """);

    [Fact]
    public Task TH1012_warning_a_cnam_product_submitted_before_its_assignments() => Verify($$"""
        var product = await trustHub.TrustProducts.CreateAsync({{Create}}PolicyCatalog.Cnam.Sid });
        await trustHub.TrustProducts.EntityAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = profileSid });
        await trustHub.TrustProducts.UpdateAsync(product.Sid!.Value, new UpdateTrustProductRequest { Status = {|#0:TrustProductStatus.PendingReview|} });
        """,
        Diagnostic("TH1012").WithLocation(0).WithMessage($"Trust product product.Sid is submitted for review after 1 of the 2 entity assignments Cnam ({C.Cnam}) requires (the Business Profile, 1 cnam_information end user); assign them before setting \"pending-review\""));

    [Fact]
    public Task TH1013_error_and_fix_in_json_attributes_of_a_typed_end_user() => VerifyFix("""
        await trustHub.EndUsers.CreateAsync(new CreateEndUserRequest { FriendlyName = "biz", Type = "customer_profile_business_information", Attributes = TwilioJsonValue.FromJson({|TH1013:"{\"business_identity\":\"DIRECT_CUSTOMER\"}"|}) });
        """, """
        await trustHub.EndUsers.CreateAsync(new CreateEndUserRequest { FriendlyName = "biz", Type = "customer_profile_business_information", Attributes = TwilioJsonValue.FromJson("{\"business_identity\":\"direct_customer\"}") });
        """);

    // With an account snapshot: a toll-free number (TH1010) and one the snapshot does not list on the product's profile
    // (TH1004), assigned to a CNAM product created in the method; the TH1004 fix writes an SDK profile assignment.
    [Fact]
    public Task Snapshot_findings_TH1004_and_TH1010_with_the_sdk_fix() => VerifyFix($$"""
                var product = await trustHub.TrustProducts.CreateAsync({{Create}}PolicyCatalog.Cnam.Sid });
                await trustHub.TrustProducts.EntityAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = CustomerProfileSid.Parse("{{C.Profile}}") });
                await trustHub.TrustProducts.ChannelEndpointAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = PhoneNumberSid.Parse({|TH1010:"{{SnapshotFiles.TollFree}}"|}) });
                await trustHub.TrustProducts.ChannelEndpointAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = PhoneNumberSid.Parse({|TH1004:"{{C.OtherNumber}}"|}) });
        """, $$"""
                var product = await trustHub.TrustProducts.CreateAsync({{Create}}PolicyCatalog.Cnam.Sid });
                await trustHub.TrustProducts.EntityAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = CustomerProfileSid.Parse("{{C.Profile}}") });
                await trustHub.TrustProducts.ChannelEndpointAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = PhoneNumberSid.Parse({|TH1010:"{{SnapshotFiles.TollFree}}"|}) });
                await trustHub.CustomerProfiles.ChannelEndpointAssignments(CustomerProfileSid.Parse("{{C.Profile}}")).CreateAsync(new CreateCustomerProfileChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = PhoneNumberSid.Parse("{{C.OtherNumber}}") });
                await trustHub.TrustProducts.ChannelEndpointAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = PhoneNumberSid.Parse("{{C.OtherNumber}}") });
        """, SnapshotFiles.Snapshot);

    [Fact]
    public Task TH1014_error_beside_the_CS0117_of_a_number_handle_left_out() => SnapshotHandleParity.AssertExplainedAsync("""
        await trustHub.CustomerProfiles.ChannelEndpointAssignments(profileSid).CreateAsync(new CreateCustomerProfileChannelEndpointAssignmentRequest
        {
            ChannelEndpointType = "phone-number",
            ChannelEndpointSid = PhoneNumberSid.Parse(TrustHubAccount.Numbers.Customer0Line0.Sid),
        });
        """);
}
