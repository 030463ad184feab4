using System.Text;

namespace TrustHubGen.Policies.Tests;

/// <summary>Whatever the input, the reader answers with diagnostics and never throws (ReadCore has no safety net).</summary>
public class PolicyReaderRobustnessTests
{
    private const string Path = "fuzz.json";

    [Fact]
    public void Every_prefix_of_a_shipped_file_reads_without_throwing()
    {
        string text = File.ReadAllText(System.IO.Path.Combine(TestPaths.PoliciesDir, "cnam.json"));
        for (int length = 0; length < text.Length; length++)
        {
            AssertWellBehaved(text.Substring(0, length));
        }
    }

    [Fact]
    public void Random_mutations_of_a_shipped_file_read_without_throwing()
    {
        string original = File.ReadAllText(System.IO.Path.Combine(TestPaths.PoliciesDir, "primary-business-profile.json"));
        const string alphabet = "{}[]\",:\\ \n\r\t0123456789-+.eEtrufalsn\u00e9\uFEFF\u0000\uD800aZ";
        var random = new Random(20260421);
        for (int round = 0; round < 3000; round++)
        {
            var text = new StringBuilder(original);
            int edits = random.Next(1, 6);
            for (int e = 0; e < edits && text.Length > 0; e++)
            {
                int at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0: text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at)); break;
                    case 1: text.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: text[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }

            AssertWellBehaved(text.ToString());
        }
    }

    [Fact]
    public void Random_strings_read_without_throwing()
    {
        var random = new Random(7);
        for (int round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 200)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = round % 2 == 0 ? (char)random.Next(0, 0x10000) : "{}[]\",:1 \n\"a"[random.Next(12)];
            }

            AssertWellBehaved(new string(chars));
        }
    }

    [Fact]
    public void A_20_MB_valid_file_reads_in_full()
    {
        string names = string.Join(",\n", Enumerable.Range(0, 1_000_000).Select(i => $"\"Generic name {i:D7}\""));
        string text = PolicyText.Replace(10, "\"patternDescription\": \"begins with a letter\"", "\"patternDescription\": \"begins with a letter\", \"disallowedValues\": [" + names + "]");
        Assert.True(text.Length > 20_000_000, "the file must be over 20 MB, is " + text.Length);

        PolicyReadResult result = PolicyReader.Read(Path, text);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(1_000_000, result.Policy!.EndUsers[0].Attributes[0].DisallowedValues.Count);
    }

    [Fact]
    public void A_20_MB_file_of_brackets_is_one_TH0114()
    {
        InputDiagnostic d = Assert.Single(PolicyReader.Read(Path, new string('[', 20_000_000)).Diagnostics);
        Assert.Equal(("TH0114", 0, 64), (d.Id, d.Line, d.Column));
    }

    [Fact]
    public void A_20_MB_unterminated_string_is_one_TH0102()
    {
        InputDiagnostic d = Assert.Single(PolicyReader.Read(Path, "{\"sid\": \"" + new string('a', 20_000_000)).Diagnostics);
        Assert.Equal(("TH0102", 0, 20_000_009), (d.Id, d.Line, d.Column));
    }

    [Fact]
    public void A_20_MB_file_of_newlines_then_garbage_reports_the_right_line()
    {
        InputDiagnostic d = Assert.Single(PolicyReader.Read(Path, new string('\n', 20_000_000) + "@").Diagnostics);
        Assert.Equal(("TH0102", 20_000_000, 0), (d.Id, d.Line, d.Column));
    }

    [Fact]
    public void User_text_in_messages_is_shortened_and_control_characters_are_visible()
    {
        string longName = new string('x', 1_000_000);
        string text = PolicyText.Replace(6, "\"source\": \"tests\"", "\"source\": \"tests\", \"" + longName + "\": 1, \"a\\nb\": 2");
        PolicyReadResult result = PolicyReader.Read(Path, text);

        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.True(d.Message.Length < 400, d.Message));
        Assert.Contains("\"" + new string('x', 79) + "…\"", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("\"a\\u000ab\"", result.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    private static void AssertWellBehaved(string text)
    {
        PolicyReadResult result = PolicyReader.ReadCore(Path, text);
        bool hasError = result.Diagnostics.Any(d => d.Severity == InputSeverity.Error);
        Assert.Equal(result.Policy is null, hasError);
        Assert.True(result.Diagnostics.Count <= 100);
        int lines = text.Count(c => c == '\n') + text.Count(c => c == '\r') + 1;
        foreach (InputDiagnostic d in result.Diagnostics)
        {
            Assert.StartsWith("TH01", d.Id, StringComparison.Ordinal);
            Assert.InRange(d.Line, 0, lines);
            Assert.InRange(d.Column, 0, text.Length);
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
            Assert.Equal(Path, d.Path);
        }
    }
}
