using System;
using System.IO;

namespace TrustHubGen.Cli.Hosting;

/// <summary>
/// What a command may touch outside itself: its streams, whether they are terminals, the environment variables and
/// the working directory. The program passes the real ones; tests pass captured writers and their own variables.
/// </summary>
internal sealed record CliConsole
{
    /// <summary>Standard output: results (human text, or the single JSON document with <c>--json</c>).</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: errors, warnings, and prompts in <c>--json</c> mode.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Standard input, for the confirmation prompt.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>True when standard input is a terminal a person can answer a prompt on.</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>True when standard output is a terminal (progress bars and colours); false when redirected.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>
    /// What the output terminal shows, when known beforehand (tests give a fixed one); null: asked of the process's own
    /// terminal, whose size and escape-code support vary with the host.
    /// </summary>
    public TerminalCapabilities? Terminal { get; init; }

    /// <summary>Reads an environment variable (credentials come only from here).</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = _ => null;

    /// <summary>The directory relative paths are resolved against.</summary>
    public string CurrentDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>This console with <see cref="Out"/> failing as a <see cref="CliException"/> when it cannot be written.</summary>
    public CliConsole WithGuardedOutput() => Out is StandardOutput ? this : this with { Out = new StandardOutput(Out) };

    /// <summary>The process's own console.</summary>
    public static CliConsole FromProcess() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        In = Console.In,
        InputIsTerminal = !Console.IsInputRedirected,
        OutputIsTerminal = !Console.IsOutputRedirected,
        GetEnvironmentVariable = Environment.GetEnvironmentVariable,
        CurrentDirectory = Directory.GetCurrentDirectory(),
    };
}

/// <summary>A terminal's escape-code support and size in characters.</summary>
internal sealed record TerminalCapabilities(bool Ansi, int Width, int Height);
