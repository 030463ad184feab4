using TrustHubGen.Policies.Snapshots;
using TrustHubGen.Policies.Tests.Snapshots;

namespace TrustHubGen.Policies.Tests;

/// <summary>
/// Positions on lines holding non-ASCII text: columns count UTF-16 code units, as editors and the compiler do, not UTF-8
/// bytes (System.Text.Json's BytePositionInLine), and lines end where the compiler ends them (CR, LF, CR LF, NEL, LS, PS).
/// </summary>
public class NonAsciiPositionTests
{
    private const string Path = "policies/accents.json";

    // 'é' is 2 bytes, '☕' 3, '📞' 4 (and 2 UTF-16 code units): 6 more bytes than code units before the error.
    private const string Accents = "Café ☕ 📞";

    [Fact]
    public void A_semantic_error_after_accents_and_emoji_on_its_line_is_at_the_character_column()
    {
        string text = PolicyText.Replace(4, "\"kind\": \"trust-product\"", "\"description\": \"" + Accents + "\", \"kind\": \"trust_product\"");

        InputDiagnostic d = Assert.Single(PolicyReader.Read(Path, text).Diagnostics, x => x.Id == "TH0107");

        Assert.Equal((4, SnapshotText.ColumnOf(text, 4, "\"trust_product\"")), (d.Line, d.Column));
    }

    [Fact]
    public void A_syntax_error_after_accents_and_emoji_on_its_line_is_at_the_character_column()
    {
        string text = PolicyText.Replace(3, "\"Sample trust product\",", "\"" + Accents + "\",,");

        InputDiagnostic d = Assert.Single(PolicyReader.Read(Path, text).Diagnostics);

        Assert.Equal(("TH0102", 3, SnapshotText.ColumnOf(text, 3, ",,") + 1), (d.Id, d.Line, d.Column));
        Assert.Contains("Unexpected ','", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_started_after_emoji_names_its_start_in_characters()
    {
        string text = "{ \"friendlyName\": \"" + Accents + "\", \"source\": \"unterminated";

        InputDiagnostic d = Assert.Single(PolicyReader.Read(Path, text).Diagnostics);

        Assert.Equal(("TH0102", 0, text.Length), (d.Id, d.Line, d.Column));
        Assert.Contains("string that starts at line 1, column " + (text.IndexOf("\"unterminated", StringComparison.Ordinal) + 1), d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    [InlineData("\r")]
    public void A_line_separator_inside_a_string_starts_a_line_as_the_compiler_counts_lines(string separator)
    {
        // Raw LS, PS and NEL are legal inside a JSON string (only U+0000-U+001F must be escaped), and the compiler starts
        // a line after each, so the next token's line and column are counted from there.
        string text = "{ \"description\": \"a" + separator + "b\", \"kind\": \"trust_product\" }";

        EquatableArray<InputDiagnostic> diagnostics = PolicyReader.Read(Path, text).Diagnostics;

        int afterSeparator = text.IndexOf(separator, StringComparison.Ordinal) + 1;
        if (separator == "\r")
        {
            // A raw CR is a control character JSON refuses inside a string: the error is on the string's line.
            Assert.Equal(("TH0102", 0), (diagnostics[0].Id, diagnostics[0].Line));
            return;
        }

        InputDiagnostic d = Assert.Single(diagnostics, x => x.Id == "TH0107");
        Assert.Equal((1, text.IndexOf("\"trust_product\"", StringComparison.Ordinal) - afterSeparator), (d.Line, d.Column));
    }

    [Fact]
    public void A_snapshot_value_after_accents_and_emoji_on_its_line_is_at_the_character_column()
    {
        string text = SnapshotText.Replace(8, "\"friendlyName\": \"Main line\", \"type\": \"local\"", "\"friendlyName\": \"" + Accents + "\", \"type\": \"landline\"");

        InputDiagnostic d = Assert.Single(AccountSnapshotReader.Read("app/trusthub.snapshot.json", text).Diagnostics);

        Assert.Equal(("TH0208", 8, SnapshotText.ColumnOf(text, 8, "\"landline\"")), (d.Id, d.Line, d.Column));
    }

    [Fact]
    public void A_snapshot_syntax_error_after_non_ascii_text_is_at_the_character_column()
    {
        string text = SnapshotText.Replace(8, "\"friendlyName\": \"Main line\",", "\"friendlyName\": \"Zoë's 日本語 📞\" \"type2\": 1,");

        InputDiagnostic d = Assert.Single(AccountSnapshotReader.Read("app/trusthub.snapshot.json", text).Diagnostics);

        Assert.Equal(("TH0202", 8, SnapshotText.ColumnOf(text, 8, "\"type2\"")), (d.Id, d.Line, d.Column));
        Assert.Contains("a ',' or '}' is expected", d.Message, StringComparison.Ordinal);
    }
}
