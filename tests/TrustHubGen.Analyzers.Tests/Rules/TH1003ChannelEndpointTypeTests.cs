using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1003ChannelEndpointTypeTests
{
    [Fact]
    public Task Named_arguments_in_any_order() => VerifyAsync(Method($$"""
        await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync(channelEndpointType: {|#0:"phone_number"|}, channelEndpointSid: "{{Number}}", pathCustomerProfileSid: "{{Profile}}");
        """),
        Diagnostic("TH1003").WithLocation(0).WithMessage("ChannelEndpointType must be \"phone-number\", not \"phone_number\""));

    [Fact]
    public Task Positional_arguments_and_every_method_variant() => VerifyAsync(Method($$"""
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", {|TH1003:"PhoneNumber"|}, "{{Number}}");
        await TrustProductsChannelEndpointAssignmentResource.CreateAsync("{{Product}}", {|TH1003:"phone number"|}, "{{Number}}");
        TrustProductsChannelEndpointAssignmentResource.CreateWithHeaders("{{Product}}", {|TH1003:"phone"|}, "{{Number}}");
        await TrustProductsChannelEndpointAssignmentResource.CreateWithHeadersAsync("{{Product}}", {|TH1003:"Phone-Number"|}, "{{Number}}");
        """));

    [Fact]
    public Task Values_in_lambdas_and_local_functions() => VerifyAsync(Method($$"""
        Action later = () => TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", {|TH1003:"phone_number"|}, "{{Number}}");
        void Local() => TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", {|TH1003:"PhoneNumber"|}, "{{Number}}");
        """));

    [Fact]
    public Task Options_constructor() => VerifyAsync(Method($$"""
        var options = new CreateTrustProductsChannelEndpointAssignmentOptions("{{Product}}", {|TH1003:"phone_number"|}, "{{Number}}");
        """));

    [Fact]
    public Task Correct_value_and_read_filters_are_silent() => VerifyAsync(Method($$"""
        var options = new CreateCustomerProfilesChannelEndpointAssignmentOptions(channelEndpointSid: "{{Number}}", channelEndpointType: "phone-number", pathCustomerProfileSid: "{{Profile}}");
        await TrustProductsChannelEndpointAssignmentResource.CreateAsync("{{Product}}", "phone-number", "{{Number}}");
        """));

    [Fact]
    public Task Fix_writes_phone_number_and_fix_all_corrects_every_file() => new TrustHubTest
    {
        TestState =
        {
            Sources =
            {
                Method($$"""
                    TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", {|TH1003:"phone_number"|}, "{{Number}}");
                    var options = new CreateTrustProductsChannelEndpointAssignmentOptions("{{Product}}", {|TH1003:"PhoneNumber"|}, "{{Number}}");
                    """),
                Other(Method($$"""TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", {|TH1003:"phone_number"|}, "{{Number}}");""")),
            },
        },
        FixedState =
        {
            Sources =
            {
                Method($$"""
                    TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{Number}}");
                    var options = new CreateTrustProductsChannelEndpointAssignmentOptions("{{Product}}", "phone-number", "{{Number}}");
                    """),
                Other(Method($$"""TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{Number}}");""")),
            },
        },
    }.RunAsync();

    [Fact]
    public Task Fix_rewrites_the_branch_of_a_choice_that_is_wrong() => new TrustHubTest
    {
        TestCode = Method($$"""
            var flag = Console.ReadLine() == "y";
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", flag ? "phone-number" : {|TH1003:"phone_number"|}, "{{Number}}");
            """),
        FixedCode = Method($$"""
            var flag = Console.ReadLine() == "y";
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", flag ? "phone-number" : "phone-number", "{{Number}}");
            """),
    }.RunAsync();

    [Fact]
    public async Task No_fix_when_the_value_is_not_a_literal_in_place()
    {
        var source = Method($$"""
            const string type = "phone_number";
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", {|TH1003:type|}, "{{Number}}");
            """);
        await new TrustHubTest { TestCode = source, FixedCode = source }.RunAsync();
    }
}
