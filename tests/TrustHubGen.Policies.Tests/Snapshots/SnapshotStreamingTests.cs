using System.Text;
using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Policies.Tests.Snapshots;

/// <summary>
/// The reader parses the root of a snapshot and reads its lists one object at a time: what that could get wrong (a
/// syntax error inside a list, a second "numbers" list, positions found after the list was read), the UTF-8 entry and
/// the read shared by the generator and the analyzers.
/// </summary>
public class SnapshotStreamingTests
{
    private const string Path = "app/trusthub.snapshot.json";

    [Theory]
    [InlineData("\"country\": \"US\" },", "\"country\": \"US\", },", "JSON does not allow a trailing comma", "}")]
    [InlineData("\"Main line\"", "'Main line'", "Unexpected ''': a JSON value (object, array, string, number, true, false or null) is expected here", "'Main")]
    [InlineData("\"type\": \"local\"", "\"type\" \"local\"", "a ':' is expected after the property name \"type\"", "\"local\"")]
    public void A_syntax_error_inside_a_list_is_explained_and_located_as_anywhere_else(string oldValue, string newValue, string message, string at)
    {
        string text = SnapshotText.Replace(8, oldValue, newValue);

        InputDiagnostic d = Assert.Single(AccountSnapshotReader.Read(Path, text).Diagnostics);

        Assert.Equal("TH0202", d.Id);
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
        Assert.Equal((8, SnapshotText.ColumnOf(text, 8, at)), (d.Line, d.Column));
    }

