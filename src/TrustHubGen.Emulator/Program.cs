using System.CommandLine;
using System.Runtime.InteropServices;
using TrustHubGen.Emulator.CommandLine;

namespace TrustHubGen.Emulator;

/// <summary>
/// <c>dotnet run --project src/TrustHubGen.Emulator -- --urls http://127.0.0.1:5080 --seed demo</c>: the same command as
/// <c>trusthub emulator</c> (<see cref="EmulatorCommandLine"/>).
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            // The first signal stops gracefully (final state written); a second one ends the process at once.
            if (cancel.IsCancellationRequested)
            {
                return;
            }

            context.Cancel = true;
            cancel.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var root = new RootCommand(EmulatorCommandLine.Description);
        EmulatorCommandLine.AddTo(root, Console.Out, Console.Error, Directory.GetCurrentDirectory());
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message).ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Run with --help for the options.").ConfigureAwait(false);
            return EmulatorExitCodes.BadInput;
        }

        // This program owns Ctrl+C/SIGTERM (above); System.CommandLine must not install its own handler.
        return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, cancel.Token).ConfigureAwait(false);
    }
}
