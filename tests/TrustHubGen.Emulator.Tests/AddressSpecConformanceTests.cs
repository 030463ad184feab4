using System.Net;
using TrustHubGen.Emulator.Tests.Infrastructure;
using TrustHubGen.Testing;
using static TrustHubGen.Emulator.Tests.AddressTests;

namespace TrustHubGen.Emulator.Tests;

/// <summary>Addresses requests and responses, sent through Prism validating against Twilio's official API 2010 spec, have zero violations.</summary>
public sealed class AddressSpecConformanceTests
{
    [Fact]
    public async Task Address_create_list_and_fetch_validate_against_the_official_spec()
    {
        await using var emulator = await TestEmulator.StartAsync();
        await using var prism = await PrismServer.StartProxyAsync(RepoPaths.Api2010Spec, emulator.Host.BaseAddress);
        var recorder = new ViolationRecorder();
        using var client = new ApiClient(prism.BaseAddress, emulator.Host.AccountSid, emulator.Host.AuthToken, recorder);
        var sub = emulator.Seed.SubaccountSid!;

        var created = await CreateAddressAsync(client, sub, ("StreetSecondary", "Suite 5"), ("FriendlyName", "HQ"), ("AutoCorrectAddress", "false"), ("EmergencyEnabled", "false"));
        Assert.True(created.Status == HttpStatusCode.Created, created.ToString());
        var plain = await CreateAddressAsync(client, emulator.Host.AccountSid);
        Assert.True(plain.Status == HttpStatusCode.Created, plain.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"2010-04-01/Accounts/{sub}/Addresses.json?PageSize=1")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"2010-04-01/Accounts/{emulator.Host.AccountSid}/Addresses.json?IsoCountry=US")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"2010-04-01/Accounts/{sub}/Addresses/{created.Str("sid")}.json")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"2010-04-01/Accounts/{emulator.Host.AccountSid}/Addresses/{emulator.Seed.AddressSid}.json")).Status);

        Assert.Equal(6, recorder.Responses);
        Assert.True(recorder.Violations.Count == 0, string.Join("\n", recorder.Violations));
    }
}
