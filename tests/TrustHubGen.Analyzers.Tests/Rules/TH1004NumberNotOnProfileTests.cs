using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed partial class TH1004NumberNotOnProfileTests
{
    private const string Third = "PN22222222222222222222222222222223";

    [Fact]
    public Task Number_the_method_never_puts_on_the_profile() => VerifyAsync(Method($$"""
        await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync("{{Profile}}", "phone-number", "{{Number}}");
        await TrustProductsChannelEndpointAssignmentResource.CreateAsync("{{Product}}", "phone-number", "{{Number}}");
        await TrustProductsChannelEndpointAssignmentResource.CreateAsync(channelEndpointSid: {|#0:"{{OtherNumber}}"|}, pathTrustProductSid: "{{Product}}", channelEndpointType: "phone-number");
        """),
        Diagnostic("TH1004").WithLocation(0).WithMessage($"Phone number \"{OtherNumber}\" is assigned to the trust product, but this method never puts it on the Business Profile; only numbers already on the profile may be assigned"));

    [Fact]
    public Task Number_put_on_the_profile_only_afterwards() => VerifyAsync(Method($$"""
        var number = IncomingPhoneNumberResource.Fetch("{{Number}}");
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|#0:number.Sid|});
        CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", number.Sid);
        """),
        Diagnostic("TH1004").WithLocation(0).WithMessage("Phone number number.Sid is assigned to the trust product before it is put on the Business Profile (line 16); assign it to the profile first"));

    [Fact]
    public Task Options_objects_count_as_assignments_in_place_or_in_locals() => VerifyAsync(Method($$"""
        CustomerProfilesChannelEndpointAssignmentResource.Create(new CreateCustomerProfilesChannelEndpointAssignmentOptions("{{Profile}}", "phone-number", "{{Number}}"));
        TrustProductsChannelEndpointAssignmentResource.Create(new CreateTrustProductsChannelEndpointAssignmentOptions("{{Product}}", "phone-number", {|TH1004:"{{OtherNumber}}"|}));
        var options = new CreateTrustProductsChannelEndpointAssignmentOptions("{{Product}}", "phone-number", {|TH1004:"{{Third}}"|});
        TrustProductsChannelEndpointAssignmentResource.Create(options);
        """));

    [Fact]
    public Task Silent_where_it_cannot_know() => VerifySourcesAsync([Method($$"""
        // No profile assignment in this method: the number may have been put there elsewhere.
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
        """), Other(Method($$"""
        // A profile assignment of a number from configuration may be this number.
        CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", Environment.GetEnvironmentVariable("PN")!);
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
        // A number from configuration on the product.
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", Console.ReadLine()!);
        """))]);

    // Issue 10: a number the method cannot know (a loop variable, configuration) went on the profile first: it may be any.
    [Fact]
    public Task Silent_after_the_method_put_a_number_it_cannot_know_on_the_profile() => VerifyAsync(Usings + $$"""
        public static class Onboarding
        {
            public static void Run(string[] numbers, string configured, string later)
            {
                foreach (var number in numbers)
                    CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", number);
                CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", configured);
                TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
                TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", later);
                CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", later);
            }
        }
        """);

    [Fact]
    public Task Lambdas_are_not_ordered_with_the_method() => VerifyAsync(Method($$"""
        CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
        Action later = () => TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
        """));

    // A lambda that puts numbers on the profile (`numbers.Select(n => …)`) may put this one there, at a time unknown here.
    [Fact]
    public Task Silent_after_a_lambda_puts_numbers_on_the_profile() => VerifyAsync(Method($$"""
        var numbers = new[] { "{{Number}}", "{{OtherNumber}}" };
        CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
        await Task.WhenAll(Array.ConvertAll(numbers, n => CustomerProfilesChannelEndpointAssignmentResource.CreateAsync("{{Profile}}", "phone-number", n)));
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
        """));

    [Fact]
    public Task Local_functions_are_not_ordered_with_the_method() => VerifyAsync(Method($$"""
        CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
        void Later() => TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
        """));

    [Fact]
    public Task Fix_inserts_the_profile_assignment_before_the_product_assignment() => VerifyFixAsync(
        Method($$"""
                    await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync(pathCustomerProfileSid: "{{Profile}}", channelEndpointType: "phone-number", channelEndpointSid: "{{Number}}");
                    await TrustProductsChannelEndpointAssignmentResource.CreateAsync("{{Product}}", "phone-number", {|TH1004:"{{OtherNumber}}"|});
            """),
        Method($$"""
                    await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync(pathCustomerProfileSid: "{{Profile}}", channelEndpointType: "phone-number", channelEndpointSid: "{{Number}}");
                    await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync(pathCustomerProfileSid: "{{Profile}}", channelEndpointType: "phone-number", channelEndpointSid: "{{OtherNumber}}");
                    await TrustProductsChannelEndpointAssignmentResource.CreateAsync("{{Product}}", "phone-number", "{{OtherNumber}}");
            """));

    [Fact]
    public Task Fix_all_inserts_one_assignment_per_number() => VerifyFixAsync(
        Method($$"""
                    CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
                    TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|TH1004:"{{OtherNumber}}"|});
                    TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|TH1004:"{{Third}}"|});
            """),
        Method($$"""
                    CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
                    CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{OtherNumber}}");
                    TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
                    CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Third}}");
                    TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{Third}}");
            """));
}
