using System.Runtime.InteropServices;
using TrustHubGen.Emulator.Hosting;

namespace TrustHubGen.Emulator;

/// <summary><c>dotnet run --project src/TrustHubGen.Emulator -- --urls http://127.0.0.1:5080 --seed demo</c>.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        EmulatorOptions? options;
        try
        {
            options = CommandLine.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 2;
        }

        if (options is null)
        {
            Console.WriteLine(CommandLine.Usage);
            return 0;
        }

        EmulatorHost host;
        try
        {
            host = await EmulatorHost.StartAsync(options).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or IOException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"The emulator did not start: {e.Message}").ConfigureAwait(false);
            return 1;
        }

        await using (host.ConfigureAwait(false))
        {
            Banner.Print(Console.Out, host, options);
            var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stopped.TrySetResult();
            }

            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            await stopped.Task.ConfigureAwait(false);
        }

        return 0;
    }
}
