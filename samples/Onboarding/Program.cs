using Onboarding;

// bash eng/sample.sh [--yes] [--plan]
// Without TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN: starts the Trust Hub emulator in this process with the demo seed and
// onboards its numbers. With them: runs against the live service, after printing the plan and asking (or --yes).
var arguments = SampleArguments.Parse(args);
if (arguments is null)
{
    Console.Error.WriteLine(SampleArguments.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
try
{
    await using var target = await SampleTarget.OpenAsync(Console.Out, cancel.Token);
    return await new OnboardingSample(target, arguments, Console.Out, Console.In).RunAsync(cancel.Token);
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled. Run again to finish: the onboarding resumes from what the service already has.");
    return 130;
}
catch (TrustHubGen.Runtime.TwilioCallException e)
{
    // Every failed call to Twilio: an error answer (TwilioApiException), an answer that is not Twilio's
    // (TwilioInvalidResponseException) or none at all (TwilioNoAnswerException). The message names the request.
    Console.Error.WriteLine($"{e.Message} Run again to finish: the onboarding resumes from what the service already has.");
    return 1;
}
