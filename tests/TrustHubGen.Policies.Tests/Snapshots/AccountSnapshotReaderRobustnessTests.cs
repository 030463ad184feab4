using System.Text;
using TrustHubGen.Policies.Reading;
using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Policies.Tests.Snapshots;

/// <summary>Whatever the input, the reader answers with diagnostics and never throws (ReadCore has no safety net).</summary>
public class AccountSnapshotReaderRobustnessTests
{
    private const string Path = "fuzz.snapshot.json";

    [Fact]
    public void Every_prefix_of_the_sample_reads_without_throwing()
    {
        string text = SnapshotText.Valid;
        for (int length = 0; length < text.Length; length++)
        {
            AssertWellBehaved(text.Substring(0, length), expectError: true);
        }
    }

    [Fact]
    public void Random_mutations_of_the_sample_read_without_throwing()
    {
        const string alphabet = "{}[]\",:\\ \n\r\t0123456789-+.eEtrufalsnABPNRUITC\u00e9\uFEFF\u0000\uD800aZ";
        var random = new Random(20261121);
        int errors = 0;
        for (int round = 0; round < 5000; round++)
        {
            var text = new StringBuilder(SnapshotText.Valid);
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

            errors += AssertWellBehaved(text.ToString(), expectError: false) ? 1 : 0;
        }

        // Most mutations break something; the few harmless ones (inside a friendly name) must still read.
        Assert.InRange(errors, 4000, 5000);
    }

    [Fact]
    public void Structural_mutations_that_stay_valid_json_read_without_throwing()
    {
        // Swap values between properties, so every field meets every wrong JSON type and value.
        string[] values = { "1", "2", "null", "true", "\"\"", "[]", "{}", "[1]", "[{}]", "\"x\"", "\"" + SnapshotText.Local + "\"", "-0.5e3", "[\"" + SnapshotText.Local + "\", \"" + SnapshotText.Local + "\"]" };
        string[] names = { "version", "accountSid", "capturedAt", "businessProfiles", "numbers", "trustProducts", "sid", "friendlyName", "status", "policySid", "phoneNumber", "type", "country", "entities" };
        foreach (string name in names)
        {
            foreach (string value in values)
            {
                string text = System.Text.RegularExpressions.Regex.Replace(SnapshotText.Valid, "\"" + name + "\": (\"[^\"]*\"|\\[[^\\]]*\\]|[0-9]+|null)", "\"" + name + "\": " + value);
                AssertWellBehaved(text, expectError: false);
            }
        }
    }

    [Fact]
    public void Random_strings_read_without_throwing()
    {
        var random = new Random(11);
        for (int round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 200)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = round % 2 == 0 ? (char)random.Next(0, 0x10000) : "{}[]\",:1 \n\"a"[random.Next(12)];
            }

            AssertWellBehaved(new string(chars), expectError: true);
        }
    }

    [Fact]
    public void A_large_snapshot_reads_in_full()
    {
        var numbers = Enumerable.Range(0, 20_000).Select(i =>
            $"{{ \"sid\": \"PN{i:x32}\", \"phoneNumber\": \"+1212{i + 2_000_000:D7}\", \"friendlyName\": \"n{i}\", \"type\": \"local\", \"country\": \"US\" }}");
        string onProfile = string.Join(", ", Enumerable.Range(0, 20_000).Select(i => $"\"PN{i:x32}\""));
        string text = "{ \"version\": 1, \"accountSid\": \"" + SnapshotText.Account + "\", \"capturedAt\": \"2026-11-21T19:00:00Z\",\n"
            + "\"businessProfiles\": [{ \"sid\": \"" + SnapshotText.Profile + "\", \"friendlyName\": \"p\", \"status\": \"twilio-approved\", \"policySid\": \"" + SnapshotText.PrimaryPolicy + "\", \"numbers\": [" + onProfile + "] }],\n"
            + "\"numbers\": [\n" + string.Join(",\n", numbers) + "],\n\"trustProducts\": [] }";

        SnapshotReadResult result = AccountSnapshotReader.Read(Path, text);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(20_000, result.Snapshot!.Numbers.Count);
        Assert.Equal(20_000, result.Snapshot.Profiles[0].NumberSids.Count);
    }

    [Fact]
    public void Null_path_and_text_are_a_diagnostic_not_an_exception()
    {
        SnapshotReadResult result = AccountSnapshotReader.Read(null!, null!);
        Assert.Equal("TH0201", Assert.Single(result.Diagnostics).Id);
    }

    /// <summary>
    /// Reads with the core (no catch-all), checks the result's invariants; returns whether it had an error. Every input
    /// also checks that the shallow parse (lists read one object at a time) reports exactly what a full parse of the same
    /// document does, diagnostic by diagnostic and position by position, and that the UTF-8 entry reads as the text one.
    /// </summary>
    private static bool AssertWellBehaved(string text, bool expectError)
    {
        SnapshotReadResult result = AccountSnapshotReader.ReadCore(Path, text);
        var (full, fullDiagnostics) = ReaderFormat.Snapshot.Read(Path, text, SnapshotBinder.Bind, shallow: false);
        Assert.Equal(fullDiagnostics, result.Diagnostics);
        Assert.Equal(full?.Snapshot, result.Snapshot);
        Assert.Equal((full?.CapturedAtLine ?? 0, full?.CapturedAtColumn ?? 0), (result.CapturedAtLine, result.CapturedAtColumn));
        Assert.Equal(result, AccountSnapshotReader.ReadCore(Path, Encoding.UTF8.GetBytes(text)));
        bool hasError = result.Diagnostics.Any(d => d.Severity == InputSeverity.Error);
        Assert.Equal(hasError, result.Snapshot is null);
        Assert.True(!expectError || hasError || text.Length == SnapshotText.Valid.Length, "expected an error for: " + text);
        Assert.InRange(result.Diagnostics.Count, 0, 100);
        // Lines as the compiler counts them (CR, LF, CR LF, NEL, LS, PS end a line), which diagnostics use.
        int lines = text.Replace("\r\n", "\n").Split('\n', '\r', '\u0085', '\u2028', '\u2029').Length;
        foreach (InputDiagnostic d in result.Diagnostics)
        {
            Assert.StartsWith("TH02", d.Id, StringComparison.Ordinal);
            Assert.InRange(d.Line, 0, lines - 1);
            Assert.True(d.Column >= 0);
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
        }

        return hasError;
    }
}
