using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Policies.Tests.Snapshots;

public class AccountSnapshotReaderTests
{
    private const string Path = "app/trusthub.snapshot.json";

    [Fact]
    public void The_sample_reads_into_the_expected_snapshot()
    {
        SnapshotReadResult result = AccountSnapshotReader.Read(Path, SnapshotText.Valid);

        Assert.Empty(result.Diagnostics);
        var expected = new AccountSnapshot(
            SnapshotText.Account,
            "2026-11-21T19:00:00Z",
            EquatableArray.Create(new SnapshotProfile(SnapshotText.Profile, "Owl Industries", "twilio-approved", SnapshotText.PrimaryPolicy, EquatableArray.Create(SnapshotText.Local), 5)),
            EquatableArray.Create(
                new SnapshotNumber(SnapshotText.Local, "+12125550100", "Main line", "local", "US", 8),
                new SnapshotNumber(SnapshotText.TollFree, "+18005550100", null, "toll-free", "US", 9)),
            EquatableArray.Create(new SnapshotTrustProduct(SnapshotText.Product, "Owl CNAM", "draft", SnapshotText.CnamPolicy,
                EquatableArray.Create(SnapshotText.Local), EquatableArray.Create(SnapshotText.Profile, SnapshotText.EndUser), 12)));
        Assert.Equal(expected, result.Snapshot);
    }

