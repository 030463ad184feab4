using TrustHubGen.Testing;

namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, headless, as the machine notes prescribe (no sandbox as root, no background networking on this
/// closed network, a fresh profile each time). eng/test.sh installs it where missing (eng/chromium.sh) and names it in
/// TRUSTHUBGEN_CHROMIUM; without it the test fails naming the fix, never skips.
/// </summary>
internal static class HeadlessChromium
{
    public const string Variable = "TRUSTHUBGEN_CHROMIUM";

    private static string Binary()
    {
        var binary = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named ? named : "/usr/bin/chromium";
        return File.Exists(binary) ? binary
            : throw new InvalidOperationException($"No Chromium at {binary}: run the tests with `bash eng/test.sh` (it installs Debian's chromium where missing), " +
                $"or install it (sudo apt-get install -y --no-install-recommends chromium) and set {Variable} if it is elsewhere.");
    }

    /// <summary>Loads <paramref name="url"/> and writes a PNG of the window; returns Chromium's output.</summary>
    public static Task<ProcessResult> ScreenshotAsync(Uri url, string pngPath, int width = 1280, int height = 860) =>
        RunAsync([$"--screenshot={pngPath}", $"--window-size={width},{height}", "--hide-scrollbars", url.AbsoluteUri]);

    /// <summary>The page's DOM after it loaded (what the browser built, not the server's bytes).</summary>
    public static Task<ProcessResult> DumpDomAsync(Uri url) => RunAsync(["--dump-dom", url.AbsoluteUri]);

    private static async Task<ProcessResult> RunAsync(IEnumerable<string> arguments)
    {
        var binary = Binary();
        var profile = Directory.CreateTempSubdirectory("trusthub-chromium-");
        try
        {
            string[] flags =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.FullName}",
            ];
            return await ProcessRunner.RunAsync(binary, flags.Concat(arguments), profile.FullName, TimeSpan.FromMinutes(2));
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
