using System.Diagnostics;
using System.Text;
using TrustHubGen.Testing;

namespace TrustHubGen.Resilience.Tests.Infrastructure;

/// <summary>How one worker run ended.</summary>
internal sealed record WorkerRun(int ExitCode, string Output, bool KilledByTest, TimeSpan RunningFor)
{
    /// <summary>The worker reached the end of its run (it printed its summary).</summary>
    public bool Finished => Output.Contains("worker: done ", StringComparison.Ordinal);

    /// <summary>HTTP requests the worker made, from its summary line.</summary>
    public int Requests
    {
        get
        {
            var line = Output.Split('\n').Single(l => l.StartsWith("worker: done ", StringComparison.Ordinal));
            var requests = line.Split(' ').Single(f => f.StartsWith("requests=", StringComparison.Ordinal));
            return int.Parse(requests["requests=".Length..], System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>Runs TrustHubGen.Resilience.Worker (built beside this project) as a child process, optionally killing it.</summary>
internal static class WorkerProcess
{
    private const string RunningLine = "worker: running";

    private static string Configuration =>
        typeof(WorkerProcess).Assembly.Location.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    public static string Assembly { get; } = Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Resilience.Worker", "bin", Configuration, "net10.0", "TrustHubGen.Resilience.Worker.dll");

    /// <summary>Runs the worker; with <paramref name="killAfter"/>, kills it that long after it started onboarding.</summary>
    public static async Task<WorkerRun> RunAsync(ResilienceEmulator emulator, IEnumerable<string> arguments, TimeSpan? killAfter = null)
    {
        if (!File.Exists(Assembly)) throw new FileNotFoundException($"The worker is not built at {Assembly}; build tests/TrustHubGen.Resilience.Worker first.");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(Assembly);
        info.ArgumentList.Add("--url");
        info.ArgumentList.Add(emulator.Host.BaseAddress.ToString());
        info.ArgumentList.Add("--profile");
        info.ArgumentList.Add(emulator.ProfileSid);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["TWILIO_ACCOUNT_SID"] = emulator.Host.AccountSid;
        info.Environment["TWILIO_AUTH_TOKEN"] = emulator.Host.AuthToken;
        info.Environment.Remove("TWILIO_API_KEY");
        info.Environment.Remove("TWILIO_API_SECRET");
        info.Environment["DOTNET_DbgEnableMiniDump"] = "0";

        var output = new StringBuilder();
        var running = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            if (e.Data == RunningLine) running.TrySetResult(Stopwatch.GetTimestamp());
            lock (output) output.AppendLine(e.Data);
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var killed = false;
        try
        {
            if (killAfter is { } delay)
            {
                var exited = process.WaitForExitAsync(timeout.Token);
                if (await Task.WhenAny(running.Task, exited) == running.Task)
                {
                    await Task.WhenAny(Task.Delay(delay, timeout.Token), exited);
                    try
                    {
                        if (!process.HasExited)
                        {
                            process.Kill(entireProcessTree: true);
                            killed = true;
                        }
                    }
                    catch (InvalidOperationException)
                    {
                        // It exited between the check and the kill: the run finished on its own.
                    }
                }
            }
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The worker did not finish within 2 minutes:\n{output}");
        }

        var runningFor = running.Task.IsCompletedSuccessfully ? Stopwatch.GetElapsedTime(running.Task.Result) : TimeSpan.Zero;
        lock (output) return new WorkerRun(process.ExitCode, output.ToString(), killed, runningFor);
    }
}