    [Fact]
    public void Two_reads_are_value_equal_and_an_edit_is_not()
    {
        SnapshotReadResult first = AccountSnapshotReader.Read(Path, SnapshotText.Valid);
        SnapshotReadResult second = AccountSnapshotReader.Read(Path, new string(SnapshotText.Valid.ToCharArray()));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first.Snapshot, AccountSnapshotReader.Read(Path, SnapshotText.Replace(8, "Main line", "Main")).Snapshot);
    }

    [Fact]
    public void Empty_lists_a_schema_reference_and_a_byte_order_mark_are_fine()
    {
        string text = "\uFEFF{ \"$schema\": \"../specs/snapshot/snapshot.schema.json\", \"version\": 1, \"accountSid\": \"" + SnapshotText.Account
            + "\", \"capturedAt\": \"2026-01-02T03:04:05.123+01:00\", \"businessProfiles\": [], \"numbers\": [], \"trustProducts\": [] }";

        SnapshotReadResult result = AccountSnapshotReader.Read(Path, text);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Snapshot!.Numbers);
        Assert.True(AccountSnapshotReader.TryParseTimestamp(result.Snapshot.CapturedAt, out DateTimeOffset at));
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 2, 4, 5, 123, TimeSpan.Zero), at.ToUniversalTime());
    }

    [Theory]
    [InlineData("", "TH0201", 0, 0)]
    [InlineData("  \n\t ", "TH0201", 0, 0)]
    [InlineData("{ \"version\": 1, }", "TH0202", 0, 16)]
    [InlineData("[1, 2]", "TH0203", 0, 0)]
    [InlineData("{} {}", "TH0202", 0, 3)]
    public void Syntax_and_shape_errors_have_their_position(string text, string id, int line, int column)
    {
        SnapshotReadResult result = AccountSnapshotReader.Read(Path, text);

        InputDiagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal((id, line, column, InputSeverity.Error, Path), (d.Id, d.Line, d.Column, d.Severity, d.Path));
        Assert.Null(result.Snapshot);
    }

    [Fact]
    public void Trailing_text_says_snapshot_file_not_policy_file()
    {
        InputDiagnostic d = Assert.Single(AccountSnapshotReader.Read(Path, "{} x").Diagnostics);
        Assert.Contains("the file holds exactly one JSON object", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_TH0212()
    {
        InputDiagnostic d = Assert.Single(AccountSnapshotReader.Read(Path, new string('[', 100_000)).Diagnostics);
        Assert.Equal(("TH0212", 0, 64), (d.Id, d.Line, d.Column));
    }

    [Theory]
    [InlineData("1,", "2,", "\"version\" is 2")]
    [InlineData("1,", "\"1\",", "\"version\" is a string")]
    [InlineData("1,", "1.0,", "\"version\" is 1.0")]
    public void Another_version_is_TH0206_and_nothing_else(string oldValue, string newValue, string message)
    {
        string text = SnapshotText.Replace(1, oldValue, newValue) .Replace("\"numbers\": [", "\"numbers\": 5, \"x\": [", StringComparison.Ordinal);

        InputDiagnostic d = Assert.Single(AccountSnapshotReader.Read(Path, text).Diagnostics);
        Assert.Equal(("TH0206", 1, 13), (d.Id, d.Line, d.Column));
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_version_is_TH0204_at_the_object()
    {
        InputDiagnostic d = Assert.Single(AccountSnapshotReader.Read(Path, SnapshotText.WithLine(1, "")).Diagnostics);
        Assert.Equal(("TH0204", 0, 0), (d.Id, d.Line, d.Column));
        Assert.Contains("\"version\"", d.Message, StringComparison.Ordinal);
    }

    public static TheoryData<int, string, string, string, string> BadValues => new()
    {
        // line, old, new, expected id, fragment the diagnostic points at (on the edited line)
        { 2, "AC0123456789abcdef0123456789abcdef", "AC0123", "TH0207", "\"AC0123\"" },
        { 2, "AC0123456789abcdef0123456789abcdef", "BU0123456789abcdef0123456789abcdef", "TH0207", "\"BU0123" },
        { 2, "AC0123456789abcdef0123456789abcdef", "AC0123456789abcdef0123456789abcdeg", "TH0207", "\"AC0123" },
        { 3, "2026-11-21T19:00:00Z", "2026-11-21", "TH0208", "\"2026-11-21\"" },
        { 3, "2026-11-21T19:00:00Z", "2026-13-21T19:00:00Z", "TH0208", "\"2026-13" },
        { 3, "2026-11-21T19:00:00Z", "2026-11-21T19:00:00", "TH0208", "\"2026-11" },
        { 3, "\"2026-11-21T19:00:00Z\"", "20261121", "TH0203", "20261121" },
        { 5, "\"policySid\": \"RN6433641899984f951173ef1738c3bdd0\"", "\"policySid\": \"RNnope\"", "TH0207", "\"RNnope\"" },
        { 5, "\"status\": \"twilio-approved\"", "\"status\": \"\"", "TH0208", "\"\"" },
        { 5, "\"friendlyName\": \"Owl Industries\"", "\"friendlyName\": 3", "TH0203", "3," },
        { 5, "[\"PN33333333333333333333333333333333\"]", "[\"PN33333333333333333333333333333333\", 7]", "TH0203", "7]" },
        { 5, "[\"PN33333333333333333333333333333333\"]", "[\"IT33333333333333333333333333333333\"]", "TH0207", "\"IT3333" },
        { 5, "[\"PN33333333333333333333333333333333\"]", "[\"PN33333333333333333333333333333333\", \"PN33333333333333333333333333333333\"]", "TH0210", "\"PN33333333333333333333333333333333\"]" },
        { 5, "[\"PN33333333333333333333333333333333\"]", "[\"PN99999999999999999999999999999999\"]", "TH0211", "\"PN9999" },
        { 12, "\"sid\": \"BU22222222222222222222222222222222\"", "\"sid\": \"BU11111111111111111111111111111111\"", "TH0210", "{" },
        { 8, "\"+12125550100\"", "\"212-555-0100\"", "TH0208", "\"212-555" },
        { 8, "\"type\": \"local\"", "\"type\": \"landline\"", "TH0208", "\"landline\"" },
        { 8, "\"country\": \"US\"", "\"country\": \"us\"", "TH0208", "\"us\"" },
        { 8, "\"country\": \"US\"", "\"country\": \"USA\"", "TH0208", "\"USA\"" },
        { 9, "PN44444444444444444444444444444444", "PN33333333333333333333333333333333", "TH0210", "{" },
        { 9, "\"+18005550100\", \"friendlyName\": null, \"type\": \"toll-free\"", "\"+12125550100\", \"friendlyName\": null, \"type\": \"local\"", "TH0210", "{" },
        { 12, "\"entities\": [", "\"entities\": [\"ITshort\", ", "TH0207", "\"ITshort\"" },
        { 12, "\"numbers\": [\"PN33333333333333333333333333333333\"]", "\"numbers\": [\"PN99999999999999999999999999999999\"]", "TH0211", "\"PN9999" },
        { 12, "\"numbers\": [\"PN33333333333333333333333333333333\"]", "\"numbers\": {}", "TH0203", "{}" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Each_bad_value_is_one_error_at_its_token(int line, string oldValue, string newValue, string id, string at)
    {
        string text = SnapshotText.Replace(line, oldValue, newValue);

        SnapshotReadResult result = AccountSnapshotReader.Read(Path, text);

        InputDiagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal((id, InputSeverity.Error, line, SnapshotText.ColumnOf(text, line, at)), (d.Id, d.Severity, d.Line, d.Column));
        Assert.Null(result.Snapshot);
    }

    [Fact]
    public void A_profile_number_missing_from_numbers_names_profile_number_and_fix()
    {
        string text = SnapshotText.Replace(5, SnapshotText.Local, "PN99999999999999999999999999999999");

        InputDiagnostic d = Assert.Single(AccountSnapshotReader.Read(Path, text).Diagnostics);
        Assert.Equal(
            "The Business Profile " + SnapshotText.Profile + " lists the number PN99999999999999999999999999999999, which is not in the snapshot's \"numbers\"; add it there or capture the snapshot again.",
            d.Message);
    }

    [Theory]
    [InlineData(0, "{ \"extra\": true,", "\"extra\"")]
    [InlineData(8, "{ \"sid\": \"PN33333333333333333333333333333333\", \"phoneNumber\": \"+12125550100\", \"type\": \"local\", \"country\": \"US\", \"note\": 1 },", "\"note\"")]
    public void Unknown_properties_are_warnings_that_keep_the_snapshot(int line, string content, string at)
    {
        string text = SnapshotText.WithLine(line, content);
        SnapshotReadResult result = AccountSnapshotReader.Read(Path, text);

        InputDiagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("TH0205", InputSeverity.Warning, line, SnapshotText.ColumnOf(text, line, at)), (d.Id, d.Severity, d.Line, d.Column));
        Assert.NotNull(result.Snapshot);
    }

    [Fact]
    public void A_number_without_friendly_name_reads_as_null()
    {
        string text = SnapshotText.Replace(8, "\"friendlyName\": \"Main line\", ", "");
        Assert.Null(AccountSnapshotReader.Read(Path, text).Snapshot!.Numbers[0].FriendlyName);
        Assert.Null(AccountSnapshotReader.Read(Path, SnapshotText.Replace(8, "\"Main line\"", "\"\"")).Snapshot!.Numbers[0].FriendlyName);
    }

    [Theory]
    [InlineData("\"type\": \"local\"", "\"type\": \"toll-free\"", "\"toll-free\"", "is not a toll-free number")]
    [InlineData("\"country\": \"US\"", "\"country\": \"CA\"", "\"CA\"", "is a number from US")]
    public void A_type_or_country_that_contradicts_the_number_is_a_TH0215_warning(string oldValue, string newValue, string at, string message)
    {
        string text = SnapshotText.Replace(8, oldValue, newValue);

        SnapshotReadResult result = AccountSnapshotReader.Read(Path, text);

        InputDiagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("TH0215", InputSeverity.Warning, 8, SnapshotText.ColumnOf(text, 8, at)), (d.Id, d.Severity, d.Line, d.Column));
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
        Assert.NotNull(result.Snapshot);
    }

    [Fact]
    public void Unknown_type_and_empty_country_are_accepted_for_numbers_outside_the_nanp()
    {
        string text = SnapshotText.Replace(8, "\"+12125550100\", \"friendlyName\": \"Main line\", \"type\": \"local\", \"country\": \"US\"", "\"+442071838750\", \"friendlyName\": \"London\", \"type\": \"unknown\", \"country\": \"\"");

        SnapshotReadResult result = AccountSnapshotReader.Read(Path, text);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(("unknown", ""), (result.Snapshot!.Numbers[0].Type, result.Snapshot.Numbers[0].Country));
    }

    [Fact]
    public void A_duplicate_property_is_TH0209_at_the_second_name()
    {
        string text = SnapshotText.Replace(8, "\"type\": \"local\"", "\"type\": \"local\", \"type\": \"mobile\"");

        InputDiagnostic d = Assert.Single(AccountSnapshotReader.Read(Path, text).Diagnostics);
        Assert.Equal(("TH0209", 8, SnapshotText.ColumnOf(text, 8, "\"type\": \"mobile\"")), (d.Id, d.Line, d.Column));
    }

    [Fact]
    public void Every_missing_field_of_a_number_is_reported_at_the_number()
    {
        string text = SnapshotText.WithLine(8, "    {},");

        SnapshotReadResult result = AccountSnapshotReader.Read(Path, text);

        string[] missing = result.Diagnostics.Where(d => d.Id == "TH0204").Select(d => d.Message).ToArray();
        Assert.Equal(4, missing.Length);
        Assert.All(result.Diagnostics.Where(d => d.Id == "TH0204"), d => Assert.Equal((8, 4), (d.Line, d.Column)));
        Assert.Contains(missing, m => m.Contains("numbers[0] is missing the required property \"phoneNumber\"", StringComparison.Ordinal));
        // The profile and trust product still point at the number that is now gone.
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "TH0211"));
        Assert.Equal(6, result.Diagnostics.Count);
    }

    [Fact]
    public void Problems_are_capped_at_100_with_a_final_TH0213()
    {
        string numbers = string.Join(",\n", Enumerable.Range(0, 300).Select(_ => "{ \"sid\": 1 }"));
        string text = "{ \"version\": 1, \"accountSid\": \"" + SnapshotText.Account + "\", \"capturedAt\": \"2026-11-21T19:00:00Z\", \"businessProfiles\": [], \"trustProducts\": [], \"numbers\": [\n" + numbers + "] }";

        EquatableArray<InputDiagnostic> diagnostics = AccountSnapshotReader.Read(Path, text).Diagnostics;

        Assert.Equal(100, diagnostics.Count);
        Assert.Equal("TH0213", diagnostics[99].Id);
    }
}
