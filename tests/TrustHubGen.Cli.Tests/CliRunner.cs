using System.Text;
using System.Text.Json;
using TrustHubGen.Cli.Hosting;

namespace TrustHubGen.Cli.Tests;

/// <summary>What one in-process run of the command tree printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Stdout as the single JSON document --json promises (parsing fails if anything else is there).</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Out);
        return document.RootElement.Clone();
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}

/// <summary>Runs <c>trusthub</c> in this process with captured streams and its own environment variables.</summary>
public static class CliRunner
{
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(args, new Dictionary<string, string>());

    public static async Task<CliRun> RunAsync(string[] args, IReadOnlyDictionary<string, string> environment, string? input = null,
        bool inputIsTerminal = false, TextWriter? output = null, CancellationToken cancellationToken = default, bool outputIsTerminal = false,
        bool terminalHasAnsi = true, TextReader? inputReader = null, int terminalWidth = 120)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = new CliConsole
        {
            Out = output is null ? stdout : new TeeWriter(stdout, output),
            Error = stderr,
            In = inputReader ?? new StringReader(input ?? ""),
            InputIsTerminal = inputIsTerminal,
            OutputIsTerminal = outputIsTerminal,
            // A fixed terminal, not the test host's: its size and escape-code support vary with where the tests run.
            Terminal = new TerminalCapabilities(terminalHasAnsi, Width: terminalWidth, Height: 40),
            GetEnvironmentVariable = name => environment.TryGetValue(name, out var value) ? value : null,
            CurrentDirectory = AppContext.BaseDirectory,
        };
        var exitCode = await TrustHubCli.RunAsync(args, console, cancellationToken);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Writes to two writers (a test watches the second one to act at a given moment).</summary>
    private sealed class TeeWriter(TextWriter first, TextWriter second) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            first.Write(value);
            second.Write(value);
        }

        public override void Write(string? value)
        {
            first.Write(value);
            second.Write(value);
        }

        public override void WriteLine(string? value)
        {
            first.WriteLine(value);
            second.WriteLine(value);
        }
    }
}

/// <summary>A writer that calls back on every completed line.</summary>
public sealed class LineWatcher(Action<string> onLine) : TextWriter
{
    private readonly StringBuilder _line = new();
    private readonly StringBuilder _all = new();

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>Everything written so far.</summary>
    public string Text
    {
        get { lock (_all) return _all.ToString(); }
    }

    public override void Write(char value)
    {
        lock (_all) _all.Append(value);
        if (value == '\n')
        {
            var line = _line.ToString().TrimEnd('\r');
            _line.Clear();
            onLine(line);
        }
        else _line.Append(value);
    }
}
