using System.Text.Json;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.Tests.Infrastructure;

namespace TrustHubGen.Emulator.Tests;

/// <summary>
/// The real Node <c>twilio</c> client (eng/node) runs the documented flows against the emulator and gets what the docs
/// show; each documented mistake raises its RestException with the emulator's code.
/// </summary>
public sealed class NodeClientTests
{
    [Fact]
    public async Task Cnam_flow_step_by_step()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var steps = await NodeFlowScript.RunAsync(emulator, "trusthub-flows.cjs", "cnam");
        Assert.Equal(1, steps["find number"].GetProperty("count").GetInt32());
        Assert.Equal(emulator.Seed.NumbersNotOnProfile[0].Sid, steps["1 number on profile"].GetProperty("channelEndpointSid").GetString());
        Assert.Equal("draft", steps["2 trust product"].GetProperty("status").GetString());
        Assert.Equal(emulator.Profile, steps["3 profile assigned"].GetProperty("objectSid").GetString());
        Assert.StartsWith("IT", steps["4 end user"].GetProperty("sid").GetString(), StringComparison.Ordinal);
        Assert.Equal("Owl Industries", steps["4 end user"].GetProperty("displayName").GetString());
        Assert.StartsWith("RA", steps["6 number assigned"].GetProperty("sid").GetString(), StringComparison.Ordinal);
        Assert.Equal("pending-review", steps["7 submitted"].GetProperty("status").GetString());
        Assert.Equal("compliant", steps["evaluation"].GetProperty("status").GetString());
        Assert.Equal("twilio-approved", steps["after review"].GetProperty("status").GetString());
        Assert.Equal(1, steps["list product numbers"].GetProperty("count").GetInt32());
        Assert.Equal(13, steps["list profile numbers"].GetProperty("count").GetInt32());
        Assert.Equal(1, steps["list trust products"].GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Shaken_stir_flow_with_subaccount_numbers()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var steps = await NodeFlowScript.RunAsync(emulator, "trusthub-flows.cjs", "shaken");
        Assert.Equal([emulator.Host.AccountSid, emulator.Seed.SubaccountSid!], steps["list accounts"].GetProperty("sids").EnumerateArray().Select(s => s.GetString()!));
        Assert.Equal(3, steps["subaccount numbers"].GetProperty("count").GetInt32());
        Assert.Equal("draft", steps["2 trust product"].GetProperty("status").GetString());
        Assert.Equal("http://127.0.0.1:9/status", steps["2 trust product"].GetProperty("statusCallback").GetString());
        Assert.Equal("pending-review", steps["5 submitted"].GetProperty("status").GetString());
        Assert.Equal("twilio-approved", steps["after review"].GetProperty("status").GetString());
        Assert.Equal(emulator.Seed.SubaccountNumbers[1].Sid, steps["4 number after submission"].GetProperty("channelEndpointSid").GetString());
        Assert.Equal(2, steps["list product numbers"].GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Documented_mistakes_raise_rest_exceptions_with_the_emulators_codes()
    {
        // Reviews take an hour here, so the submitted product stays in review for the "editing in review" mistake.
        await using var emulator = await TestEmulator.StartAsync(o => o.ReviewStepDelay = TimeSpan.FromHours(1));
        var steps = await NodeFlowScript.RunAsync(emulator, "trusthub-flows.cjs", "mistakes");
        AssertRestException(steps["phone_number type"], 400, 990009);
        AssertRestException(steps["number not on profile"], 400, 990001);
        AssertRestException(steps["wrong policy"], 400, 990003);
        AssertRestException(steps["16-char display name"], 400, 990005);
        AssertRestException(steps["toll-free number on CNAM"], 400, 990006);
        Assert.Equal("pending-review", steps["submitted"].GetProperty("status").GetString());
        AssertRestException(steps["editing in review"], 400, 60711);
        AssertRestException(steps["client sets twilio-approved"], 400, 990008);
        AssertRestException(steps["placeholder sid"], 404, 20404);
        AssertRestException(steps["wrong token"], 401, 20003);
        Assert.EndsWith("/emulator/errors/990001", steps["number not on profile"].GetProperty("moreInfo").GetString(), StringComparison.Ordinal);
    }

    private static void AssertRestException(JsonElement step, int status, int code)
    {
        Assert.True(step.GetProperty("threw").GetBoolean(), step.ToString());
        Assert.True(step.GetProperty("restException").GetBoolean(), step.ToString());
        Assert.Equal(status, step.GetProperty("status").GetInt32());
        Assert.Equal(code, step.GetProperty("code").GetInt32());
    }
}
