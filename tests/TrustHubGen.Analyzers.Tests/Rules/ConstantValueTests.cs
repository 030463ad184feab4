using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Rules;

/// <summary>Values count wherever the compiler knows them, and only there.</summary>
public sealed class ConstantValueTests
{
    private const string Constants = """
        public static class TrustHubConstants
        {
            public const string EndpointType = "phone_number";
            public const string Phone = "phone";
            public static readonly string ReadonlyType = "PhoneNumber";
            public static readonly string ReadonlyFromConst = Phone + "_number";
            public static string Mutable = "phone_number";
            public static readonly string FromCall = string.Concat("phone", "_number");
        }
        """;

    [Fact]
    public Task Constants_and_static_readonly_fields_across_files() => TrustHubTest.VerifySourcesAsync(new[]
    {
        Method($$"""
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", {|TH1003:TrustHubConstants.EndpointType|}, "{{Number}}");
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", {|TH1003:TrustHubConstants.ReadonlyType|}, "{{Number}}");
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", {|TH1003:TrustHubConstants.ReadonlyFromConst|}, "{{Number}}");
            """),
        Constants,
    });

    [Fact]
    public Task Concatenations_interpolations_and_locals_assigned_once() => TrustHubTest.VerifySourcesAsync(new[]
    {
        Method($$"""
            var type = "phone" + "_number";
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", {|TH1003:type|}, "{{Number}}");
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", {|TH1003:$"{TrustHubConstants.Phone}-{type}"|}, "{{Number}}");
            string suffix = "_number";
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", {|TH1003:TrustHubConstants.Phone + suffix|}, "{{Number}}");
            """),
        Constants,
    });

    [Fact]
    public Task Values_it_cannot_know_are_silent() => TrustHubTest.VerifySourcesAsync(new[]
    {
        Method($$"""
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", TrustHubConstants.Mutable, "{{Number}}");
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", TrustHubConstants.FromCall, "{{Number}}");
            var reassigned = "phone_number";
            reassigned = Console.ReadLine()!;
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", reassigned, "{{Number}}");
            var passedByRef = "phone_number";
            Change(ref passedByRef);
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", passedByRef, "{{Number}}");
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", $"{DateTime.Now:yyyy}", "{{Number}}");
            static void Change(ref string value) => value = Console.ReadLine()!;
            """),
        Constants,
    });

    [Fact]
    public Task Values_chosen_where_they_are_passed_are_checked_branch_by_branch() => TrustHubTest.VerifySourcesAsync(new[]
    {
        Method($$"""
            var flag = Console.ReadLine() == "y";
            var count = Console.ReadLine()!.Length;
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", flag ? "phone-number" : {|TH1003:"phone_number"|}, "{{Number}}");
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", Environment.GetEnvironmentVariable("ENDPOINT_TYPE") ?? {|TH1003:TrustHubConstants.EndpointType|}, "{{Number}}");
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", count switch { 0 => "phone-number", 1 => {|TH1003:"PhoneNumber"|}, _ => flag ? {|TH1003:"phone_number"|} : "phone-number" }, "{{Number}}");
            TrustProductsEntityAssignmentsResource.Create("{{Product}}", flag ? "{{Profile}}" : {|TH1006:"{{Number}}"|});
            var options = new UpdateTrustProductsOptions("{{Product}}");
            options.Status = flag ? "pending-review" : {|TH1009:"twilio-approved"|};
            TrustProductsResource.Update(options);
            TrustProductsResource.Update("{{Product}}", status: flag ? TrustProductsResource.StatusEnum.PendingReview : {|TH1009:TrustProductsResource.StatusEnum.TwilioApproved|});
            """),
        Constants,
    });

    [Fact]
    public Task Choices_whose_branches_are_right_or_unknown_are_silent() => TrustHubTest.VerifySourcesAsync(new[]
    {
        Method($$"""
            var flag = Console.ReadLine() == "y";
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", flag ? "phone-number" : Console.ReadLine()!, "{{Number}}");
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", Environment.GetEnvironmentVariable("ENDPOINT_TYPE") ?? "phone-number", "{{Number}}");
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", Environment.GetEnvironmentVariable("ENDPOINT_TYPE") ?? throw new InvalidOperationException("set it"), "{{Number}}");
            TrustProductsEntityAssignmentsResource.Create("{{Product}}", flag ? "{{Profile}}" : "{{EndUser}}");
            TrustProductsResource.Update("{{Product}}", status: flag ? "pending-review" : "draft");
            """),
        Constants,
    });
}
