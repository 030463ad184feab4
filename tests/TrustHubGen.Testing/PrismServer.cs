using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TrustHubGen.Testing;

/// <summary>
/// Stoplight Prism on 127.0.0.1, from eng/node. As a mock it answers the spec's examples and 422 for any request
/// that breaks the spec (without <c>--errors</c>, because several of the spec's own examples break its schemas:
/// API 2010 sends <c>""</c> for unset SIDs); every request violation it logs is in <see cref="RequestViolations"/>.
/// As a proxy (<c>--errors</c>) it also fails any upstream response that breaks the spec.
/// </summary>
public sealed class PrismServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output;

    private PrismServer(Process process, Uri baseAddress, StringBuilder output)
    {
        _process = process;
        BaseAddress = baseAddress;
        _output = output;
    }

    public Uri BaseAddress { get; }

    /// <summary>Everything Prism printed so far (its request log names each violation).</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>The request violations Prism logged, warnings included: a conforming client leaves this empty.</summary>
    public IReadOnlyList<string> RequestViolations =>
        Output.Split('\n')
            .Where(line => line.Contains("[VALIDATOR]", StringComparison.Ordinal) && (line.Contains('⚠') || line.Contains('✖'))
                && !line.Contains("Response", StringComparison.Ordinal))
            .Select(line => line.Trim()).ToList();

    public static Task<PrismServer> StartMockAsync(string specPath) => StartAsync("mock", specPath, null);

    public static Task<PrismServer> StartProxyAsync(string specPath, Uri upstream) => StartAsync("proxy", specPath, upstream);

    private static async Task<PrismServer> StartAsync(string mode, string specPath, Uri? upstream)
    {
        var patched = Path.Combine(Path.GetTempPath(), $"prism-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(patched, PrismSpecPatch.Apply(await File.ReadAllTextAsync(specPath)));
        List<string> command = upstream is null ? [mode, patched] : [mode, patched, upstream.ToString().TrimEnd('/')];
        if (!File.Exists(RepoPaths.PrismBinary))
            throw new InvalidOperationException($"Prism is not installed at {RepoPaths.PrismBinary}: run bash eng/restore-tools.sh.");
        var port = FreePort();
        var info = new ProcessStartInfo(RepoPaths.PrismBinary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in command) info.ArgumentList.Add(arg);
        if (upstream is not null) info.ArgumentList.Add("--errors");
        foreach (var arg in new[] { "-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "--multiprocess", "false" }) info.ArgumentList.Add(arg);

        var process = new Process { StartInfo = info };
        var output = new StringBuilder();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(string? line)
        {
            if (line is null) return;
            lock (output) output.AppendLine(line);
            if (line.Contains("Prism is listening", StringComparison.Ordinal)) ready.TrySetResult();
        }
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var finished = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(2)));
        if (finished != ready.Task)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            lock (output) throw new InvalidOperationException($"Prism did not start ({string.Join(' ', command)}):\n{output}");
        }
        return new PrismServer(process, new Uri($"http://127.0.0.1:{port}/"), output);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
