using TrustHubGen.AspNetCore;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Runtime;

namespace TrustHubGen.Durable.Tests;

/// <summary>Subaccount tokens against the emulator: found with the parent's credentials, and never looked up per forged callback.</summary>
public sealed class SubaccountAuthTokensTests
{
    [Fact]
    public async Task Twilio_is_asked_about_an_account_at_most_once_per_interval_whatever_forged_callbacks_ask()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ReviewStepDelay = TimeSpan.Zero });
        var counting = new CountingTransport(StatusCallbackEndpointTests.Transport(emulator));
        var clock = new ManualClock();
        var tokens = new SubaccountAuthTokens(counting, clock);
        var ours = emulator.Seed.SubaccountSid!;
        var foreign = "AC" + new string('e', 32);

        Assert.Equal(emulator.Seed.SubaccountAuthToken, await tokens.GetAuthTokenAsync(ours, refresh: false, default));
        Assert.Null(await tokens.GetAuthTokenAsync(foreign, refresh: false, default));
        for (var i = 0; i < 5; i++)
        {
            // A forged callback for our subaccount fails to verify and asks for a fresh token; one for a foreign account asks again.
            Assert.Equal(emulator.Seed.SubaccountAuthToken, await tokens.GetAuthTokenAsync(ours, refresh: true, default));
            Assert.Null(await tokens.GetAuthTokenAsync(foreign, refresh: false, default));
        }
        Assert.Equal(2, counting.Requests);

        clock.Advance(tokens.LookupInterval);
        Assert.Equal(emulator.Seed.SubaccountAuthToken, await tokens.GetAuthTokenAsync(ours, refresh: true, default));
        Assert.Null(await tokens.GetAuthTokenAsync(foreign, refresh: false, default));
        Assert.Equal(4, counting.Requests);
    }

    private sealed class CountingTransport(ITwilioTransport inner) : ITwilioTransport
    {
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        public Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            return inner.SendAsync(request, cancellationToken);
        }
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 5, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
