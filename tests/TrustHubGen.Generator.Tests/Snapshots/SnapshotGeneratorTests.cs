using Microsoft.CodeAnalysis;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests.Snapshots;

public sealed class SnapshotGeneratorTests
{
    private static readonly TestInput[] WithSdk = [.. TestInput.Official(policies: false)];

    [Fact]
    public void Handles_match_the_baseline_and_compile_against_the_sdk_with_no_warning()
    {
        var (_, result, output) = SnapshotHarness.Run([.. WithSdk, SnapshotHarness.Snapshot(SnapshotFiles.Valid())]);

        Assert.Empty(GeneratorHarness.Problems(result, output));
        SnapshotHarness.AssertBaseline("TrustHubAccount.g.cs.txt", SnapshotHarness.Handles(result)!);
    }

    [Fact]
    public void Names_are_typed_and_only_profile_numbers_can_be_named_under_a_profile()
    {
        const string code = """
            using TrustHubGen.Sdk;
            namespace Consumer;
            internal static class Use
            {
                internal static CustomerProfileSid Profile => TrustHubAccount.Profiles.OwlIndustriesInc.Sid;
                internal static PhoneNumberSid OnProfile => TrustHubAccount.Profiles.OwlIndustriesInc.Numbers.MainLine;
                internal static PhoneNumberSid TollFree => TrustHubAccount.Profiles.OwlIndustriesInc.Numbers.Number18005550100;
                internal static PhoneNumberSid Twin => TrustHubAccount.Profiles.OwlIndustriesInc.Numbers.Twin_00d4;
                internal static CustomerProfileSid Reserved => TrustHubAccount.Profiles.Sid_3333.Sid;
                internal static TrustProductSid Product => TrustHubAccount.TrustProducts.OwlCNAM.Sid;
                internal static string E164 => TrustHubAccount.Numbers.VancouverDeskCo.PhoneNumber;
                internal static string Type => TrustHubAccount.Numbers.Number18005550100.Type;
                internal static PhoneNumberSid NotOnProfile => TrustHubAccount.Profiles.OwlIndustriesInc.Numbers.VancouverDeskCo;
            }
            """;

        var (_, result, output) = SnapshotHarness.Run([.. WithSdk, SnapshotHarness.Snapshot(SnapshotFiles.Valid())], sources: code);

        var problems = GeneratorHarness.Problems(result, output);
        var error = Assert.Single(problems);
        Assert.Equal("CS0117", error.Id);
        Assert.Contains("VancouverDeskCo", error.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(12, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Without_the_sdk_sids_are_string_constants_and_still_compile()
    {
        var (_, result, output) = SnapshotHarness.Run([SnapshotHarness.Snapshot(SnapshotFiles.Valid())]);

        Assert.Empty(GeneratorHarness.Problems(result, output));
        var handles = SnapshotHarness.Handles(result)!;
        Assert.Contains($"public const string Sid = \"{SnapshotFiles.Profile}\";", handles, StringComparison.Ordinal);
        Assert.Contains($"public static global::TrustHubGen.Sdk.TrustHubAccount.CapturedNumber MainLine {{ get; }} = new(\"{SnapshotFiles.MainLine}\", ", handles, StringComparison.Ordinal);
        Assert.Contains("public string Sid { get; }", handles, StringComparison.Ordinal);
        Assert.DoesNotContain("Parse(", handles, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_order_does_not_change_the_output()
    {
        string text = SnapshotFiles.Valid();
        string[] lines = text.Split('\n');
        // Swap the two profiles and reverse the numbers.
        (lines[5], lines[6]) = (lines[6].TrimEnd() + ",", lines[5].TrimEnd().TrimEnd(','));
        Array.Reverse(lines, 9, 5);
        for (int i = 9; i <= 13; i++) lines[i] = lines[i].TrimEnd().TrimEnd(',') + (i < 13 ? "," : "");
        string reordered = string.Join('\n', lines);

        var (_, first, _) = SnapshotHarness.Run([SnapshotHarness.Snapshot(text)]);
        var (_, second, output) = SnapshotHarness.Run([SnapshotHarness.Snapshot(reordered)]);

        Assert.Empty(GeneratorHarness.Problems(second, output));
        Assert.Equal(SnapshotHarness.Handles(first), SnapshotHarness.Handles(second));
    }

    [Fact]
    public void A_broken_snapshot_is_diagnostics_at_file_line_and_column_and_no_handles()
    {
        string broken = SnapshotFiles.Valid().Replace("\"+14155550100\"", "\"415-555-0100\"", StringComparison.Ordinal);

        var (_, result, output) = SnapshotHarness.Run([.. WithSdk, SnapshotHarness.Snapshot(broken)]);

        var problems = GeneratorHarness.Problems(result, output);
        var d = Assert.Single(problems);
        Assert.Equal(("TH0208", DiagnosticSeverity.Error, SnapshotHarness.Path), (d.Id, d.Severity, d.Location.GetLineSpan().Path));
        Assert.Equal(9, d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(broken.Split('\n')[9].IndexOf("\"415-555", StringComparison.Ordinal), d.Location.GetLineSpan().StartLinePosition.Character);
        Assert.Equal("Account snapshot value is invalid", d.Descriptor.Title.ToString());
        Assert.EndsWith("docs/rules/inputs.md#th0208", d.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.Null(SnapshotHarness.Handles(result));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"version\": 2}")]
    public void Garbage_never_fails_the_generator(string text)
    {
        var (_, result, output) = SnapshotHarness.Run([SnapshotHarness.Snapshot(text)]);

        var problems = GeneratorHarness.Problems(result, output);
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith("TH02", p.Id, StringComparison.Ordinal));
        Assert.Null(result.Results.Single().Exception);
    }

    [Fact]
    public void A_stale_snapshot_is_a_TH0214_warning_at_capturedAt_and_still_generates()
    {
        string text = SnapshotFiles.Valid("2026-10-01T23:59:59Z");

        var (_, result, output) = SnapshotHarness.Run([SnapshotHarness.Snapshot(text)], SnapshotHarness.Settings("2026-11-25"));

        var d = Assert.Single(GeneratorHarness.Problems(result, output));
        Assert.Equal(("TH0214", DiagnosticSeverity.Warning, 3, 2), (d.Id, d.Severity, d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("captured on 2026-10-01, 55 days ago, more than TrustHubGenSnapshotMaxAgeDays (30)", d.GetMessage(), StringComparison.Ordinal);
        Assert.NotNull(SnapshotHarness.Handles(result));
    }

    [Theory]
    [InlineData("2026-10-26", null, false)] // 30 days: not yet stale
    [InlineData("2026-10-25", null, true)]
    [InlineData("2026-10-25", "31", false)]
    [InlineData("2020-01-01", "0", false)] // 0 turns the check off
    [InlineData("2026-12-31", null, false)] // captured "after" today: not stale
    public void Staleness_follows_max_age_days(string capturedDay, string? maxAge, bool stale)
    {
        var (_, result, output) = SnapshotHarness.Run([SnapshotHarness.Snapshot(SnapshotFiles.Valid(capturedDay + "T12:00:00Z"))], SnapshotHarness.Settings("2026-11-25", maxAge));

        Assert.Equal(stale, GeneratorHarness.Problems(result, output).Any(p => p.Id == "TH0214"));
    }

    [Fact]
    public void Without_a_date_from_msbuild_the_age_is_not_checked()
    {
        var (_, result, output) = SnapshotHarness.Run([SnapshotHarness.Snapshot(SnapshotFiles.Valid("2001-01-01T00:00:00Z"))], SnapshotHarness.Settings(today: null));

        Assert.Empty(GeneratorHarness.Problems(result, output));
    }

    [Theory]
    [InlineData("2026-11-25", "thirty", "TrustHubGenSnapshotMaxAgeDays 'thirty'")]
    [InlineData("2026-11-25", "-1", "TrustHubGenSnapshotMaxAgeDays '-1'")]
    [InlineData("25/11/2026", null, "TrustHubGenSnapshotToday '25/11/2026'")]
    public void Bad_settings_are_a_TH0216_warning(string today, string? maxAge, string message)
    {
        var (_, result, output) = SnapshotHarness.Run([SnapshotHarness.Snapshot(SnapshotFiles.Valid())], SnapshotHarness.Settings(today, maxAge));

        var d = Assert.Single(GeneratorHarness.Problems(result, output));
        Assert.Equal(("TH0216", DiagnosticSeverity.Warning), (d.Id, d.Severity));
        Assert.Contains(message, d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_snapshots_are_a_TH0217_error_on_the_second_and_the_first_is_used()
    {
        var (_, result, output) = SnapshotHarness.Run([
            SnapshotHarness.Snapshot(SnapshotFiles.Valid(), "/app/b/trusthub.snapshot.json"),
            SnapshotHarness.Snapshot(SnapshotFiles.Valid().Replace("Owl CNAM", "First CNAM", StringComparison.Ordinal), "/app/a/trusthub.snapshot.json")]);

        var d = Assert.Single(GeneratorHarness.Problems(result, output));
        Assert.Equal(("TH0217", "/app/b/trusthub.snapshot.json"), (d.Id, d.Location.GetLineSpan().Path));
        Assert.Contains("FirstCNAM", SnapshotHarness.Handles(result), StringComparison.Ordinal);
    }

    [Fact]
    public void The_Snapshot_kind_is_not_reported_as_unknown_and_is_case_insensitive()
    {
        var input = new TestInput(SnapshotHarness.Path, SnapshotFiles.Valid(), "snapshot");

        var (_, result, output) = SnapshotHarness.Run([input]);

        Assert.Empty(GeneratorHarness.Problems(result, output));
        Assert.NotNull(SnapshotHarness.Handles(result));
    }

    [Fact]
    public void Friendly_names_with_line_breaks_and_quotes_stay_valid_csharp()
    {
        string text = SnapshotFiles.Valid().Replace("\"Owl CNAM\"", "\"Owl\\u2028CNAM \\\"x\\\" \\n<y>\"", StringComparison.Ordinal);

        var (_, result, output) = SnapshotHarness.Run([.. WithSdk, SnapshotHarness.Snapshot(text)]);

        Assert.Empty(GeneratorHarness.Problems(result, output));
        Assert.Contains("TrustProducts", SnapshotHarness.Handles(result), StringComparison.Ordinal);
    }
}
