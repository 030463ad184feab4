using Microsoft.CodeAnalysis;
using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests.Rules;

/// <summary>
/// The TH1004 fix in the statement shapes code takes around either call: it copies the profile assignment's call (not
/// the statement around it) and puts it where it runs right before the product assignment, or offers nothing where the
/// copy could not run there (an un-awaited call, a local not declared yet).
/// </summary>
public sealed partial class TH1004NumberNotOnProfileTests
{
    private const string AddNumber = "CustomerProfilesChannelEndpointAssignmentResource.Create(\"" + Profile + "\", \"phone-number\", \"" + OtherNumber + "\");";

    [Fact]
    public Task A_profile_assignment_kept_in_a_local_is_copied_as_its_call() => VerifyFixAsync(
        Method($$"""
                    var first = await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync("{{Profile}}", "phone-number", "{{Number}}");
                    await TrustProductsChannelEndpointAssignmentResource.CreateAsync("{{Product}}", "phone-number", {|TH1004:"{{OtherNumber}}"|});
            """),
        Method($$"""
                    var first = await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync("{{Profile}}", "phone-number", "{{Number}}");
                    await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync("{{Profile}}", "phone-number", "{{OtherNumber}}");
                    await TrustProductsChannelEndpointAssignmentResource.CreateAsync("{{Product}}", "phone-number", "{{OtherNumber}}");
            """));

    // Before: the whole Task.WhenAll statement was copied, product assignment included (a second assignment of the number).
    [Fact]
    public async Task A_profile_assignment_awaited_together_with_others_offers_nothing()
    {
        var source = Method($$"""
                    await Task.WhenAll(
                        CustomerProfilesChannelEndpointAssignmentResource.CreateAsync("{{Profile}}", "phone-number", "{{Number}}"),
                        TrustProductsChannelEndpointAssignmentResource.CreateAsync("{{Product}}", "phone-number", {|TH1004:"{{OtherNumber}}"|}));
            """);
        await new TrustHubTest { TestCode = source, FixedCode = source }.RunAsync();
    }

    // Before: the copy named `profile` before its declaration (CS0841).
    [Fact]
    public async Task A_template_naming_a_local_declared_later_offers_nothing()
    {
        var source = Method($$"""
                    TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|TH1004:"{{OtherNumber}}"|});
                    var profile = "{{Profile}}";
                    CustomerProfilesChannelEndpointAssignmentResource.Create(profile, "phone-number", "{{Number}}");
            """);
        await new TrustHubTest { TestCode = source, FixedCode = source }.RunAsync();
    }

    [Fact]
    public Task A_product_assignment_in_a_collection_expression_argument() => VerifyFixAsync(
        Method($$"""
                    await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync("{{Profile}}", "phone-number", "{{Number}}");
                    await Task.WhenAll([TrustProductsChannelEndpointAssignmentResource.CreateAsync("{{Product}}", "phone-number", {|TH1004:"{{OtherNumber}}"|})]);
            """),
        Method($$"""
                    await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync("{{Profile}}", "phone-number", "{{Number}}");
                    await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync("{{Profile}}", "phone-number", "{{OtherNumber}}");
                    await Task.WhenAll([TrustProductsChannelEndpointAssignmentResource.CreateAsync("{{Product}}", "phone-number", "{{OtherNumber}}")]);
            """));

    [Fact]
    public Task A_switch_section() => VerifyFixAsync(
        Method($$"""
                    CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
                    switch (DateTime.Now.Second)
                    {
                        case 0:
                            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|TH1004:"{{OtherNumber}}"|});
                            break;
                    }
            """),
        Method($$"""
                    CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
                    switch (DateTime.Now.Second)
                    {
                        case 0:
                            {{AddNumber}}
                            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
                            break;
                    }
            """));

    [Fact]
    public Task The_body_of_an_if_or_a_using_statement_becomes_a_block() => VerifyFixAsync(
        Method($$"""
                    CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
                    if (DateTime.Now.Second == 0)
                        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|TH1004:"{{OtherNumber}}"|});
                    using (new System.IO.MemoryStream())
                        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|TH1004:"{{Third}}"|});
            """),
        Method($$"""
                    CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
                    if (DateTime.Now.Second == 0)
                    {
                        {{AddNumber}}
                        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
                    }
                    using (new System.IO.MemoryStream())
                    {
                        {{AddNumber.Replace(OtherNumber, Third)}}
                        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{Third}}");
                    }
            """));