    [Fact]
    public void An_unclosed_list_names_where_it_opened()
    {
        string text = string.Join("\n", SnapshotText.Lines.Take(9));

        InputDiagnostic d = Assert.Single(AccountSnapshotReader.Read(Path, text).Diagnostics);

        Assert.Equal("TH0202", d.Id);
        Assert.Contains("the array opened at line 8, column 14 is not closed", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_too_deep_inside_a_list_is_TH0212_at_the_bracket_that_goes_too_deep()
    {
        string text = SnapshotText.Replace(8, "\"friendlyName\": \"Main line\"", "\"friendlyName\": " + new string('[', 70));

        InputDiagnostic d = Assert.Single(AccountSnapshotReader.Read(Path, text).Diagnostics);

        Assert.Equal("TH0212", d.Id);
        Assert.Equal((8, SnapshotText.ColumnOf(text, 8, "[") + 61), (d.Line, d.Column));
    }

    [Fact]
    public void The_numbers_of_a_second_numbers_list_are_known_to_the_profiles_though_the_list_is_a_duplicate()
    {
        const string Other = "PN77777777777777777777777777777777";
        string text = SnapshotText.WithLine(13, "  ], \"numbers\": [{ \"sid\": \"" + Other + "\" }]")
            .Replace("\"numbers\": [\"" + SnapshotText.Local + "\"] }", "\"numbers\": [\"" + SnapshotText.Local + "\", \"" + Other + "\"] }", StringComparison.Ordinal);

        var diagnostics = AccountSnapshotReader.Read(Path, text).Diagnostics;

        Assert.Equal("TH0209", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void A_number_a_profile_lists_but_the_snapshot_lacks_is_TH0211_at_that_sid_of_the_profile()
    {
        const string Missing = "PN99999999999999999999999999999999";
        string text = SnapshotText.Replace(5, "\"numbers\": [\"" + SnapshotText.Local + "\"]", "\"numbers\": [\"" + SnapshotText.Local + "\", \"" + Missing + "\"]");

        InputDiagnostic d = Assert.Single(AccountSnapshotReader.Read(Path, text).Diagnostics);

        Assert.Equal(("TH0211", 5, SnapshotText.ColumnOf(text, 5, "\"" + Missing)), (d.Id, d.Line, d.Column));
    }

    [Fact]
    public void The_result_says_where_capturedAt_is_even_after_a_value_or_a_nested_property_of_that_name()
    {
        string text = SnapshotText.Replace(8, "\"Main line\"", "\"capturedAt\"").Replace("{\n  \"version\": 1,", "{\n  \"version\": 1, \"$schema\": \"\\\"capturedAt\\\"\",", StringComparison.Ordinal);

        SnapshotReadResult result = AccountSnapshotReader.Read(Path, text);

        Assert.Empty(result.Diagnostics);
        Assert.Equal((3, 2), (result.CapturedAtLine, result.CapturedAtColumn));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_UTF8_entry_reads_as_the_text_entry_with_or_without_a_byte_order_mark(bool byteOrderMark)
    {
        string text = SnapshotText.Replace(8, "Main line", "Ligne principale é 漢字 😀");
        byte[] utf8 = (byteOrderMark ? new byte[] { 0xEF, 0xBB, 0xBF } : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        SnapshotReadResult fromBytes = AccountSnapshotReader.ReadUtf8(Path, utf8);

        Assert.Equal(AccountSnapshotReader.Read(Path, text), fromBytes);
        Assert.Equal("Ligne principale é 漢字 😀", fromBytes.Snapshot!.Numbers[0].FriendlyName);
    }

    [Fact]
    public void A_UTF8_file_of_only_white_space_and_byte_order_marks_is_empty()
    {
        InputDiagnostic d = Assert.Single(AccountSnapshotReader.ReadUtf8(Path, [0xEF, 0xBB, 0xBF, (byte)' ', (byte)'\n', 0xEF, 0xBB, 0xBF]).Diagnostics);
        Assert.Equal("TH0201", d.Id);
    }

    [Fact]
    public void Text_is_encoded_in_chunks_without_splitting_a_surrogate_pair_and_as_one_string_would_be()
    {
        // A pair across the 16 KiB chunk boundary, a lone high surrogate at a boundary and a lone low one.
        string text = new string('a', 16 * 1024 - 1) + "😀" + new string('b', 16 * 1024 - 2) + "\uD800" + "c\uDC00é";

        byte[] utf8 = SharedSnapshotReader.Utf8(text.Length, text.CopyTo);

        Assert.Equal(Encoding.UTF8.GetBytes(text), utf8);
    }

    [Fact]
    public void The_same_text_object_is_read_once_and_another_with_the_same_content_gets_that_read()
    {
        var text = new StringBuilder(SnapshotText.Valid).ToString();
        var sameContent = new StringBuilder(SnapshotText.Valid).ToString();
        int checksums = 0;

        SnapshotReadResult first = Shared(text, () => { checksums++; return Checksum(text); });
        SnapshotReadResult again = Shared(text, () => { checksums++; return Checksum(text); });
        SnapshotReadResult other = Shared(sameContent, () => Checksum(sameContent));

        Assert.Same(first, again);
        Assert.Equal(1, checksums);
        Assert.Same(first, other);
        Assert.Equal(AccountSnapshotReader.Read(Path, text), first);
    }

    [Fact]
    public void Another_content_or_path_is_read_again()
    {
        string text = SnapshotText.Valid;
        string edited = SnapshotText.Replace(8, "Main line", "Main");

        SnapshotReadResult first = Shared(text, () => Checksum(text));
        SnapshotReadResult changed = Shared(edited, () => Checksum(edited));
        SnapshotReadResult otherPath = SharedSnapshotReader.Read("other/trusthub.snapshot.json", text, text.Length, text.CopyTo, () => Checksum(text));

        Assert.Equal("Main", changed.Snapshot!.Numbers[0].FriendlyName);
        Assert.Equal("Main line", first.Snapshot!.Numbers[0].FriendlyName);
        Assert.Equal("other/trusthub.snapshot.json", otherPath.Diagnostics.IsEmpty ? "other/trusthub.snapshot.json" : otherPath.Diagnostics[0].Path);
        Assert.NotSame(first, otherPath);
    }

    [Fact]
    public void Callers_asking_at_the_same_time_share_one_read()
    {
        string text = SnapshotText.Replace(8, "Main line", "Concurrent");
        var results = new SnapshotReadResult[8];

        Parallel.For(0, results.Length, i =>
        {
            string copy = new StringBuilder(text).ToString();
            results[i] = Shared(copy, () => Checksum(copy));
        });

        Assert.All(results, r => Assert.Same(results[0], r));
    }

    private static SnapshotReadResult Shared(string text, Func<IReadOnlyList<byte>> checksum) =>
        SharedSnapshotReader.Read(Path, text, text.Length, text.CopyTo, checksum);

    private static byte[] Checksum(string text) => System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
