using System.Runtime.InteropServices;
using System.Threading;
using TrustHubGen.Cli.Hosting;

// trusthub onboard|emulator|sync …: see docs/cli.md. Ctrl+C and SIGTERM cancel the run; what is written stays
// discoverable, so the same command run again resumes.
using var cancel = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    // The first signal cancels gracefully; a second one ends the process at once (the default).
    if (cancel.IsCancellationRequested) return;
    context.Cancel = true;
    cancel.Cancel();
}
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await TrustHubCli.RunAsync(args, CliConsole.FromProcess(), cancel.Token);
