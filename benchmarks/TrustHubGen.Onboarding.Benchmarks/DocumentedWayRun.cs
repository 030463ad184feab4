using System.Diagnostics;
using System.Text.Json;
using TrustHubGen.Emulator.Hosting;

namespace TrustHubGen.Onboarding.Benchmarks;

/// <summary>What the documented way cost: calls the twilio client made, wall time inside Node and around the process.</summary>
internal sealed record DocumentedWayMeasurement(int Calls, TimeSpan InsideNode, TimeSpan Wall);

/// <summary>Runs documented-way.cjs (the docs' snippets, one awaited call at a time, real twilio npm client) with Node.</summary>
internal static class DocumentedWayRun
{
    public static async Task<DocumentedWayMeasurement> RunAsync(EmulatorHost emulator, IReadOnlyList<string> numbers, string repositoryRoot)
    {
        var nodeModules = Path.Combine(repositoryRoot, "eng", "node", "node_modules");
        if (!Directory.Exists(Path.Combine(nodeModules, "twilio")))
            throw new InvalidOperationException($"The twilio npm client is not installed in {nodeModules}; run bash eng/restore-tools.sh first.");
        var numbersFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(numbersFile, JsonSerializer.Serialize(numbers));
            var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "documented-way.cjs"));
            info.Environment["NODE_PATH"] = nodeModules;
            info.Environment["EMULATOR_URL"] = emulator.BaseAddress.ToString();
            info.Environment["ACCOUNT_SID"] = emulator.AccountSid;
            info.Environment["AUTH_TOKEN"] = emulator.AuthToken;
            info.Environment["PROFILE_SID"] = emulator.Seed.PrimaryBusinessProfileSid!;
            info.Environment["NUMBERS_FILE"] = numbersFile;

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            clock.Stop();
            if (process.ExitCode != 0) throw new InvalidOperationException($"documented-way.cjs failed (exit {process.ExitCode}):\n{await stderr}");
            using var summary = JsonDocument.Parse(await stdout);
            return new DocumentedWayMeasurement(
                summary.RootElement.GetProperty("calls").GetInt32(),
                TimeSpan.FromMilliseconds(summary.RootElement.GetProperty("milliseconds").GetDouble()),
                clock.Elapsed);
        }
        finally
        {
            File.Delete(numbersFile);
        }
    }
}
