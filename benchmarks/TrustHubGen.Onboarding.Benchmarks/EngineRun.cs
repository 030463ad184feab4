using System.Diagnostics;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Onboarding.Benchmarks.TrustHub;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Benchmarks;

/// <summary>What one engine run cost.</summary>
internal sealed record EngineMeasurement(int Refused, int Requests, int WriteCalls, IReadOnlyDictionary<string, int> ApiCalls, TimeSpan Wall, IReadOnlyList<(string Phase, TimeSpan Duration)> Phases,
    IReadOnlyList<PhaseDetail> Details,
    IReadOnlyList<(TimeSpan At, TimeSpan Delay)> RetryWaits, (double Reported, double Own) MeanConcurrency, (int P50, int P90, int P99) OwnAtSend);

/// <summary>The onboarding engine, as a user runs it: generated policy catalog, REST operations over the HTTP transport.</summary>
internal static class EngineRun
{
    public static Task<EngineMeasurement> RunAsync(EmulatorHost emulator, IReadOnlyList<string> numbers, int concurrency, SocketsHttpHandler socketsHandler) =>
        RunAsync(emulator.BaseAddress, emulator.AccountSid, emulator.AuthToken, emulator.Seed.PrimaryBusinessProfileSid!, numbers, concurrency, socketsHandler, null);

    /// <summary>A run against an emulator anywhere (another process), reporting progress to <paramref name="observer"/> too.</summary>
    public static async Task<EngineMeasurement> RunAsync(Uri baseAddress, string accountSid, string authToken, string profileSid, IReadOnlyList<string> numbers, int concurrency,
        SocketsHttpHandler socketsHandler, IProgress<OnboardingProgress>? observer)
    {
        var counter = new CountingHandler(socketsHandler);
        using var http = new HttpClient(counter, disposeHandler: false);
        var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(accountSid, authToken) };
        options.UseBaseAddressForAllHosts(baseAddress);
        // Each retry's wait and when it began, to see how much of a run waits on refused requests.
        var retryWaits = new List<(TimeSpan At, TimeSpan Delay)>();
        var clock = new Stopwatch();
        options.Retry.OnRetry = info =>
        {
            lock (retryWaits) retryWaits.Add((clock.Elapsed, info.Delay));
        };
        var operations = new TrustHubRestOperations(new TwilioHttpTransport(http, options), accountSid);
        var request = new OnboardingRequest
        {
            BusinessProfileSid = profileSid,
            Policies = [PolicyCatalog.Cnam.OnboardingPolicy, PolicyCatalog.ShakenStir.OnboardingPolicy],
            Numbers = OnboardingNumbers.FromSids(numbers),
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [PolicyCatalog.Cnam.EndUsers.CnamInformation.Type] = new Dictionary<string, string>
                {
                    [PolicyCatalog.Cnam.EndUsers.CnamInformation.CnamDisplayName.Name] = "OWL INDUSTRIES",
                },
            },
            NotificationEmail = "ops@example.com",
            // The documented way does not wait for the review either; both end at submission.
            Options = new OnboardingOptions { MaxConcurrency = concurrency, WaitForReview = false },
        };

        clock.Start();
        var phases = new PhaseClock();
        var result = await new OnboardingRunner(operations).RunAsync(request, observer is null ? phases : new Both(phases, observer));
        clock.Stop();
        if (!result.Succeeded || result.Products.Any(p => p.NumbersAssigned != numbers.Count))
            throw new InvalidOperationException($"The engine run did not onboard every number:\n{result}");
        return new EngineMeasurement(counter.Refused, counter.Requests, result.WriteCalls, result.ApiCalls, clock.Elapsed, phases.Phases(clock.Elapsed).ToList(), phases.Details(clock.Elapsed), retryWaits, counter.MeanConcurrency, (counter.OwnAtSendPercentile(0.5), counter.OwnAtSendPercentile(0.9), counter.OwnAtSendPercentile(0.99)));
    }

    /// <summary>Plans the same run without writing (reads only): warms up both sides' code paths for reading the state.</summary>
    public static async Task<OnboardingPlan> PlanAsync(Uri baseAddress, string accountSid, string authToken, string profileSid, IReadOnlyList<string> numbers, SocketsHttpHandler socketsHandler)
    {
        using var http = new HttpClient(socketsHandler, disposeHandler: false);
        var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(accountSid, authToken) };
        options.UseBaseAddressForAllHosts(baseAddress);
        var operations = new TrustHubRestOperations(new TwilioHttpTransport(http, options), accountSid);
        return await new OnboardingPlanner(operations).PlanAsync(new OnboardingRequest
        {
            BusinessProfileSid = profileSid,
            Policies = [PolicyCatalog.Cnam.OnboardingPolicy, PolicyCatalog.ShakenStir.OnboardingPolicy],
            Numbers = OnboardingNumbers.FromSids(numbers),
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [PolicyCatalog.Cnam.EndUsers.CnamInformation.Type] = new Dictionary<string, string> { [PolicyCatalog.Cnam.EndUsers.CnamInformation.CnamDisplayName.Name] = "OWL INDUSTRIES" },
            },
            NotificationEmail = "ops@example.com",
        });
    }

    private sealed class Both(IProgress<OnboardingProgress> first, IProgress<OnboardingProgress> second) : IProgress<OnboardingProgress>
    {
        public void Report(OnboardingProgress value)
        {
            first.Report(value);
            second.Report(value);
        }
    }
}
