using TrustHubGen.AspNetCore;
using TrustHubGen.Durable.Tests.Infrastructure;
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

    [Fact]
    public async Task Accounts_with_no_token_are_looked_up_at_most_UnknownAccountLookups_times_per_interval_unless_found_ours()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ReviewStepDelay = TimeSpan.Zero });
        var counting = new CountingTransport(StatusCallbackEndpointTests.Transport(emulator));
        var clock = new ManualClock();
        var tokens = new SubaccountAuthTokens(counting, clock) { UnknownAccountLookups = 5 };
        var ours = emulator.Seed.SubaccountSid!;

        // Our account found: its place is given back. Then a forger names a new random account each time.
        Assert.Equal(emulator.Seed.SubaccountAuthToken, await tokens.GetAuthTokenAsync(ours, refresh: false, default));
        foreach (var forged in ForgedCallbackTests.RandomAccounts(100))
            Assert.Null(await tokens.GetAuthTokenAsync(forged, refresh: false, default));
        Assert.Equal(1 + 5, counting.Requests);

        // Our known account still verifies (cached) and is still looked up again after a failed signature.
        clock.Advance(tokens.LookupInterval / 2);
        Assert.Equal(emulator.Seed.SubaccountAuthToken, await tokens.GetAuthTokenAsync(ours, refresh: false, default));
        clock.Advance(tokens.LookupInterval / 2);
        Assert.Equal(emulator.Seed.SubaccountAuthToken, await tokens.GetAuthTokenAsync(ours, refresh: true, default));
        Assert.Equal(1 + 5 + 1, counting.Requests);

        // An interval after the forgeries, unknown accounts may be looked up again, within the same bound.
        foreach (var forged in ForgedCallbackTests.RandomAccounts(100))
            Assert.Null(await tokens.GetAuthTokenAsync(forged, refresh: false, default));
        Assert.Equal(1 + 5 + 1 + 5, counting.Requests);
    }

    [Fact]
    public async Task A_wall_clock_set_back_does_not_stop_lookups()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ReviewStepDelay = TimeSpan.Zero });
        var counting = new CountingTransport(StatusCallbackEndpointTests.Transport(emulator));
        var clock = new ManualClock();
        var tokens = new SubaccountAuthTokens(counting, clock);
        var ours = emulator.Seed.SubaccountSid!;
        Assert.Equal(emulator.Seed.SubaccountAuthToken, await tokens.GetAuthTokenAsync(ours, refresh: false, default));

        // NTP steps the clock back an hour; a minute later the rotated token must be looked up, not an hour and a minute later.
        clock.SetWallClock(clock.GetUtcNow() - TimeSpan.FromHours(1));
        clock.Advance(tokens.LookupInterval);
        Assert.Equal(emulator.Seed.SubaccountAuthToken, await tokens.GetAuthTokenAsync(ours, refresh: true, default));
        Assert.Equal(2, counting.Requests);
    }

    /// <summary>A wall clock that can be set, and a monotonic one that only moves forward with <see cref="Advance"/>.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 5, 0, 0, 0, TimeSpan.Zero);
        private long _ticks = 1_000_000;

        public override DateTimeOffset GetUtcNow() => _now;

        public override long GetTimestamp() => _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public void Advance(TimeSpan by)
        {
            _now += by;
            _ticks += by.Ticks;
        }

        public void SetWallClock(DateTimeOffset now) => _now = now;
    }
}
