using TrustHubGen.Emulator.Faults;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests.Infrastructure;

/// <summary>An in-process emulator (demo seed, immediate review) with a transport and operations pointed at it.</summary>
internal sealed class EmulatorSession : IAsyncDisposable
{
    private readonly HttpClient _http = new();

    private EmulatorSession(EmulatorHost host, OnboardingRetryMonitor retries)
    {
        Host = host;
        Retries = retries;
        var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(host.AccountSid, host.AuthToken) };
        options.UseBaseAddressForAllHosts(host.BaseAddress);
        options.Retry = new TwilioRetryOptions { MaxRetries = 8, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(20), OnRetry = retries.Record };
        Transport = new TwilioHttpTransport(_http, options);
        Operations = new TrustHubRestOperations(Transport);
    }

    public EmulatorHost Host { get; }

    public EmulatorSeedInfo Seed => Host.Seed;

    public OnboardingRetryMonitor Retries { get; }

    public TwilioHttpTransport Transport { get; }

    public TrustHubRestOperations Operations { get; }

    public static async Task<EmulatorSession> StartAsync(int extraNumbers = 0, Action<FaultOptions>? faults = null, TimeSpan? reviewStepDelay = null)
    {
        var options = new EmulatorOptions { ReviewStepDelay = reviewStepDelay ?? TimeSpan.Zero, ExtraNumbers = extraNumbers };
        faults?.Invoke(options.Faults);
        return new EmulatorSession(await EmulatorHost.StartAsync(options), new OnboardingRetryMonitor());
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
    }
}
