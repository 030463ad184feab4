using System.Diagnostics;
using System.Text.Json.Nodes;

namespace TrustHubGen.Testing.Lsp;

/// <summary>
/// One csharp-ls process (the version pinned in the repository's dotnet tool manifest) with a workspace folder open,
/// driven the way an editor drives it: one <c>initialize</c>, files opened and edited with <c>didOpen</c>/<c>didChange</c>,
/// diagnostics received as <c>publishDiagnostics</c> (the client announces no pull-diagnostic support), and the
/// server's own requests answered (settings through <c>workspace/configuration</c>, dynamic registrations recorded).
/// </summary>
public sealed class CsharpLsSession : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<string, List<PublishedDiagnostics>> _diagnostics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Version, string Text)> _open = new(StringComparer.Ordinal);
    private readonly List<(string Method, JsonNode? Options)> _registrations = [];
    private readonly List<string> _messages = [];
    private readonly Dictionary<string, string> _progress = new(StringComparer.Ordinal);
    private int _progressEnds;
    private readonly JsonObject _settings;
    private LspConnection _connection = null!;
    private long _sequence;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CsharpLsSession(string workspace, JsonObject settings)
    {
        Workspace = workspace;
        _settings = settings;
    }

    /// <summary>The folder opened as the LSP workspace (the server finds the project in it).</summary>
    public string Workspace { get; }

    /// <summary>The registrations the server asked for with client/registerCapability (method, registerOptions).</summary>
    public IReadOnlyList<(string Method, JsonNode? Options)> Registrations { get { lock (_gate) return [.. _registrations]; } }

    /// <summary>window/logMessage and window/showMessage texts, in order.</summary>
    public IReadOnlyList<string> Messages { get { lock (_gate) return [.. _messages]; } }

    public string ServerLog => _connection.ServerLog;

    /// <summary>The server's process id (for benchmarks that read its CPU time).</summary>
    public int ProcessId => _connection.ProcessId;

    /// <summary>How many work-done progresses (project loads and reloads) have ended so far.</summary>
    public int ProgressEnds { get { lock (_gate) return _progressEnds; } }

    /// <summary>Waits (bounded) until more than <paramref name="ends"/> progresses have ended and none is running: a reload is over.</summary>
    public Task WaitForProgressEndAsync(int ends, TimeSpan timeout) =>
        WaitUntilAsync(() => _progressEnds > ends && _progress.Values.All(k => k == "end"), DateTime.UtcNow + timeout, "csharp-ls did not finish reloading");

    /// <summary>A counter that grows with every notification: diagnostics received after a mark are newer than it.</summary>
    public long Mark() { lock (_gate) return _sequence; }

    /// <summary>
    /// Starts csharp-ls on <paramref name="workspace"/> with the <c>csharp</c> settings given (e.g.
    /// <c>analyzersEnabled</c>), initializes it and waits until it has loaded the project there.
    /// </summary>
    public static async Task<CsharpLsSession> StartAsync(string workspace, JsonObject settings, TimeSpan loadTimeout)
    {
        var session = new CsharpLsSession(workspace, settings);
        var start = await CsharpLsTool.StartInfoAsync();
        session._connection = LspConnection.Start(start, session.AnswerServerRequest, session.OnNotification);
        try
        {
            await session.InitializeAsync(loadTimeout);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
        return session;
    }

    private async Task InitializeAsync(TimeSpan loadTimeout)
    {
        var root = DocumentUri(Workspace);
        await _connection.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["clientInfo"] = new JsonObject { ["name"] = "TrustHubGen.Ide.Tests" },
            ["rootUri"] = root,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = Path.GetFileName(Workspace) }),
            ["capabilities"] = ClientCapabilities(),
        }, TimeSpan.FromMinutes(2));
        await _connection.NotifyAsync("initialized", new JsonObject());

        // csharp-ls loads a workspace folder's solution on the first request about a file in it (and reports the load
        // as work-done progress): ask about one file, bounded by the load timeout, then wait for the progress to end.
        var probe = Directory.EnumerateFiles(Workspace, "*.cs", SearchOption.AllDirectories).FirstOrDefault()
            ?? throw new InvalidOperationException($"No C# file in {Workspace} to make csharp-ls load the project.");
        await _connection.RequestAsync("textDocument/documentSymbol",
            new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = DocumentUri(probe) } }, loadTimeout);
        await WaitUntilAsync(() => _progress.Values.All(kind => kind == "end"), DateTime.UtcNow + loadTimeout,
            "csharp-ls did not finish loading the workspace");
    }

    private static JsonObject ClientCapabilities() => new()
    {
        ["workspace"] = new JsonObject
        {
            ["configuration"] = true,
            ["workspaceFolders"] = true,
            ["applyEdit"] = true,
            ["workspaceEdit"] = new JsonObject { ["documentChanges"] = true },
            ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true },
        },
        ["textDocument"] = new JsonObject
        {
            ["synchronization"] = new JsonObject { ["dynamicRegistration"] = false, ["didSave"] = true },
            ["completion"] = new JsonObject
            {
                ["completionItem"] = new JsonObject
                {
                    ["snippetSupport"] = false,
                    ["documentationFormat"] = new JsonArray("markdown", "plaintext"),
                    ["resolveSupport"] = new JsonObject { ["properties"] = new JsonArray("documentation", "detail") },
                },
            },
            ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") },
            ["definition"] = new JsonObject { ["linkSupport"] = false },
            ["codeAction"] = new JsonObject
            {
                ["codeActionLiteralSupport"] = new JsonObject
                {
                    ["codeActionKind"] = new JsonObject { ["valueSet"] = new JsonArray("", "quickfix", "refactor", "source", "source.fixAll") },
                },
                ["resolveSupport"] = new JsonObject { ["properties"] = new JsonArray("edit") },
                ["dataSupport"] = true,
            },
            // No "diagnostic" member: csharp-ls pushes textDocument/publishDiagnostics only to clients without pull support.
            ["publishDiagnostics"] = new JsonObject { ["relatedInformation"] = true, ["codeDescriptionSupport"] = true },
        },
        ["window"] = new JsonObject { ["workDoneProgress"] = true },
    };

    private JsonNode? AnswerServerRequest(string method, JsonNode? parameters)
    {
        switch (method)
        {
            case "workspace/configuration":
                var answers = new JsonArray();
                foreach (var item in parameters?["items"]?.AsArray() ?? [])
                    answers.Add((string?)item?["section"] == "csharp" ? _settings.DeepClone() : null);
                return answers;
            case "client/registerCapability":
                lock (_gate)
                {
                    foreach (var registration in parameters?["registrations"]?.AsArray() ?? [])
                        _registrations.Add(((string)registration!["method"]!, registration["registerOptions"]?.DeepClone()));
                }
                return null;
            default: // window/workDoneProgress/create, client/unregisterCapability, window/showMessageRequest
                return null;
        }
    }

    private void OnNotification(string method, JsonNode? parameters)
    {
        lock (_gate)
        {
            _sequence++;
            switch (method)
            {
                case "textDocument/publishDiagnostics":
                    var uri = (string)parameters!["uri"]!;
                    if (!_diagnostics.TryGetValue(uri, out var list)) _diagnostics[uri] = list = [];
                    list.Add(new PublishedDiagnostics(_sequence, [.. parameters["diagnostics"]!.AsArray().Select(d => LspDiagnostic.From(d!))]));
                    break;
                case "$/progress":
                    var kind = (string?)parameters!["value"]?["kind"] ?? "";
                    _progress[parameters["token"]!.ToJsonString()] = kind;
                    if (kind == "end") _progressEnds++;
                    break;
                case "window/logMessage" or "window/showMessage":
                    _messages.Add((string?)parameters?["message"] ?? "");
                    break;
            }
            var changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            changed.TrySetResult();
        }
    }

    /// <summary>Waits (bounded) until <paramref name="condition"/>, evaluated under the session's lock after each notification, holds.</summary>
    private async Task WaitUntilAsync(Func<bool> condition, DateTime deadline, string what)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (condition()) return;
                changed = _changed.Task;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || _connection.HasExited)
                throw new TimeoutException($"{what} ({(_connection.HasExited ? "the server exited" : "timed out")}).\nMessages:\n{string.Join('\n', Messages.TakeLast(30))}\nServer log (tail):\n{Tail(ServerLog)}");
            await Task.WhenAny(changed, Task.Delay(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1)));
        }
    }

    // ---- documents ----

    public static string DocumentUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public string PathOf(string relativePath) => Path.Combine(Workspace, relativePath);

    /// <summary>Opens a file of the workspace with its text on disk, as an editor does when a user opens it; returns the mark taken before.</summary>
    public async Task<long> OpenAsync(string relativePath)
    {
        var path = PathOf(relativePath);
        var text = File.ReadAllText(path);
        long mark;
        lock (_gate)
        {
            _open[path] = (1, text);
            mark = _sequence;
        }
        await _connection.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = DocumentUri(path), ["languageId"] = "csharp", ["version"] = 1, ["text"] = text },
        });
        return mark;
    }

    /// <summary>The editor's current text of an open file.</summary>
    public string TextOf(string relativePath) { lock (_gate) return _open[PathOf(relativePath)].Text; }

    /// <summary>
    /// Edits an open file to <paramref name="newText"/> and sends the change as an editor does after a keystroke or a
    /// paste: one incremental change replacing just the range that differs. Returns the mark taken right before sending.
    /// </summary>
    public async Task<long> ChangeAsync(string relativePath, string newText)
    {
        var path = PathOf(relativePath);
        string oldText;
        int version;
        long mark;
        lock (_gate)
        {
            (version, oldText) = _open[path];
            version++;
            _open[path] = (version, newText);
            mark = _sequence;
        }
        var prefix = 0;
        while (prefix < oldText.Length && prefix < newText.Length && oldText[prefix] == newText[prefix]) prefix++;
        var suffix = 0;
        while (suffix < oldText.Length - prefix && suffix < newText.Length - prefix && oldText[^(suffix + 1)] == newText[^(suffix + 1)]) suffix++;
        await _connection.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = DocumentUri(path), ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new LspRange(LspPosition.At(oldText, prefix), LspPosition.At(oldText, oldText.Length - suffix)).ToJson(),
                ["text"] = newText[prefix..^suffix],
            }),
        });
        return mark;
    }

    /// <summary>Replaces <paramref name="oldSnippet"/> (which must occur once) in an open file.</summary>
    public Task<long> ReplaceAsync(string relativePath, string oldSnippet, string newSnippet)
    {
        var text = TextOf(relativePath);
        var at = text.IndexOf(oldSnippet, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(oldSnippet, at + 1, StringComparison.Ordinal) >= 0)
            throw new ArgumentException($"\"{oldSnippet}\" must occur exactly once in {relativePath}.", nameof(oldSnippet));
        return ChangeAsync(relativePath, string.Concat(text.AsSpan(0, at), newSnippet, text.AsSpan(at + oldSnippet.Length)));
    }

    /// <summary>Tells the server about files changed on disk, as an editor's file watcher does (workspace/didChangeWatchedFiles).</summary>
    public Task FilesChangedOnDiskAsync(params string[] relativePaths) =>
        _connection.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray([.. relativePaths.Select(p => (JsonNode)new JsonObject { ["uri"] = DocumentUri(PathOf(p)), ["type"] = 2 })]),
        });

    // ---- requests ----

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(3);

    public Task<JsonNode?> RequestAsync(string method, JsonNode? parameters) => _connection.RequestAsync(method, parameters, RequestTimeout);

    private JsonObject At(string relativePath, LspPosition position) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = DocumentUri(PathOf(relativePath)) },
        ["position"] = position.ToJson(),
    };

    /// <summary>textDocument/completion: the offered items' labels (and the raw items).</summary>
    public async Task<IReadOnlyList<JsonObject>> CompletionAsync(string relativePath, LspPosition position)
    {
        var parameters = At(relativePath, position);
        parameters["context"] = new JsonObject { ["triggerKind"] = 2, ["triggerCharacter"] = "." };
        var result = await RequestAsync("textDocument/completion", parameters);
        var items = result is JsonArray array ? array : result?["items"]?.AsArray();
        return items is null ? [] : [.. items.Select(i => i!.AsObject())];
    }

    /// <summary>textDocument/hover: the hover's text (markdown or plain), or null when there is none.</summary>
    public async Task<string?> HoverAsync(string relativePath, LspPosition position)
    {
        var result = await RequestAsync("textDocument/hover", At(relativePath, position));
        return result?["contents"] switch
        {
            null => null,
            JsonObject markup => (string?)markup["value"],
            JsonArray parts => string.Join("\n", parts.Select(p => p is JsonObject o ? (string?)o["value"] : (string?)p)),
            var plain => (string?)plain,
        };
    }

    /// <summary>textDocument/definition: the locations' URIs and ranges.</summary>
    public async Task<IReadOnlyList<(string Uri, LspRange Range)>> DefinitionAsync(string relativePath, LspPosition position)
    {
        var result = await RequestAsync("textDocument/definition", At(relativePath, position));
        var locations = result switch { JsonArray array => [.. array.Select(l => l!)], JsonObject one => new[] { (JsonNode)one }, _ => [] };
        return [.. locations.Select(l => ((string)(l["uri"] ?? l["targetUri"])!, LspRange.From((l["range"] ?? l["targetRange"])!)))];
    }

    /// <summary>textDocument/codeAction over <paramref name="range"/> with the diagnostics the client shows there.</summary>
    public async Task<IReadOnlyList<JsonObject>> CodeActionsAsync(string relativePath, LspRange range, IEnumerable<LspDiagnostic> diagnostics)
    {
        var result = await RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = DocumentUri(PathOf(relativePath)) },
            ["range"] = range.ToJson(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray([.. diagnostics.Select(d => d.Raw.DeepClone())]) },
        });
        return result is JsonArray actions ? [.. actions.Select(a => a!.AsObject())] : [];
    }

    /// <summary>codeAction/resolve: the action with its <c>edit</c> filled in.</summary>
    public async Task<JsonObject> ResolveCodeActionAsync(JsonObject action) =>
        (await RequestAsync("codeAction/resolve", action.DeepClone()))!.AsObject();

    /// <summary>The text of <paramref name="relativePath"/> after applying a WorkspaceEdit's changes to it (the editor's text otherwise).</summary>
    public string ApplyEdit(string relativePath, JsonNode? edit)
    {
        var uri = DocumentUri(PathOf(relativePath));
        var text = TextOf(relativePath);
        var edits = (edit?["documentChanges"]?.AsArray() ?? [])
            .Where(change => (string?)change?["textDocument"]?["uri"] == uri)
            .SelectMany(change => change!["edits"]!.AsArray())
            .Concat(edit?["changes"]?[uri]?.AsArray() ?? [])
            .Select(e => (Range: LspRange.From(e!["range"]!), NewText: (string)e["newText"]!))
            .OrderByDescending(e => e.Range.Start.Line).ThenByDescending(e => e.Range.Start.Character);
        foreach (var (range, newText) in edits)
        {
            var start = range.Start.OffsetIn(text);
            text = string.Concat(text.AsSpan(0, start), newText, text.AsSpan(range.End.OffsetIn(text)));
        }
        return text;
    }

    // ---- diagnostics ----

    /// <summary>The diagnostics last published for a file (empty if none yet).</summary>
    public IReadOnlyList<LspDiagnostic> DiagnosticsOf(string relativePath)
    {
        lock (_gate) return _diagnostics.TryGetValue(DocumentUri(PathOf(relativePath)), out var list) && list.Count > 0 ? list[^1].Diagnostics : [];
    }

    /// <summary>
    /// Waits (at most <paramref name="timeout"/>) for a publishDiagnostics for the file received after
    /// <paramref name="since"/> (a <see cref="Mark"/>) whose diagnostics satisfy <paramref name="accept"/>; returns them.
    /// </summary>
    public async Task<IReadOnlyList<LspDiagnostic>> WaitForDiagnosticsAsync(string relativePath, long since, Func<IReadOnlyList<LspDiagnostic>, bool> accept, TimeSpan timeout)
    {
        var uri = DocumentUri(PathOf(relativePath));
        IReadOnlyList<LspDiagnostic>? found = null;
        try
        {
            await WaitUntilAsync(() =>
            {
                found = _diagnostics.TryGetValue(uri, out var list) ? list.LastOrDefault(p => p.Sequence > since && accept(p.Diagnostics))?.Diagnostics : null;
                return found is not null;
            }, DateTime.UtcNow + timeout, $"no diagnostics as expected for {relativePath}");
        }
        catch (TimeoutException e)
        {
            var last = DiagnosticsOf(relativePath);
            throw new TimeoutException($"{e.Message}\nLast published for {relativePath}:\n{string.Join('\n', last)}", e);
        }
        return found!;
    }

    private static string Tail(string log) => log.Length <= 6000 ? log : log[^6000..];

    public async ValueTask DisposeAsync()
    {
        if (_connection is null) return;
        if (!_connection.HasExited)
        {
            try
            {
                await _connection.RequestAsync("shutdown", null, TimeSpan.FromSeconds(20));
                await _connection.NotifyAsync("exit", null);
            }
            catch (Exception e) when (e is TimeoutException or IOException or LspErrorException)
            {
                // Killed below.
            }
        }
        await _connection.DisposeAsync();
    }

    private sealed record PublishedDiagnostics(long Sequence, IReadOnlyList<LspDiagnostic> Diagnostics);
}
