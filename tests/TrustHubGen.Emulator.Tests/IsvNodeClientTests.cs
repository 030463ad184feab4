using System.Diagnostics;
using System.Text.Json;
using TrustHubGen.Emulator.Tests.Infrastructure;
using TrustHubGen.Testing;

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
        var steps = await RunAsync(emulator);

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

    private static async Task<Dictionary<string, JsonElement>> RunAsync(TestEmulator emulator)
    {
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Emulator.Tests", "node", "isv-secondary-profile.cjs"));
        info.Environment["NODE_PATH"] = RepoPaths.NodeModules;
        info.Environment["EMULATOR_URL"] = emulator.Host.BaseAddress.ToString();
        info.Environment["ACCOUNT_SID"] = emulator.Host.AccountSid;
        info.Environment["AUTH_TOKEN"] = emulator.Host.AuthToken;
        info.Environment["SEED"] = JsonSerializer.Serialize(emulator.Seed, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120)))
        {
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"node isv-secondary-profile.cjs did not finish in 120 s: {await stderr}");
            }
        }

        var output = await stdout;
        var lastLine = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        Assert.True(lastLine.StartsWith('{'), $"node printed no result. stdout: {output} stderr: {await stderr}");
        using var document = JsonDocument.Parse(lastLine);
        Assert.True(document.RootElement.GetProperty("ok").GetBoolean(), $"node failed: {document.RootElement}");
        return document.RootElement.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.Clone());
    }
}
