using Microsoft.CodeAnalysis;
using TrustHubGen.Generator.Tests.Infrastructure;
using TrustHubGen.Testing;

namespace TrustHubGen.Generator.Tests.Snapshots;

/// <summary>
/// TrustHubGenSnapshotHandleLimit: a kind (profiles, numbers, trust products) with more items than the limit gets no
/// member per item, so a 100,000-number account costs the compiler a few members, not 100,000 (docs/snapshot.md).
/// </summary>
public sealed class SnapshotHandleLimitTests
{
    private static readonly TestInput[] WithSdk = [.. TestInput.Official(policies: false)];

    [Fact]
    public void Over_the_limit_a_kind_has_no_members_and_TH0219_says_why()
    {
        // The valid snapshot has 5 numbers, 2 profiles and 1 trust product: a limit of 2 leaves the numbers out.
        var (_, result, output) = SnapshotHarness.Run([.. WithSdk, SnapshotHarness.Snapshot(SnapshotFiles.Valid())], SnapshotHarness.Settings(handleLimit: "2"));

        Assert.Empty(GeneratorHarness.Problems(result, output));
        SnapshotHarness.AssertBaseline("TrustHubAccount.NumbersOverLimit.g.cs.txt", SnapshotHarness.Handles(result)!);
        var notice = Assert.Single(result.Diagnostics, d => d.Id == "TH0219");
        Assert.Equal(DiagnosticSeverity.Info, notice.Severity);
        Assert.Equal((SnapshotHarness.Path, 9), (notice.Location.GetLineSpan().Path, notice.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Equal(
            "trusthub.snapshot.json has 5 numbers, more than TrustHubGenSnapshotHandleLimit (2), so TrustHubAccount.Numbers gets no member per item "
            + "(each costs the compiler time on every build: see docs/snapshot.md). TH1004 and TH1010 still check every SID against the snapshot. "
            + "Name an item by its SID (PhoneNumberSid.Parse(\"…\")), or raise TrustHubGenSnapshotHandleLimit to generate the handles.",
            notice.GetMessage());
        Assert.EndsWith("docs/rules/inputs.md#th0219", notice.Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_naming_a_left_out_handle_gets_CS0117_and_the_rest_still_compiles()
    {
        const string code = """
            using TrustHubGen.Sdk;
            namespace Consumer;
            internal static class Use
            {
                internal static CustomerProfileSid Profile => TrustHubAccount.Profiles.OwlIndustriesInc.Sid;
                internal static TrustProductSid Product => TrustHubAccount.TrustProducts.OwlCNAM.Sid;
                internal static int Count => TrustHubAccount.NumberCount;
                internal static string Number => TrustHubAccount.Numbers.MainLine.PhoneNumber;
                internal static PhoneNumberSid OnProfile => TrustHubAccount.Profiles.OwlIndustriesInc.Numbers.MainLine;
            }
            """;

        var (_, result, output) = SnapshotHarness.Run([.. WithSdk, SnapshotHarness.Snapshot(SnapshotFiles.Valid())], SnapshotHarness.Settings(handleLimit: "2"), code);

        var problems = GeneratorHarness.Problems(result, output);
        Assert.Equal([("CS0117", 7), ("CS0117", 8)], problems.Select(p => (p.Id, p.Location.GetLineSpan().StartLinePosition.Line)).Order());
    }

    [Theory]
    [InlineData("5", true, true, true)]   // exactly the number of numbers: all generated
    [InlineData("1", false, false, true)] // 2 profiles and 5 numbers are over, 1 trust product is not
    [InlineData("0", false, false, false)]
    public void Each_kind_is_generated_while_it_has_at_most_the_limit(string limit, bool numbers, bool profiles, bool products)
    {
        var (_, result, output) = SnapshotHarness.Run([SnapshotHarness.Snapshot(SnapshotFiles.Valid())], SnapshotHarness.Settings(handleLimit: limit));

        Assert.Empty(GeneratorHarness.Problems(result, output));
        var handles = SnapshotHarness.Handles(result)!;
        Assert.Equal(numbers, handles.Contains("CapturedNumber MainLine", StringComparison.Ordinal));
        Assert.Equal(profiles, handles.Contains("public static class OwlIndustriesInc", StringComparison.Ordinal));
        Assert.Equal(products, handles.Contains("public static class OwlCNAM", StringComparison.Ordinal));
        Assert.Contains($"public const int HandleLimit = {limit};", handles, StringComparison.Ordinal);
        Assert.Equal(numbers && profiles && products, !result.Diagnostics.Any(d => d.Id == "TH0219"));
    }

    [Theory]
    [InlineData("many")]
    [InlineData("-1")]
    [InlineData("1000001")]
    public void A_bad_limit_is_a_TH0216_warning_and_the_default_applies(string limit)
    {
        var (_, result, output) = SnapshotHarness.Run([SnapshotHarness.Snapshot(SnapshotFiles.Valid())], SnapshotHarness.Settings(handleLimit: limit));

        var d = Assert.Single(GeneratorHarness.Problems(result, output));
        Assert.Equal(("TH0216", DiagnosticSeverity.Warning), (d.Id, d.Severity));
        Assert.Contains($"TrustHubGenSnapshotHandleLimit '{limit}'", d.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("public const int HandleLimit = 1000;", SnapshotHarness.Handles(result), StringComparison.Ordinal);
    }

    [Fact]
    public void A_100000_number_snapshot_generates_no_member_per_item()
    {
        var (_, result, output) = SnapshotHarness.Run([.. WithSdk, SnapshotHarness.Snapshot(IsvSnapshot.Json(100_000))]);

        Assert.Empty(GeneratorHarness.Problems(result, output));
        var handles = SnapshotHarness.Handles(result)!;
        // The fixed part only (counts, limit, the empty kinds' documentation, CapturedNumber): about 4 KB, whatever the size.
        Assert.True(handles.Length < 6_000, $"TrustHubAccount.g.cs has {handles.Length} characters.");
        Assert.Contains("public const int NumberCount = 100000;", handles, StringComparison.Ordinal);
        Assert.Contains("public const int ProfileCount = 5001;", handles, StringComparison.Ordinal);
        Assert.Contains("public const int TrustProductCount = 10000;", handles, StringComparison.Ordinal);
        Assert.DoesNotContain("\"PN", handles, StringComparison.Ordinal);
        Assert.DoesNotContain("\"BU", handles, StringComparison.Ordinal);
        var notice = Assert.Single(result.Diagnostics, d => d.Id == "TH0219");
        Assert.Contains("has 100,000 numbers, 5,001 Business Profiles and 10,000 trust products", notice.GetMessage(), StringComparison.Ordinal);
    }
}
