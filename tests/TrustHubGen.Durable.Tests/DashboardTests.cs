using global::IsvOnboarding;
using TrustHubGen.Durable.Tests.Infrastructure;
using TrustHubGen.Emulator.Faults;
using TrustHubGen.Testing;

namespace TrustHubGen.Durable.Tests;

/// <summary>Hangfire's dashboard as the integration maps it, shown in a real browser (headless Chromium) while jobs run.</summary>
public sealed class DashboardTests
{
    [Fact]
    public async Task The_running_jobs_page_shows_each_customers_stage_job_in_a_real_browser()
    {
        // Creating a Business Profile takes 3 minutes here, so the customers' first jobs are still running when the browser
        // (slow to start on a loaded machine) looks; stopping the app cancels them (the emulator's delay ends with the request).
        var slowProfiles = new FaultOptions { Routes = { new RouteFault { Method = "POST", Path = "/v1/CustomerProfiles", Latency = TimeSpan.FromMinutes(3) } } };
        await using var isv = await IsvHarness.StartAsync(3, new IsvArguments { Poll = TimeSpan.FromMilliseconds(200) }, o => o.Faults = slowProfiles);
        isv.StartAll();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (isv.JobCounts().Processing < 3)
        {
            Assert.True(DateTime.UtcNow < deadline, $"jobs: {isv.JobCounts()}");
            await Task.Delay(100);
        }
        var page = new Uri(isv.App.Urls.Select(u => new Uri(u)).First(), "/trusthub/jobs/jobs/processing");

        // A job counted as processing may not be on the page yet: look again (a new browser each time) until every
        // customer's job is shown, for at most five looks.
        var names = isv.Customers.Customers.Select(c => $"{c.AccountSid}: submit Business Profile").ToList();
        var dom = await HeadlessChromium.DumpDomAsync(page);
        for (var look = 1; look < 5 && !names.All(dom.Output.Contains); look++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            dom = await HeadlessChromium.DumpDomAsync(page);
        }
        var png = Path.Combine(Path.GetTempPath(), $"trusthub-dashboard-{Guid.NewGuid():N}.png");
        var shot = await HeadlessChromium.ScreenshotAsync(page, png);

        try
        {
            dom.EnsureSuccess("chromium --dump-dom");
            Assert.Contains("TrustHubGen onboarding jobs", dom.Output);
            Assert.Contains("Processing", dom.Output);
            foreach (var name in names) Assert.Contains(name, dom.Output);
            shot.EnsureSuccess("chromium --screenshot");
            var bytes = await File.ReadAllBytesAsync(png);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            var (width, height) = (ReadInt(bytes, 16), ReadInt(bytes, 20));
            Assert.Equal((1280, 860), (width, height));
            Assert.True(bytes.Length > 20_000, $"a {bytes.Length}-byte screenshot is too small to show the page");

            // TRUSTHUBGEN_UPDATE_DOCS=1 refreshes the picture docs/durable.md shows.
            if (Environment.GetEnvironmentVariable("TRUSTHUBGEN_UPDATE_DOCS") == "1")
                File.Copy(png, Path.Combine(RepoPaths.Root, "docs", "durable-dashboard.png"), overwrite: true);
        }
        finally
        {
            File.Delete(png);
        }
    }

    private static int ReadInt(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
}
