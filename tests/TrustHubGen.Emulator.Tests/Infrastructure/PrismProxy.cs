using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace TrustHubGen.Emulator.Tests.Infrastructure;

/// <summary>
/// Stoplight Prism as a validating proxy in front of an upstream (<c>prism proxy SPEC UPSTREAM --errors</c>).
/// Prism answers 500 with <c>application/problem+json</c> and an <c>sl-violations</c> header when a response breaks
/// the spec, and 422 when a request does.
/// </summary>
internal sealed class PrismProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _specCopy;

    private PrismProxy(Process process, Uri baseAddress, string specCopy)
    {
        _process = process;
        BaseAddress = baseAddress;
        _specCopy = specCopy;
    }

    public Uri BaseAddress { get; }

    public static async Task<PrismProxy> StartAsync(string specPath, Uri upstream, bool api2010)
    {
        var specCopy = Path.Combine(Path.GetTempPath(), $"prism-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(specCopy, PatchSpec(await File.ReadAllTextAsync(specPath), api2010));
        var port = FreePort();
        var info = new ProcessStartInfo(RepoPaths.PrismBinary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "proxy", specCopy, upstream.ToString().TrimEnd('/'), "--errors", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-h", "127.0.0.1", "--multiprocess", "false" })
        {
            info.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = info };
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new StringBuilder();
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            if (line.Contains("Prism is listening", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var done = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(120)));
        if (done != ready.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("Prism did not start:\n" + output);
        }

        return new PrismProxy(process, new Uri($"http://127.0.0.1:{port}/"), specCopy);
    }

    /// <summary>
    /// Two documented patches make Prism validate every response instead of silently skipping some:
    /// untyped <c>"nullable": true</c> schemas (EndUser/SupportingDocument <c>attributes</c>, Policy <c>requirements</c>)
    /// make Ajv refuse to compile the whole response schema, and Prism then validates nothing; dropping that keyword
    /// keeps every other check. API 2010's <c>uri</c> and paging <c>*_uri</c> fields are relative in the spec's own
    /// examples and in the real service, but typed <c>format: uri</c> (absolute); they are checked as <c>uri-reference</c>.
    /// </summary>
    internal static string PatchSpec(string json, bool api2010)
    {
        var root = JsonNode.Parse(json)!;
        Walk(root);
        return root.ToJsonString();

        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    if (obj["nullable"] is JsonValue n && n.GetValue<bool>() && !obj.ContainsKey("type") && !obj.ContainsKey("$ref") && !obj.ContainsKey("allOf") && !obj.ContainsKey("oneOf") && !obj.ContainsKey("anyOf"))
                    {
                        obj.Remove("nullable");
                    }

                    if (api2010 && obj["properties"] is JsonObject properties)
                    {
                        foreach (var name in new[] { "uri", "first_page_uri", "next_page_uri", "previous_page_uri" })
                        {
                            if (properties[name] is JsonObject property && (string?)property["format"] == "uri")
                            {
                                property["format"] = "uri-reference";
                            }
                        }
                    }

                    foreach (var child in obj.Select(p => p.Value).ToList())
                    {
                        Walk(child);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array.ToList())
                    {
                        Walk(child);
                    }

                    break;
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        File.Delete(_specCopy);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Records every spec violation Prism reports on the responses passing through it.</summary>
internal sealed class ViolationRecorder : DelegatingHandler
{
    private readonly List<string> _violations = [];

    public ViolationRecorder()
        : base(new HttpClientHandler())
    {
    }

    public int Responses { get; private set; }

    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (_violations)
            {
                return [.. _violations];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var where = $"{request.Method} {request.RequestUri!.PathAndQuery} → {(int)response.StatusCode}";
        var found = new List<string>();
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json" || response.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            found.Add($"{where}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        else if (response.Headers.TryGetValues("sl-violations", out var values))
        {
            foreach (var violation in JsonNode.Parse(string.Join("", values))!.AsArray())
            {
                // The spec documents no error responses, so an error status is only ever "not in the document".
                var undocumentedErrorStatus = (int)response.StatusCode >= 400
                    && (string?)violation!["severity"] == "Warning"
                    && ((string?)violation["message"])!.StartsWith("Unable to match the returned status code", StringComparison.Ordinal);
                if (!undocumentedErrorStatus)
                {
                    found.Add($"{where}: {violation!.ToJsonString()}");
                }
            }
        }

        lock (_violations)
        {
            Responses++;
            _violations.AddRange(found);
        }

        return response;
    }
}
