using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1004NumberNotOnProfileTests
{
    [Fact]
    public Task Number_the_method_never_puts_on_the_profile() => AnalyzerVerifier.VerifyAsync(Method($$"""
        await CustomerProfilesChannelEndpointAssignmentResource.CreateAsync("{{Profile}}", "phone-number", "{{Number}}");
        await TrustProductsChannelEndpointAssignmentResource.CreateAsync("{{Product}}", "phone-number", "{{Number}}");
        await TrustProductsChannelEndpointAssignmentResource.CreateAsync(channelEndpointSid: {|TH1004:"{{OtherNumber}}"|}, pathTrustProductSid: "{{Product}}", channelEndpointType: "phone-number");
        """));

    [Fact]
    public Task Number_put_on_the_profile_only_afterwards() => AnalyzerVerifier.VerifyAsync(Method($$"""
        var number = IncomingPhoneNumberResource.Fetch("{{Number}}");
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|TH1004:number.Sid|});
        CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", number.Sid);
        """));

    [Fact]
    public Task Options_objects_count_as_assignments() => AnalyzerVerifier.VerifyAsync(Method($$"""
        CustomerProfilesChannelEndpointAssignmentResource.Create(new CreateCustomerProfilesChannelEndpointAssignmentOptions("{{Profile}}", "phone-number", "{{Number}}"));
        TrustProductsChannelEndpointAssignmentResource.Create(new CreateTrustProductsChannelEndpointAssignmentOptions("{{Product}}", "phone-number", {|TH1004:"{{OtherNumber}}"|}));
        """));

    [Fact]
    public Task Silent_where_it_cannot_know() => AnalyzerVerifier.VerifyAsync(new[] { Method($$"""
        // No profile assignment in this method: the number may have been put there elsewhere.
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
        """), Method2($$"""
        // A profile assignment of a number from configuration may be this number.
        CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", Environment.GetEnvironmentVariable("PN")!);
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
        // A number from configuration on the product.
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", Console.ReadLine()!);
        """) });

    [Fact]
    public Task Lambdas_are_not_ordered_with_the_method() => AnalyzerVerifier.VerifyAsync(Method($$"""
        CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{Number}}");
        Action later = () => TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
        """));

    private static string Method2(string statements) => Method(statements).Replace("class Onboarding", "class Onboarding2");
}
