using TrustHubGen.Emulator.Faults;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests.Infrastructure;

/// <summary>An in-process emulator (demo seed, immediate review) with a transport and operations pointed at it.</summary>
internal sealed class EmulatorSession : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly HttpClient _plainHttp = new();

    private EmulatorSession(EmulatorHost host, OnboardingRetryMonitor retries, HttpMessageHandler? handler, int extraNumbers)
    {
        ExtraNumbers = extraNumbers;
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        Host = host;
        Retries = retries;
        var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(host.AccountSid, host.AuthToken) };
        options.UseBaseAddressForAllHosts(host.BaseAddress);
        options.Retry = new TwilioRetryOptions { MaxRetries = 8, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(20), OnRetry = retries.Record };
        Transport = new TwilioHttpTransport(_http, options);
        Operations = new TrustHubRestOperations(Transport);
        StateReader = new TrustHubRestOperations(new TwilioHttpTransport(_plainHttp, options));
    }

    public EmulatorHost Host { get; }

    public EmulatorSeedInfo Seed => Host.Seed;

    /// <summary>The bulk numbers the seed added beyond the demo's (the last <see cref="ExtraNumbers"/> of <c>Seed.NumbersNotOnProfile</c>).</summary>
    public int ExtraNumbers { get; }

    public OnboardingRetryMonitor Retries { get; }

    public TwilioHttpTransport Transport { get; }

    public TrustHubRestOperations Operations { get; }

    /// <summary>Operations over a plain HTTP handler (never the test's flaky one), for checking the state a run left.</summary>
    public TrustHubRestOperations StateReader { get; }

    /// <param name="extraNumbers">Numbers the seed adds beyond the demo's.</param>
    /// <param name="faults">Faults the emulator injects.</param>
    /// <param name="reviewStepDelay">How long each review step takes.</param>
    /// <param name="handler">The HTTP handler under the transport (such as a LostAnswerHandler); a plain one when null.</param>
    /// <param name="configure">Anything else about the emulator (its concurrency cap, its latency).</param>
    public static async Task<EmulatorSession> StartAsync(int extraNumbers = 0, Action<FaultOptions>? faults = null, TimeSpan? reviewStepDelay = null, HttpMessageHandler? handler = null,
        Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { ReviewStepDelay = reviewStepDelay ?? TimeSpan.Zero, ExtraNumbers = extraNumbers };
        faults?.Invoke(options.Faults);
        configure?.Invoke(options);
        return new EmulatorSession(await EmulatorHost.StartAsync(options), new OnboardingRetryMonitor(), handler, options.ExtraNumbers);
    }

    public OnboardingRequest Request(OnboardingNumbers numbers, params OnboardingPolicy[] policies) => new()
    {
        BusinessProfileSid = Seed.PrimaryBusinessProfileSid!,
        Policies = policies,
        Numbers = numbers,
        NotificationEmail = "owl@example.com",
        EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["cnam_information"] = new Dictionary<string, string> { ["cnam_display_name"] = "OWL INDUSTRIES" },
        },
        Options = new OnboardingOptions { WaitForReview = true, ReviewPollInitialDelay = TimeSpan.FromMilliseconds(10), ReviewPollMaxDelay = TimeSpan.FromMilliseconds(50), RetryMonitor = Retries },
    };

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _http.Dispose();
        _plainHttp.Dispose();
    }
}
