using System.Text.RegularExpressions;
using TrustHubGen.Testing;

namespace TrustHubGen.Cli.Tests;

/// <summary>
/// The <c>--json</c> documents users and their CI parse, byte for byte: field order, nulls, number and string formats and
/// indentation stay as they are whatever writes them. Only what differs between runs is normalised: the emulator's
/// port, and SIDs of products created by the run. TRUSTHUBGEN_UPDATE_BASELINES=1 rewrites the baselines (read the diff).
/// </summary>
public sealed partial class JsonOutputBaselineTests
{
    [Theory]
    [InlineData("onboard-run.json", new[] { "onboard", "cnam", "shaken-stir", "--emulator", "--json" })]
    [InlineData("onboard-usage-error.json", new[] { "onboard", "cnam", "--emulator", "--numbers", "PN123", "--json" })]
    [InlineData("onboard-parse-error.json", new[] { "onboard", "cnam", "--concurrency", "many", "--json" })]
    [InlineData("sync-emulator.json", new[] { "sync", "--emulator", "--output", "SNAPSHOT", "--json" })]
    public async Task Json_documents_match_their_baselines_byte_for_byte(string baseline, string[] args)
    {
        var snapshot = Path.Combine(Path.GetTempPath(), $"baseline-{Guid.NewGuid():N}.json");
        try
        {
            var run = await CliRunner.RunAsync(args.Select(a => a == "SNAPSHOT" ? snapshot : a).ToArray());
            var text = Normalise(run.Out.Replace(snapshot, "SNAPSHOT", StringComparison.Ordinal));
            var path = Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Cli.Tests", "Baselines", baseline);
            if (Environment.GetEnvironmentVariable("TRUSTHUBGEN_UPDATE_BASELINES") == "1")
            {
                File.WriteAllText(path, text);
                return;
            }
            Assert.True(File.Exists(path), $"No baseline {path}; run with TRUSTHUBGEN_UPDATE_BASELINES=1.");
            Assert.Equal(File.ReadAllText(path), text);
        }
        finally
        {
            File.Delete(snapshot);
        }
    }

    /// <summary>The port of the in-process emulator and the SIDs of products this run created vary; nothing else may.</summary>
    private static string Normalise(string json)
    {
        json = Port().Replace(json, "http://127.0.0.1:PORT/");
        var products = new Dictionary<string, string>(StringComparer.Ordinal);
        return ProductSid().Replace(json, m => products.TryGetValue(m.Groups["sid"].Value, out var name)
            ? m.Value.Replace(m.Groups["sid"].Value, name, StringComparison.Ordinal)
            : m.Value.Replace(m.Groups["sid"].Value, products[m.Groups["sid"].Value] = $"BU_PRODUCT_{products.Count + 1}", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex Port();

    [GeneratedRegex("\"product_sid\": \"(?<sid>BU[0-9a-f]{32})\"")]
    private static partial Regex ProductSid();
}
