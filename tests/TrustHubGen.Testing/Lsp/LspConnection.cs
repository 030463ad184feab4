using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace TrustHubGen.Testing.Lsp;

/// <summary>
/// JSON-RPC 2.0 over a language server's stdio with LSP's <c>Content-Length</c> framing: requests with ids and
/// bounded waits, notifications to the server, and the server's own requests and notifications handed to callbacks.
/// </summary>
public sealed class LspConnection : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly StringBuilder _stderr = new();
    private readonly Task _readLoop;
    private readonly Func<string, JsonNode?, JsonNode?> _serverRequestHandler;
    private readonly Action<string, JsonNode?> _notificationHandler;
    private long _nextId;

    private LspConnection(Process process, Func<string, JsonNode?, JsonNode?> serverRequestHandler, Action<string, JsonNode?> notificationHandler)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _serverRequestHandler = serverRequestHandler;
        _notificationHandler = notificationHandler;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stderr) { if (_stderr.Length < 200_000) _stderr.AppendLine(e.Data); }
        };
        process.BeginErrorReadLine();
        _readLoop = Task.Run(() => ReadLoopAsync(process.StandardOutput.BaseStream));
    }

    /// <summary>What the server wrote to stderr so far (its log), for failure messages.</summary>
    public string ServerLog { get { lock (_stderr) return _stderr.ToString(); } }

    public bool HasExited => _process.HasExited;

    /// <summary>The server's process id (for benchmarks that read its CPU time).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Starts the server process; <paramref name="serverRequestHandler"/> answers its requests (workspace/configuration, client/registerCapability, …).</summary>
    public static LspConnection Start(ProcessStartInfo start, Func<string, JsonNode?, JsonNode?> serverRequestHandler, Action<string, JsonNode?> notificationHandler)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        return new LspConnection(process, serverRequestHandler, notificationHandler);
    }

    /// <summary>Sends a request and waits at most <paramref name="timeout"/> for its result (null for a JSON null).</summary>
    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        var finished = await Task.WhenAny(answer.Task, Task.Delay(timeout), _readLoop);
        if (finished == answer.Task) return await answer.Task;
        _pending.TryRemove(id, out _);
        var why = finished == _readLoop ? "the server closed its output" : $"no answer within {timeout.TotalSeconds:F0} s";
        throw new TimeoutException($"LSP request {method} failed: {why}.\nServer log (tail):\n{Tail(ServerLog)}");
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    private async Task WriteAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n");
        await _writeLock.WaitAsync();
        try
        {
            await _input.WriteAsync(header);
            await _input.WriteAsync(body);
            await _input.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync(Stream output)
    {
        try
        {
            while (await ReadMessageAsync(output) is { } message) Dispatch(message);
        }
        catch (IOException)
        {
            // The server went away; pending requests fail through the read loop's completion.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private void Dispatch(JsonObject message)
    {
        var method = (string?)message["method"];
        var id = message["id"];
        if (method is null && id is not null)
        {
            if (!_pending.TryRemove(id.GetValue<long>(), out var answer)) return;
            if (message["error"] is JsonObject error)
                answer.TrySetException(new LspErrorException((string?)error["message"] ?? error.ToJsonString(), (int?)error["code"] ?? 0));
            else
                answer.TrySetResult(message["result"]?.DeepClone());
            return;
        }
        if (method is null) return;
        var parameters = message["params"]?.DeepClone();
        if (id is null)
        {
            _notificationHandler(method, parameters);
            return;
        }
        // A request from the server: answer it on another thread so the read loop never waits on a write.
        var requestId = id.DeepClone();
        _ = Task.Run(async () =>
        {
            JsonObject reply;
            try
            {
                reply = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId, ["result"] = _serverRequestHandler(method, parameters) };
            }
            catch (Exception e)
            {
                reply = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId, ["error"] = new JsonObject { ["code"] = -32603, ["message"] = e.Message } };
            }
            await WriteAsync(reply);
        });
    }

    private static async Task<JsonObject?> ReadMessageAsync(Stream output)
    {
        var contentLength = -1;
        while (true)
        {
            var line = await ReadHeaderLineAsync(output);
            if (line is null) return null;
            if (line.Length == 0) break;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                contentLength = int.Parse(line[(colon + 1)..].Trim(), CultureInfo.InvariantCulture);
        }
        if (contentLength < 0) throw new InvalidDataException("An LSP message came without a Content-Length header.");
        var body = new byte[contentLength];
        await output.ReadExactlyAsync(body);
        return JsonNode.Parse(body) as JsonObject ?? throw new InvalidDataException("An LSP message is not a JSON object.");
    }

    private static async Task<string?> ReadHeaderLineAsync(Stream output)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await output.ReadAsync(one) == 0) return null;
            if (one[0] == '\n') return line.ToString().TrimEnd('\r');
            line.Append((char)one[0]);
        }
    }

    private static string Tail(string log) => log.Length <= 6000 ? log : log[^6000..];

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        _writeLock.Dispose();
    }
}

/// <summary>An error answer from the server (JSON-RPC <c>error</c> member).</summary>
public sealed class LspErrorException(string message, int code) : Exception($"LSP error {code}: {message}")
{
    public int Code { get; } = code;
}
