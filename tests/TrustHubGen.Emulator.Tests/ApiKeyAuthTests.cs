using System.Net;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>API keys (SK… + secret) in place of the auth token, as Twilio accepts them.</summary>
public sealed class ApiKeyAuthTests : IAsyncLifetime
{
    private TestEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TestEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task The_main_accounts_api_key_acts_for_the_main_account_on_trust_hub_and_api_2010()
    {
        using var client = _emulator.ClientAs(EmulatorDefaults.ApiKeySid, EmulatorDefaults.ApiKeySecret);

        var profiles = await client.GetAsync("v1/CustomerProfiles");
        Assert.Equal(HttpStatusCode.OK, profiles.Status);
        Assert.Contains(profiles.Json.GetProperty("results").EnumerateArray(), p => p.GetProperty("sid").GetString() == _emulator.Profile);

        var numbers = await client.GetAsync($"2010-04-01/Accounts/{_emulator.Host.AccountSid}/IncomingPhoneNumbers.json");
        Assert.Equal(HttpStatusCode.OK, numbers.Status);
        Assert.NotEmpty(numbers.Json.GetProperty("incoming_phone_numbers").EnumerateArray());
    }

    [Fact]
    public async Task The_api_key_reaches_the_main_accounts_subaccounts_through_api_2010_paths()
    {
        using var client = _emulator.ClientAs(EmulatorDefaults.ApiKeySid, EmulatorDefaults.ApiKeySecret);

        var sub = await client.GetAsync($"2010-04-01/Accounts/{_emulator.Seed.SubaccountSid}/IncomingPhoneNumbers.json");

        Assert.Equal(HttpStatusCode.OK, sub.Status);
    }

    [Fact]
    public async Task A_wrong_secret_or_an_unknown_key_gets_401()
    {
        using var wrongSecret = _emulator.ClientAs(EmulatorDefaults.ApiKeySid, "not-the-secret");
        AssertError(await wrongSecret.GetAsync("v1/CustomerProfiles"), HttpStatusCode.Unauthorized, 20003);
        using var unknownKey = _emulator.ClientAs("SK" + new string('0', 32), EmulatorDefaults.ApiKeySecret);
        AssertError(await unknownKey.GetAsync("v1/CustomerProfiles"), HttpStatusCode.Unauthorized, 20003);
    }

    [Fact]
    public async Task Api_keys_can_be_turned_off()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.ApiKeySid = null);
        using var client = emulator.ClientAs(EmulatorDefaults.ApiKeySid, EmulatorDefaults.ApiKeySecret);
        AssertError(await client.GetAsync("v1/CustomerProfiles"), HttpStatusCode.Unauthorized, 20003);
    }

    [Fact]
    public async Task A_malformed_api_key_option_is_refused_at_start_naming_it()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => TestEmulator.StartAsync(o => o.ApiKeySid = "SK123"));
        Assert.Contains("ApiKeySid \"SK123\"", error.Message, StringComparison.Ordinal);
    }
}
