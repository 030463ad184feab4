using System.Text.Json;
using TrustHubGen.Emulator.Tests.Infrastructure;

namespace TrustHubGen.Emulator.Tests;

/// <summary>
/// The real Node <c>twilio</c> client (eng/node) runs an ISV customer's Secondary profile in its subaccount against the
/// emulator: Addresses, the address document, the end users, the parent's Primary profile, evaluation and review.
/// </summary>
public sealed class IsvNodeClientTests
{
    [Fact]
    public async Task Secondary_profile_with_an_address_in_a_subaccount_is_approved()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var steps = await NodeFlowScript.RunAsync(emulator, "isv-secondary-profile.cjs");

        var address = steps["address"];
        Assert.StartsWith("AD", address.GetProperty("sid").GetString(), StringComparison.Ordinal);
        Assert.Equal(emulator.Seed.SubaccountSid, address.GetProperty("accountSid").GetString());
        Assert.Equal("Austin", address.GetProperty("city").GetString());
        Assert.Equal(1, steps["list addresses"].GetProperty("count").GetInt32());
        Assert.Equal(address.GetProperty("sid").GetString(), steps["address document"].GetProperty("addressSids").GetString());
        Assert.Equal(emulator.Seed.SubaccountSid, steps["secondary profile"].GetProperty("accountSid").GetString());
        Assert.Equal(4, steps["assigned"].GetProperty("count").GetInt32());
        Assert.True(steps["assigned"].GetProperty("primary").GetBoolean());
        Assert.Equal("compliant", steps["evaluation"].GetProperty("status").GetString());
        Assert.Equal("pending-review", steps["submitted"].GetProperty("status").GetString());
        Assert.Equal("twilio-approved", steps["after review"].GetProperty("status").GetString());

        var mistake = steps["document naming the parent address"];
        Assert.True(mistake.GetProperty("restException").GetBoolean(), mistake.ToString());
        Assert.Equal((400, 990017), (mistake.GetProperty("status").GetInt32(), mistake.GetProperty("code").GetInt32()));
    }
}
