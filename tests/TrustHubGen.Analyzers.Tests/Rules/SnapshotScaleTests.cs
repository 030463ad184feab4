using TrustHubGen.Analyzers.Tests.Infrastructure;
using TrustHubGen.Testing;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

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
    public Task TH1004_a_number_of_another_customer_is_not_on_the_assigned_profile() => VerifySourcesAsync([Method($$"""
        TrustProductsEntityAssignmentsResource.Create("{{Shaken4000}}", "{{Profile4000}}");
        TrustProductsChannelEndpointAssignmentResource.Create("{{Shaken4000}}", "phone-number", "{{OnProfile}}");
        TrustProductsChannelEndpointAssignmentResource.Create("{{Shaken4000}}", "phone-number", {|#0:"{{OtherCustomers}}"|});
        """)], [Snapshot],
        Diagnostic("TH1004").WithLocation(0).WithMessage(
            $"Phone number \"{OtherCustomers}\" ({IsvSnapshot.PhoneNumber(90_001)}) is not on Business Profile {Profile4000} (Customer 4000 Secondary Profile), which this method "
            + $"assigns to the trust product, according to the account snapshot captured {IsvSnapshot.CapturedAt}; only numbers already on the profile may be assigned"));

    [Fact]
    public async Task TH1004_the_snapshot_knowing_a_number_is_on_a_profile_silences_the_method_only_guess()
    {
        var source = Method($$"""
            CustomerProfilesChannelEndpointAssignmentResource.Create("{{Profile4000}}", "phone-number", "{{OtherCustomers}}");
            TrustProductsChannelEndpointAssignmentResource.Create("{{Shaken4000}}", "phone-number", MARK"{{OnProfile}}"END);
            """);

        await VerifyAsync(source.Replace("MARK", "{|TH1004:").Replace("END", "|}"));
        await VerifySourcesAsync([source.Replace("MARK", "").Replace("END", "")], Snapshot);
    }

    [Fact]
    public Task TH1010_a_toll_free_number_on_a_CNAM_product_the_snapshot_lists() => VerifySourcesAsync([Method($$"""
        TrustProductsChannelEndpointAssignmentResource.Create("{{Cnam4000}}", "phone-number", {|#0:"{{TollFree}}"|});
        TrustProductsChannelEndpointAssignmentResource.Create("{{Cnam4000}}", "phone-number", "{{OnProfile}}");
        TrustProductsChannelEndpointAssignmentResource.Create("{{Shaken4000}}", "phone-number", "{{TollFree}}");
        """)], [Snapshot],
        Diagnostic("TH1010").WithLocation(0).WithMessage(
            $"Phone number {TollFree} ({IsvSnapshot.PhoneNumber(80_024)}, toll-free per the account snapshot captured {IsvSnapshot.CapturedAt}) cannot carry Cnam "
            + $"(RNf3db3cd1fe25fcfd3c3ded065c8fea53): {IsvSnapshot.PhoneNumber(80_024)} is a toll-free number (+1 800); this policy does not accept toll-free numbers; use a local number from US."));
}
