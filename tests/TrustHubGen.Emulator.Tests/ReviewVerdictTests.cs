using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>Reviews a test decides (manual verdicts), and reviews that survive a restart of the emulator.</summary>
public sealed class ReviewVerdictTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("emulator-review-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task With_manual_verdicts_a_review_waits_in_review_until_decided_and_its_callbacks_follow()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync(o => o.ManualReviewVerdicts = true);
        var product = await CnamReadyToSubmitAsync(emulator, receiver.Url);
        await SetStatusAsync(emulator.Client, product, "pending-review");

        Assert.Equal(["pending-review", "in-review"], (await receiver.WaitForAsync(2)).Select(c => c["Status"]));
        await Task.Delay(200);
        Assert.Equal("in-review", (await emulator.Client.GetAsync($"v1/TrustProducts/{product}")).Str("status"));

        // The bundle meets its policy, yet the test decides a rejection.
        emulator.Host.DecideReview(product, approved: false, 18601, 18602);
        var calls = await receiver.WaitForAsync(3);
        Assert.Equal(("twilio-rejected", "18601,18602"), (calls[2]["Status"], calls[2]["Errors"]));
        var fetched = await emulator.Client.GetAsync($"v1/TrustProducts/{product}");
        Assert.Equal([18601, 18602], fetched.Json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetInt32()));

        Assert.Throws<InvalidOperationException>(() => emulator.Host.DecideReview(product, approved: true));
        Assert.Throws<KeyNotFoundException>(() => emulator.Host.DecideReview("BU00000000000000000000000000000000", approved: true));
    }

    [Fact]
    public async Task A_review_under_way_when_the_emulator_stops_ends_after_the_restart_with_its_callbacks()
    {
        var path = Path.Combine(_directory, "state.json");
        await using var receiver = await CallbackReceiver.StartAsync();
        string product;
        await using (var first = await TestEmulator.StartAsync(o =>
        {
            o.StatePath = path;
            o.ManualReviewVerdicts = true;
        }))
        {
            product = await CnamReadyToSubmitAsync(first, receiver.Url);
            await SetStatusAsync(first.Client, product, "pending-review");
            await receiver.WaitForAsync(2);
        }

        await using var second = await TestEmulator.StartAsync(o => o.StatePath = path);
        var calls = await receiver.WaitForAsync(3);
        Assert.Equal(("twilio-approved", product), (calls[2]["Status"], calls[2]["BundleSid"]));
        Assert.Equal("twilio-approved", (await second.Client.GetAsync($"v1/TrustProducts/{product}")).Str("status"));
    }
}
