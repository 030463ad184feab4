using System.Diagnostics;
using System.Text;

namespace TrustHubGen.Testing;

public sealed record ProcessResult(int ExitCode, string Output)
{
    public ProcessResult EnsureSuccess(string what)
    {
        if (ExitCode != 0) throw new InvalidOperationException($"{what} failed with exit code {ExitCode}:\n{Output}");
        return this;
    }
}

public static class ProcessRunner
{
    public static Task<ProcessResult> RunAsync(string fileName, string arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null) =>
        RunAsync(new ProcessStartInfo(fileName, arguments), workingDirectory, timeout, environment);

    /// <summary>Runs <paramref name="fileName"/> with each argument passed as is (paths with spaces need no quoting).</summary>
    public static Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo(fileName);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        return RunAsync(info, workingDirectory, timeout, environment);
    }

    private static async Task<ProcessResult> RunAsync(ProcessStartInfo info, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment)
    {
        var command = $"{info.FileName} {(info.ArgumentList.Count > 0 ? string.Join(' ', info.ArgumentList) : info.Arguments)}";
        info.WorkingDirectory = workingDirectory;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        // A nested dotnet must not inherit the test host's MSBuild state (it would reuse the outer build's node and SDK resolver).
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "DOTNET_HOST_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" }) info.Environment.Remove(name);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        // A null value removes the variable (e.g. TWILIO_* credentials that would send a sample to the live service).
        if (environment is not null) foreach (var (key, value) in environment) { if (value is null) info.Environment.Remove(key); else info.Environment[key] = value; }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not finish within {timeout}:\n{output}");
        }
        lock (output) return new ProcessResult(process.ExitCode, output.ToString());
    }
}
