using IsvOnboarding;

// bash eng/sample-isv.sh [--customers N] [--postgres CONNECTION] [--keep-running]
// The embedded emulator plays Twilio (reviews of a couple of seconds, signed status callbacks); this process is the ISV's
// web app: it receives the callbacks and runs the onboarding as Hangfire jobs. With --worker it is one of several
// instances sharing PostgreSQL (the multi-worker tests start three and kill them).
if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(IsvArguments.Usage);
    return 0;
}

IsvArguments arguments;
try
{
    arguments = IsvArguments.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(IsvArguments.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
try
{
    return arguments.Worker
        ? await WorkerRun.RunAsync(arguments, Console.Out, stop.Token)
        : await DemoRun.RunAsync(arguments, Console.Out, stop.Token);
}
catch (InvalidDataException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
