using System.Diagnostics;
using System.Text;
using TrustHubGen.Testing;

namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>One instance of samples/IsvOnboarding in worker mode, as a child process that tests kill with SIGKILL.</summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WorkerProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public static string Configuration =>
        typeof(WorkerProcess).Assembly.Location.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    /// <summary>The sample's own build output (the solution build made it; running it never rebuilds).</summary>
    public static string SampleDll => Path.Combine(RepoPaths.Root, "samples", "IsvOnboarding", "bin", Configuration, "net10.0", "IsvOnboarding.dll");

    public static async Task<WorkerProcess> StartAsync(IEnumerable<string> arguments, string accountSid, string authToken, int port)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(SampleDll);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["TWILIO_ACCOUNT_SID"] = accountSid;
        info.Environment["TWILIO_AUTH_TOKEN"] = authToken;
        info.Environment.Remove("TWILIO_API_KEY");
        info.Environment.Remove("TWILIO_API_SECRET");
        var process = Process.Start(info)!;
        var worker = new WorkerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (worker._output) worker._output.AppendLine(e.Data);
            if (e.Data.StartsWith("Worker listening", StringComparison.Ordinal)) ready.TrySetResult();
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (worker._output) worker._output.AppendLine(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(ready.Task, exited, Task.Delay(TimeSpan.FromSeconds(90))) != ready.Task)
        {
            var output = worker.Output;
            await worker.DisposeAsync();
            throw new InvalidOperationException($"The worker did not start:\n{output}");
        }
        return worker;
    }

    /// <summary>SIGKILL: no shutdown, no flush, jobs in the middle of their calls.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }
}
