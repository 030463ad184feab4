using System.Net;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>Basic auth, subaccount access as Twilio allows, and no leaks across accounts.</summary>
public sealed class AuthAndIsolationTests : IAsyncLifetime
{
    private const string OtherAccount = "AC" + "0123456789abcdef0123456789abcdef";
    private const string OtherToken = "other-token";
    private string _seedFile = null!;
    private TestEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        // A second, unrelated account with its own profile, loaded beside the demo through a seed file.
        _seedFile = Path.Combine(Path.GetTempPath(), $"emulator-isolation-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(_seedFile, $$"""
            {"accounts":[
              {"sid":"{{TestEmulator.Cnam.Replace("RN", "AC")}}","auth_token":"main","friendly_name":"main"},
              {"sid":"{{OtherAccount}}","auth_token":"{{OtherToken}}","friendly_name":"other",
               "incoming_phone_numbers":[{"sid":"PN0123456789abcdef0123456789abcdef","phone_number":"+13125550100"}],
               "customer_profiles":[{"sid":"BU0123456789abcdef0123456789abcdef","policy_sid":"{{TestEmulator.PrimaryProfile}}","status":"twilio-approved",
                 "channel_endpoint_assignments":[{"phone_number":"+13125550100"}]}]}]}
            """);
        _emulator = await TestEmulator.StartAsync(o =>
        {
            o.Seed = _seedFile;
            o.AccountSid = TestEmulator.Cnam.Replace("RN", "AC");
            o.AuthToken = "main";
        });
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        File.Delete(_seedFile);
    }

    [Fact]
    public async Task Missing_credentials_get_401_with_twilios_error_body()
    {
        using var anonymous = new ApiClient(_emulator.Host.BaseAddress, null, null);
        var response = await anonymous.GetAsync("v1/TrustProducts");
        AssertError(response, HttpStatusCode.Unauthorized, 20003);
        Assert.Contains("Basic", response.Message.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        AssertError(await anonymous.GetAsync("2010-04-01/Accounts.json"), HttpStatusCode.Unauthorized, 20003);
    }

    [Fact]
    public async Task Wrong_token_or_unknown_account_get_401()
    {
        using var wrongToken = _emulator.ClientAs(_emulator.Host.AccountSid, "nope");
        AssertError(await wrongToken.GetAsync("v1/CustomerProfiles"), HttpStatusCode.Unauthorized, 20003);
        using var unknown = _emulator.ClientAs("AC" + new string('f', 32), "main");
        AssertError(await unknown.GetAsync("v1/CustomerProfiles"), HttpStatusCode.Unauthorized, 20003);
        using var otherWithMainToken = _emulator.ClientAs(OtherAccount, "main");
        AssertError(await otherWithMainToken.GetAsync("v1/CustomerProfiles"), HttpStatusCode.Unauthorized, 20003);
    }

    [Fact]
    public async Task Accepted_credentials_are_remembered_for_that_header_only()
    {
        // The handler remembers accepted Authorization values; a refusal is never remembered, and another token for the
        // same account is checked on its own.
        using var wrongFirst = _emulator.ClientAs(OtherAccount, OtherToken + "-wrong");
        AssertError(await wrongFirst.GetAsync("v1/CustomerProfiles"), HttpStatusCode.Unauthorized, 20003);
        using var right = _emulator.ClientAs(OtherAccount, OtherToken);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await right.GetAsync("v1/CustomerProfiles")).Status);
        }

        AssertError(await wrongFirst.GetAsync("v1/CustomerProfiles"), HttpStatusCode.Unauthorized, 20003);
        using var mainTokenForOther = _emulator.ClientAs(OtherAccount, "main");
        AssertError(await mainTokenForOther.GetAsync("v1/CustomerProfiles"), HttpStatusCode.Unauthorized, 20003);
    }

    [Fact]
    public async Task Another_accounts_sids_are_404_never_a_leak()
    {
        var client = _emulator.Client;
        AssertError(await client.GetAsync("v1/CustomerProfiles/BU0123456789abcdef0123456789abcdef"), HttpStatusCode.NotFound, 20404);
        AssertError(await client.GetAsync("v1/CustomerProfiles/BU0123456789abcdef0123456789abcdef/ChannelEndpointAssignments"), HttpStatusCode.NotFound, 20404);
        AssertError(await client.GetAsync($"2010-04-01/Accounts/{OtherAccount}/IncomingPhoneNumbers.json"), HttpStatusCode.NotFound, 20404);
        AssertError(await client.GetAsync($"2010-04-01/Accounts/{OtherAccount}.json"), HttpStatusCode.NotFound, 20404);

        var product = await CreateTrustProductAsync(client, TestEmulator.ShakenStir);
        AssertError(await AssignEntityAsync(client, product, "BU0123456789abcdef0123456789abcdef"), HttpStatusCode.BadRequest, 22205);
        AssertError(await AssignNumberAsync(client, product, "PN0123456789abcdef0123456789abcdef"), HttpStatusCode.BadRequest, 990012);

        using var other = _emulator.ClientAs(OtherAccount, OtherToken);
        AssertError(await other.GetAsync($"v1/TrustProducts/{product}"), HttpStatusCode.NotFound, 20404);
        var otherList = await other.GetAsync("v1/TrustProducts");
        Assert.Equal(0, otherList.Json.GetProperty("results").GetArrayLength());
        Assert.Equal(1, (await other.GetAsync("v1/CustomerProfiles")).Json.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Unknown_paths_and_methods_answer_with_twilio_errors()
    {
        AssertError(await _emulator.Client.GetAsync("v1/Nothing"), HttpStatusCode.NotFound, 20404);
        AssertError(await _emulator.Client.DeleteAsync("v1/TrustProducts"), HttpStatusCode.MethodNotAllowed, 20004);
    }
}

/// <summary>Subaccounts: their own token, or the parent's token with the subaccount SID as user (what the SDKs send).</summary>
public sealed class SubaccountTests : IAsyncLifetime
{
    private TestEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TestEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task A_subaccount_authenticates_with_its_own_or_the_parents_token()
    {
        var sub = _emulator.Seed.SubaccountSid!;
        using var own = _emulator.ClientAs(sub, _emulator.Seed.SubaccountAuthToken!);
        using var parentToken = _emulator.ClientAs(sub, _emulator.Host.AuthToken);
        foreach (var client in new[] { own, parentToken })
        {
            var numbers = await client.GetAsync($"2010-04-01/Accounts/{sub}/IncomingPhoneNumbers.json");
            Assert.Equal(HttpStatusCode.OK, numbers.Status);
            Assert.Equal(3, numbers.Json.GetProperty("incoming_phone_numbers").GetArrayLength());
        }

        // The subaccount's own bundles are its own: the parent's profile is not visible to it.
        AssertError(await own.GetAsync($"v1/CustomerProfiles/{_emulator.Profile}"), HttpStatusCode.NotFound, 20404);
        AssertError(await own.GetAsync($"2010-04-01/Accounts/{_emulator.Host.AccountSid}/IncomingPhoneNumbers.json"), HttpStatusCode.NotFound, 20404);
        using var parentWithSubToken = _emulator.ClientAs(_emulator.Host.AccountSid, _emulator.Seed.SubaccountAuthToken!);
        AssertError(await parentWithSubToken.GetAsync("v1/CustomerProfiles"), HttpStatusCode.Unauthorized, 20003);
    }

    [Fact]
    public async Task The_parent_lists_its_subaccounts_and_their_numbers_and_acts_on_their_bundles()
    {
        var client = _emulator.Client;
        var sub = _emulator.Seed.SubaccountSid!;
        var accounts = await client.GetAsync("2010-04-01/Accounts.json");
        var sids = accounts.Json.GetProperty("accounts").EnumerateArray().Select(a => a.GetProperty("sid").GetString()!).ToArray();
        Assert.Equal<string>([_emulator.Host.AccountSid, sub], sids!);
        Assert.Equal(_emulator.Host.AccountSid, accounts.Json.GetProperty("accounts")[1].GetProperty("owner_account_sid").GetString());
        Assert.Equal(3, (await client.GetAsync($"2010-04-01/Accounts/{sub}/IncomingPhoneNumbers.json")).Json.GetProperty("incoming_phone_numbers").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"2010-04-01/Accounts/{sub}.json")).Status);

        using var asSub = _emulator.ClientAs(sub, _emulator.Host.AuthToken);
        var product = await CreateTrustProductAsync(asSub, TestEmulator.ShakenStir);
        Assert.Equal(sub, (await client.GetAsync($"v1/TrustProducts/{product}")).Str("account_sid"));
        Assert.Equal(0, (await client.GetAsync("v1/TrustProducts")).Json.GetProperty("results").GetArrayLength());
    }
}