    [Fact]
    public Task An_expression_bodied_method_gets_a_block_body() => VerifyFixAsync(Usings + $$"""
        public static class Onboarding
        {
            public static void Run() => Both(
                CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}"),
                TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|TH1004:"{{OtherNumber}}"|}));

            private static void Both(object profile, object product) { }
        }
        """, Usings + $$"""
        public static class Onboarding
        {
            public static void Run()
            {
                {{AddNumber}}
                Both(
                        CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}"),
                        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}"));
            }

            private static void Both(object profile, object product) { }
        }
        """);

    [Fact]
    public Task Top_level_statements() => new TrustHubTest
    {
        TestState = { OutputKind = OutputKind.ConsoleApplication },
        TestCode = Usings + $$"""
            await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync("{{Profile}}", "phone-number", "{{Number}}");
            await TrustProductsChannelEndpointAssignmentResource.CreateAsync("{{Product}}", "phone-number", {|TH1004:"{{OtherNumber}}"|});
            """,
        FixedCode = Usings + $$"""
            await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync("{{Profile}}", "phone-number", "{{Number}}");
            await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync("{{Profile}}", "phone-number", "{{OtherNumber}}");
            await TrustProductsChannelEndpointAssignmentResource.CreateAsync("{{Product}}", "phone-number", "{{OtherNumber}}");
            """,
    }.RunAsync();

    // Before: the snapshot fix on our SDK wanted the product assignment to be an awaited statement of its own.
    [Fact]
    public Task Sdk_snapshot_fix_before_a_product_assignment_kept_in_a_local() => new TrustHubTest
    {
        TestCode = SdkSources.Method($$"""
                    var product = await trustHub.TrustProducts.CreateAsync({{Parity.GeneratedSdkParityTests.Create}}PolicyCatalog.Cnam.Sid });
                    await trustHub.TrustProducts.EntityAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = CustomerProfileSid.Parse("{{Profile}}") });
                    var assigned = await trustHub.TrustProducts.ChannelEndpointAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = PhoneNumberSid.Parse({|TH1004:"{{OtherNumber}}"|}) });
            """),
        FixedCode = SdkSources.Method($$"""
                    var product = await trustHub.TrustProducts.CreateAsync({{Parity.GeneratedSdkParityTests.Create}}PolicyCatalog.Cnam.Sid });
                    await trustHub.TrustProducts.EntityAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = CustomerProfileSid.Parse("{{Profile}}") });
                    await trustHub.CustomerProfiles.ChannelEndpointAssignments(CustomerProfileSid.Parse("{{Profile}}")).CreateAsync(new CreateCustomerProfileChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = PhoneNumberSid.Parse("{{OtherNumber}}") });
                    var assigned = await trustHub.TrustProducts.ChannelEndpointAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = PhoneNumberSid.Parse("{{OtherNumber}}") });
            """),
    }.WithGeneratedSdk().With(SnapshotFiles.Snapshot).RunAsync();

    // Before: Fix All put the number on the profile once per product it goes to (a second, failing assignment).
    [Fact]
    public Task Fix_all_puts_a_number_going_to_two_products_on_the_profile_once() => VerifyFixAsync(
        Method($$"""
                    CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
                    TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|TH1004:"{{OtherNumber}}"|});
                    TrustProductsChannelEndpointAssignmentResource.Create("BU11111111111111111111111111111112", "phone-number", {|TH1004:"{{OtherNumber}}"|});
            """),
        Method($$"""
                    CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
                    {{AddNumber}}
                    TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
                    TrustProductsChannelEndpointAssignmentResource.Create("BU11111111111111111111111111111112", "phone-number", "{{OtherNumber}}");
            """));

    // Before: the copy took the statement's leading trivia, so an `#if` above it was written twice and left open.
    [Fact]
    public Task Comments_and_directives_above_the_product_assignment_stay_above_both() => VerifyFixAsync(
        Method($$"""
                    CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
            #if true
                    // the product's number
                    TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|TH1004:"{{OtherNumber}}"|});
            #endif
            """),
        Method($$"""
                    CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
            #if true
                    // the product's number
                    CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{OtherNumber}}");
                    TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
            #endif
            """));
}
