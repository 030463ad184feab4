using Microsoft.CodeAnalysis.CodeFixes;
using TrustHubGen.Analyzers.Tests.Infrastructure;

namespace TrustHubGen.Analyzers.Tests.Rules;

/// <summary>Surface 2: the free-string members of our generated SDK's requests (channel endpoint type, end-user type).</summary>
public sealed class GeneratedRequestTests
{
    // Shaped like the generator's output (TrustHub.Requests.g.cs): the marker, not the namespace, makes them ours.
    private const string Requests = """
        namespace Acme.TrustHub
        {
            [System.CodeDom.Compiler.GeneratedCode("TrustHubGen", "0.1.0")]
            public sealed class CreateTrustProductChannelEndpointAssignmentRequest
            {
                public required string ChannelEndpointType { get; init; }
                public required string ChannelEndpointSid { get; init; }
            }

            [System.CodeDom.Compiler.GeneratedCode("TrustHubGen", "0.1.0")]
            public sealed class CreateEndUserRequest
            {
                public required string FriendlyName { get; init; }
                public required string Type { get; init; }
            }

            public sealed class CreateWidgetRequest
            {
                public required string ChannelEndpointType { get; init; }
            }
        }
        """;

    private static string Uses(string statements) => Requests + """

        namespace App
        {
            using Acme.TrustHub;

            public static class Uses
            {
                private const string Kind = "phone_number";

                public static void Run(string input)
                {
        """ + "\n" + statements + "\n" + """
                }
            }
        }
        """;

    [Fact]
    public Task Wrong_channel_endpoint_types_and_end_user_types_are_reported() => AnalyzerVerifier.VerifyAsync(Uses("""
        var a = new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = {|TH1003:"phone_number"|}, ChannelEndpointSid = input };
        var b = new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointSid = input, ChannelEndpointType = {|TH1003:Kind|} };
        var c = new CreateEndUserRequest { FriendlyName = "CNAM", Type = {|TH1008:"cnam-information"|} };
        """));

    [Fact]
    public Task Right_values_unknown_values_and_look_alike_types_are_silent() => AnalyzerVerifier.VerifyAsync(Uses("""
        var a = new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = "phone_number" };
        var b = new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = input, ChannelEndpointSid = input };
        var c = new CreateEndUserRequest { FriendlyName = "cnam-information", Type = "cnam_information" };
        var d = new CreateWidgetRequest { ChannelEndpointType = "phone_number" };
        """));

    [Fact]
    public Task The_fix_writes_phone_number() => CodeFixVerifier.VerifyFixAsync(
        Uses("""var a = new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = "phone_number", ChannelEndpointSid = input };"""),
        "TH1003",
        Uses("""var a = new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = input };"""));

    [Fact]
    public Task Fix_all_in_document_corrects_every_end_user_type() => CodeFixVerifier.VerifyFixAllAsync(
        [Uses("""
            var c = new CreateEndUserRequest { FriendlyName = "a", Type = "cnam-information" };
            var d = new CreateEndUserRequest { FriendlyName = "b", Type = "Cnam Information" };
            """)],
        "TH1008",
        [Uses("""
            var c = new CreateEndUserRequest { FriendlyName = "a", Type = "cnam_information" };
            var d = new CreateEndUserRequest { FriendlyName = "b", Type = "cnam_information" };
            """)],
        FixAllScope.Document);
}
