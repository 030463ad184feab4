using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Rules;

/// <summary>TH1004 and TH1010 against the account snapshot (an AdditionalFiles item with TrustHubGenKind=Snapshot).</summary>
public sealed class SnapshotRulesTests
{
    private const string TollFree = SnapshotFiles.TollFree;
    private const string Canadian = SnapshotFiles.Canadian;
    private const string ShakenProduct = SnapshotFiles.ShakenProduct;
    private const string OtherProfile = SnapshotFiles.OtherProfile;
    private static readonly string SnapshotJson = SnapshotFiles.Json;
    private static readonly TestAdditionalFile Snapshot = SnapshotFiles.Snapshot;

    [Fact]
    public Task TH1004_number_the_snapshot_does_not_have_on_the_assigned_profile() => TrustHubTest.VerifySourcesAsync([Method($$"""
        TrustProductsEntityAssignmentsResource.Create("{{Product}}", "{{Profile}}");
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{Number}}");
        TrustProductsChannelEndpointAssignmentResource.Create(channelEndpointSid: {|TH1004:"{{OtherNumber}}"|}, pathTrustProductSid: "{{Product}}", channelEndpointType: "phone-number");
        var product = await TrustProductsResource.CreateAsync("Owl CNAM", "ops@example.com", "{{Cnam}}");
        await TrustProductsEntityAssignmentsResource.CreateAsync(product.Sid, "{{Profile}}");
        await TrustProductsChannelEndpointAssignmentResource.CreateAsync(product.Sid, "phone-number", {|TH1004:"{{OtherNumber}}"|});
        """)], Snapshot);

    [Fact]
    public async Task TH1004_snapshot_knowing_the_number_is_on_the_profile_silences_the_method_only_guess()
    {
        var source = Method($$"""
            CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile}}", "phone-number", "{{OtherNumber}}");
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", MARK"{{Number}}"END);
            """);
        await TrustHubTest.VerifyAsync(source.Replace("MARK", "{|TH1004:").Replace("END", "|}"));
        await TrustHubTest.VerifySourcesAsync([source.Replace("MARK", "").Replace("END", "")], Snapshot);
    }

    [Fact]
    public Task TH1004_silent_where_the_snapshot_cannot_say() => TrustHubTest.VerifySourcesAsync([Method($$"""
        // A profile the snapshot does not list, a profile from configuration, a number from configuration.
        TrustProductsEntityAssignmentsResource.Create("{{Product}}", "{{OtherProfile}}");
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
        TrustProductsEntityAssignmentsResource.Create("{{ShakenProduct}}", Environment.GetEnvironmentVariable("PROFILE")!);
        TrustProductsChannelEndpointAssignmentResource.Create("{{ShakenProduct}}", "phone-number", "{{OtherNumber}}");
        TrustProductsEntityAssignmentsResource.Create("BU8c4a6e1f5d7b40a3ce5b54d6f5a7b7a8", "{{Profile}}");
        TrustProductsChannelEndpointAssignmentResource.Create("BU8c4a6e1f5d7b40a3ce5b54d6f5a7b7a8", "phone-number", Console.ReadLine()!);
        """)], Snapshot);

    [Fact]
    public Task Broken_snapshot_is_ignored_silently() => TrustHubTest.VerifySourcesAsync([Method($$"""
        TrustProductsEntityAssignmentsResource.Create("{{Product}}", "{{Profile}}");
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{TollFree}}");
        """)],
        TestAdditionalFile.Snapshot("/repo/broken.snapshot.json", SnapshotJson.Replace("\"version\": 1", "\"version\": 99")),
        TestAdditionalFile.Snapshot("/repo/truncated.snapshot.json", SnapshotJson[..200]));

    [Fact]
    public Task TH1010_toll_free_and_non_us_snapshot_numbers_on_a_cnam_product() => TrustHubTest.VerifySourcesAsync([Method($$"""
        // Product is a CNAM product in the snapshot; the new product is created here with the CNAM policy.
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|TH1010:"{{TollFree}}"|});
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|TH1010:"{{Canadian}}"|});
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{Number}}");
        var product = TrustProductsResource.Create("CNAM", "ops@example.com", "{{Cnam}}");
        TrustProductsChannelEndpointAssignmentResource.Create(product.Sid, "phone-number", {|TH1010:"{{TollFree}}"|});
        """)], Snapshot);

    [Fact]
    public Task TH1010_silent_for_products_that_take_the_number_or_are_unknown() => TrustHubTest.VerifySourcesAsync([Method($$"""
        TrustProductsChannelEndpointAssignmentResource.Create("{{ShakenProduct}}", "phone-number", "{{TollFree}}");
        TrustProductsChannelEndpointAssignmentResource.Create("BU9d5b7f2a6e8c41b4df6c45e7a6b8c8b9", "phone-number", "{{Canadian}}");
        TrustProductsChannelEndpointAssignmentResource.Create(Console.ReadLine()!, "phone-number", "{{TollFree}}");
        TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "PN0e6c8a3b7f9d42c5ea7d36f8b7c9d9ca");
        """)], Snapshot);

    // Statements indented as in real code: the fix's new statement is formatted at the method body's indentation.
    [Fact]
    public Task TH1004_fix_writes_the_profile_assignment_the_snapshot_names() => new TrustHubTest
    {
        TestCode = Method($$"""
                    TrustProductsEntityAssignmentsResource.Create("{{Product}}", "{{Profile}}");
                    TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", {|TH1004:"{{OtherNumber}}"|});
            """),
        FixedCode = Method($$"""
                    TrustProductsEntityAssignmentsResource.Create("{{Product}}", "{{Profile}}");
                    CustomerProfilesChannelEndpointAssignmentResource.Create(pathCustomerProfileSid: "{{Profile}}", channelEndpointType: "phone-number", channelEndpointSid: "{{OtherNumber}}");
                    TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone-number", "{{OtherNumber}}");
            """),
    }.With(Snapshot).RunAsync();
}
