using System.Diagnostics;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Onboarding.Benchmarks.TrustHub;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Benchmarks;

/// <summary>What one engine run cost.</summary>
internal sealed record EngineMeasurement(int Refused, int Requests, int WriteCalls, IReadOnlyDictionary<string, int> ApiCalls, TimeSpan Wall, IReadOnlyList<(string Phase, TimeSpan Duration)> Phases,
    IReadOnlyList<PhaseDetail> Details,
    IReadOnlyList<(TimeSpan At, TimeSpan Delay)> RetryWaits, (double Reported, double Own) MeanConcurrency, (int P50, int P90, int P99) OwnAtSend)
{
    /// <summary>Attempts through the adaptive gate, those that waited more than 1 ms for a slot, and the mean wait in seconds.</summary>
    public (long Attempts, long Queued, double MeanWait) GateWaits { get; init; }
}

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
            Numbers = Named(numbers),
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

        // The adaptive gate's waits (the runtime's "trusthub.client.concurrency.wait"): whether requests queue for a slot (the
        // gate's limit binds) or find one free (the client makes them slower than the limit lets them out).
        long waits = 0, queued = 0;
        double waited = 0;
        using var meters = new System.Diagnostics.Metrics.MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TrustHubGenTelemetry.MeterName && instrument.Name == "trusthub.client.concurrency.wait") listener.EnableMeasurementEvents(instrument);
        };
        meters.SetMeasurementEventCallback<double>((_, seconds, _, _) =>
        {
            Interlocked.Increment(ref waits);
            if (seconds > 0.001) Interlocked.Increment(ref queued);
            lock (meters) waited += seconds;
        });
        meters.Start();
        // Diagnostics only (THG_GATE_SAMPLES=1): the account gate's state every 50 ms, read by reflection (it is internal).
        using var sampling = new CancellationTokenSource();
        var samples = new List<string>();
        var sampler = Environment.GetEnvironmentVariable("THG_GATE_SAMPLES") == "1" ? Task.Run(async () =>
        {
            var gates = typeof(TwilioConcurrencyOptions).GetProperty("Gates", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(options.Concurrency)!;
            var dictionary = (System.Collections.IEnumerable)gates.GetType().GetField("_gates", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(gates)!;
            while (!sampling.IsCancellationRequested)
            {
                foreach (var entry in dictionary) samples.Add($"{clock.Elapsed.TotalSeconds:F2} s: {entry.GetType().GetProperty("Value")!.GetValue(entry)}");
                try { await Task.Delay(50, sampling.Token); } catch (OperationCanceledException) { }
            }
        }) : Task.CompletedTask;
        clock.Start();
        var phases = new PhaseClock();
        var result = await new OnboardingRunner(operations).RunAsync(request, observer is null ? phases : new Both(phases, observer));
        clock.Stop();
        meters.Dispose();
        sampling.Cancel();
        await sampler;
        if (samples.Count > 0) File.WriteAllLines(Path.Combine(Path.GetTempPath(), $"thg-gate-{DateTime.UtcNow:HHmmss}.txt"), samples);
        if (!result.Succeeded || result.Products.Any(p => p.NumbersAssigned != numbers.Count))
            throw new InvalidOperationException($"The engine run did not onboard every number:\n{result}");
        return new EngineMeasurement(counter.Refused, counter.Requests, result.WriteCalls, result.ApiCalls, clock.Elapsed, phases.Phases(clock.Elapsed).ToList(), phases.Details(clock.Elapsed), retryWaits, counter.MeanConcurrency, (counter.OwnAtSendPercentile(0.5), counter.OwnAtSendPercentile(0.9), counter.OwnAtSendPercentile(0.99)))
        {
            GateWaits = (waits, queued, waits == 0 ? 0 : waited / waits),
        };
    }

    /// <summary>Plans the same run without writing (reads only): warms up both sides' code paths for reading the state.</summary>
    public static async Task<(OnboardingPlan Plan, int Requests)> PlanAsync(Uri baseAddress, string accountSid, string authToken, string profileSid, IReadOnlyList<string> numbers, SocketsHttpHandler socketsHandler)
    {
        var counter = new CountingHandler(socketsHandler);
        using var http = new HttpClient(counter, disposeHandler: false);
        var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(accountSid, authToken) };
        options.UseBaseAddressForAllHosts(baseAddress);
        var operations = new TrustHubRestOperations(new TwilioHttpTransport(http, options), accountSid);
        var plan = await new OnboardingPlanner(operations).PlanAsync(new OnboardingRequest
        {
            BusinessProfileSid = profileSid,
            Policies = [PolicyCatalog.Cnam.OnboardingPolicy, PolicyCatalog.ShakenStir.OnboardingPolicy],
            Numbers = Named(numbers),
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [PolicyCatalog.Cnam.EndUsers.CnamInformation.Type] = new Dictionary<string, string> { [PolicyCatalog.Cnam.EndUsers.CnamInformation.CnamDisplayName.Name] = "OWL INDUSTRIES" },
            },
            NotificationEmail = "ops@example.com",
            // As the run reads: partitioned reads go out up to MaxConcurrency at once.
            Options = new OnboardingOptions { MaxConcurrency = 256 },
        });
        return (plan, counter.Requests);
    }

    /// <summary>The request's numbers: by SID (<c>PN…</c>) or in E.164, as given.</summary>
    public static OnboardingNumbers Named(IReadOnlyList<string> numbers) =>
        numbers.Count > 0 && numbers[0].StartsWith("PN", StringComparison.Ordinal) ? OnboardingNumbers.FromSids(numbers) : OnboardingNumbers.FromPhoneNumbers(numbers);

    private sealed class Both(IProgress<OnboardingProgress> first, IProgress<OnboardingProgress> second) : IProgress<OnboardingProgress>
    {
        public void Report(OnboardingProgress value)
        {
            first.Report(value);
            second.Report(value);
        }
    }
}
