using System.CommandLine;
using TrustHubGen.Cli.Hosting;
using TrustHubGen.Emulator.CommandLine;

namespace TrustHubGen.Cli.Commands;

/// <summary>
/// <c>trusthub emulator</c>: the Trust Hub emulator on 127.0.0.1 until Ctrl+C or SIGTERM, with the emulator program's own
/// command-line definition (<see cref="EmulatorCommandLine"/>), so both take the same options and behave alike.
/// </summary>
internal static class EmulatorCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("emulator", EmulatorCommandLine.Description);
        EmulatorCommandLine.AddTo(command, console.Out, console.Error, console.CurrentDirectory);
        return command;
    }
}
