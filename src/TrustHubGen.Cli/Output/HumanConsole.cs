using System.IO;
using Spectre.Console;
using TrustHubGen.Cli.Hosting;

namespace TrustHubGen.Cli.Output;

/// <summary>A Spectre console over a writer: colours and live progress on a terminal, plain text when redirected.</summary>
internal static class HumanConsole
{
    public static IAnsiConsole Create(TextWriter writer, bool terminal, TerminalCapabilities? known = null)
    {
        var ansi = !terminal ? AnsiSupport.No : known is null ? AnsiSupport.Detect : known.Ansi ? AnsiSupport.Yes : AnsiSupport.No;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = ansi,
            ColorSystem = ansi == AnsiSupport.No ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        // Redirected output has no width: never wrap a message in a log (tables only grow to their content).
        if (!terminal) console.Profile.Width = 512;
        else if (known is not null)
        {
            console.Profile.Width = known.Width;
            console.Profile.Height = known.Height;
        }
        return console;
    }

    /// <summary>
    /// Whether live progress bars can be drawn: they redraw in place with escape codes. Without them (TERM unset or
    /// dumb) Spectre's fallback prints nothing once the first step has finished, so such a terminal gets plain lines.
    /// </summary>
    public static bool CanRedraw(IAnsiConsole console) =>
        console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi;
}
