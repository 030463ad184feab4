using TrustHubGen.Resilience.Worker;
using TrustHubGen.Resilience.Worker.TrustHub;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

// Onboards the given numbers for CNAM and SHAKEN/STIR against an emulator, optionally dying on purpose at one request.
// Exit codes: 0 done and succeeded, 1 done with failures, 2 bad arguments, 75 crashed by --crash-by exit (FailFast aborts).
var (arguments, problems) = WorkerArguments.Parse(args);
var credentials = TwilioCredentials.FromEnvironment();
if (credentials is null) problems = [.. problems, "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN must be set"];
if (arguments is null || problems.Count > 0)
{
    foreach (var problem in problems) Console.Error.WriteLine($"error: {problem}");
    Console.Error.WriteLine(WorkerArguments.Usage);
    return 2;
}

var handler = new CrashingHandler(arguments.Crash, arguments.CrashAt, arguments.Method);
using var http = new HttpClient(handler);
var retries = new OnboardingRetryMonitor();
var options = new TwilioClientOptions
{
    Credentials = credentials,
    Retry = new TwilioRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(100), OnRetry = retries.Record },
};
options.UseBaseAddressForAllHosts(arguments.EmulatorUrl);
var operations = new TrustHubRestOperations(new TwilioHttpTransport(http, options), credentials!.AccountSid);
var request = new OnboardingRequest
{
    BusinessProfileSid = arguments.ProfileSid,
    Policies = [PolicyCatalog.Cnam.OnboardingPolicy, PolicyCatalog.ShakenStir.OnboardingPolicy],
    Numbers = OnboardingNumbers.FromSids(arguments.NumberSids),
    EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        [PolicyCatalog.Cnam.EndUsers.CnamInformation.Type] = new Dictionary<string, string>
        {
            [PolicyCatalog.Cnam.EndUsers.CnamInformation.CnamDisplayName.Name] = "OWL INDUSTRIES",
        },
    },
    NotificationEmail = "resilience@example.com",
    Options = new OnboardingOptions
    {
        MaxConcurrency = arguments.Concurrency,
        WaitForReview = true,
        ReviewPollInitialDelay = TimeSpan.FromMilliseconds(5),
        ReviewPollMaxDelay = TimeSpan.FromMilliseconds(50),
        ReviewTimeout = TimeSpan.FromSeconds(30),
        RetryMonitor = retries,
    },
};

// The test starts its external-kill clock on this line, so process start-up does not eat the random delay.
Console.Out.WriteLine("worker: running");
Console.Out.Flush();
var result = await new OnboardingRunner(operations).RunAsync(request);
Console.Out.WriteLine(result.ToString());
Console.Out.WriteLine($"worker: done requests={handler.Requests} calls={result.TotalCalls} writes={result.WriteCalls} succeeded={result.Succeeded}");
return result.Succeeded ? 0 : 1;
