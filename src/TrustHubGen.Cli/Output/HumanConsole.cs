using System.IO;
using Spectre.Console;

namespace TrustHubGen.Cli.Output;

/// <summary>A Spectre console over a writer: colours and live progress on a terminal, plain text when redirected.</summary>
internal static class HumanConsole
{
    public static IAnsiConsole Create(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        // Redirected output has no width: never wrap a message in a log (tables only grow to their content).
        if (!terminal) console.Profile.Width = 512;
        return console;
    }
}
