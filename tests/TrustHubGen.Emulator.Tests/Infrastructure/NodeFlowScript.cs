using System.Diagnostics;
using System.Text.Json;
using TrustHubGen.Testing;

namespace TrustHubGen.Emulator.Tests.Infrastructure;

/// <summary>
/// Runs one of the scripts in tests/TrustHubGen.Emulator.Tests/node with the real Node <c>twilio</c> client against an
/// emulator, and returns its steps by name (each script prints one JSON line: <c>{ ok, steps: [{ name, … }] }</c>).
/// </summary>
internal static class NodeFlowScript
{
    public static async Task<Dictionary<string, JsonElement>> RunAsync(TestEmulator emulator, string script, params string[] arguments)
    {
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Emulator.Tests", "node", script));
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["NODE_PATH"] = RepoPaths.NodeModules;
        info.Environment["EMULATOR_URL"] = emulator.Host.BaseAddress.ToString();
        info.Environment["ACCOUNT_SID"] = emulator.Host.AccountSid;
        info.Environment["AUTH_TOKEN"] = emulator.Host.AuthToken;
        info.Environment["SEED"] = JsonSerializer.Serialize(emulator.Seed, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
        var label = string.Join(' ', [script, .. arguments]);
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
                throw new TimeoutException($"node {label} did not finish in 120 s: {await stderr}");
            }
        }

        var output = await stdout;
        var lastLine = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        Assert.True(lastLine.StartsWith('{'), $"node {label} printed no result. stdout: {output} stderr: {await stderr}");
        using var document = JsonDocument.Parse(lastLine);
        Assert.True(document.RootElement.GetProperty("ok").GetBoolean(), $"node {label} failed: {document.RootElement}");
        return document.RootElement.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!, s => s.Clone());
    }
}
