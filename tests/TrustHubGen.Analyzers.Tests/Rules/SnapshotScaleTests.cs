using TrustHubGen.Analyzers.Tests.Infrastructure;
using TrustHubGen.Testing;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Rules;

/// <summary>
/// TH1004 and TH1010 against a 100,000-number ISV snapshot (5,001 profiles, 10,000 trust products): far beyond the
/// generator's handle limit, so no generated member exists for any of these numbers, and the rules are exactly as
/// precise as with a small snapshot (<see cref="SnapshotRulesTests"/>): they look every SID up in the snapshot itself.
/// </summary>
public sealed class SnapshotScaleTests
{
    private const int Numbers = 100_000;

    private static readonly TestAdditionalFile Snapshot = TestAdditionalFile.Snapshot("/repo/trusthub.snapshot.json", IsvSnapshot.Json(Numbers));

    // Customer 4000 holds numbers 80000-80019; 80024 (customer 4001's) is toll-free.
    private static readonly string Profile4000 = IsvSnapshot.CustomerProfile(4000);
    private static readonly string Shaken4000 = IsvSnapshot.ShakenStirProduct(4000);
    private static readonly string Cnam4000 = IsvSnapshot.CnamProduct(4000);
    private static readonly string OnProfile = IsvSnapshot.NumberSid(80_003);
    private static readonly string OtherCustomers = IsvSnapshot.NumberSid(90_001);
    private static readonly string TollFree = IsvSnapshot.NumberSid(80_024);

    [Fact]
    public async Task TH1004_a_number_of_another_customer_is_not_on_the_assigned_profile()
    {
        var diagnostics = await AnalyzerVerifier.VerifyAsync(new[] { Method($$"""
            TrustProductsEntityAssignmentsResource.Create("{{Shaken4000}}", "{{Profile4000}}");
            TrustProductsChannelEndpointAssignmentResource.Create("{{Shaken4000}}", "phone-number", "{{OnProfile}}");
            TrustProductsChannelEndpointAssignmentResource.Create("{{Shaken4000}}", "phone-number", {|TH1004:"{{OtherCustomers}}"|});
            """) }, Snapshot);

        Assert.Equal(
            $"Phone number \"{OtherCustomers}\" ({IsvSnapshot.PhoneNumber(90_001)}) is not on Business Profile {Profile4000} (Customer 4000 Secondary Profile), which this method "
            + $"assigns to the trust product, according to the account snapshot captured {IsvSnapshot.CapturedAt}; only numbers already on the profile may be assigned",
            Assert.Single(diagnostics).GetMessage());
    }

    [Fact]
    public async Task TH1004_the_snapshot_knowing_a_number_is_on_a_profile_silences_the_method_only_guess()
    {
        var source = Method($$"""
            CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile4000}}", "phone-number", "{{OtherCustomers}}");
            TrustProductsChannelEndpointAssignmentResource.Create("{{Shaken4000}}", "phone-number", MARK"{{OnProfile}}"END);
            """);

        await AnalyzerVerifier.VerifyAsync(source.Replace("MARK", "{|TH1004:").Replace("END", "|}"));
        await AnalyzerVerifier.VerifyAsync(new[] { source.Replace("MARK", "").Replace("END", "") }, Snapshot);
    }

    [Fact]
    public async Task TH1010_a_toll_free_number_on_a_CNAM_product_the_snapshot_lists()
    {
        var diagnostics = await AnalyzerVerifier.VerifyAsync(new[] { Method($$"""
            TrustProductsChannelEndpointAssignmentResource.Create("{{Cnam4000}}", "phone-number", {|TH1010:"{{TollFree}}"|});
            TrustProductsChannelEndpointAssignmentResource.Create("{{Cnam4000}}", "phone-number", "{{OnProfile}}");
            TrustProductsChannelEndpointAssignmentResource.Create("{{Shaken4000}}", "phone-number", "{{TollFree}}");
            """) }, Snapshot);

        Assert.StartsWith($"Phone number {TollFree} ({IsvSnapshot.PhoneNumber(80_024)}, toll-free per the account snapshot captured {IsvSnapshot.CapturedAt}) cannot carry",
            Assert.Single(diagnostics).GetMessage(), StringComparison.Ordinal);
    }
}
