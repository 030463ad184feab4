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
}
