using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Pipelines.Tests.Sdk;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Pipelines.Tests;

/// <summary>An in-process emulator (demo seed, immediate review, this project's added policy file) and a transport pointed at it.</summary>
internal sealed class EmulatorSession : IAsyncDisposable
{
    public static readonly string BrandedCallingPolicyFile = Path.Combine(AppContext.BaseDirectory, "Policies", "branded-calling.json");

    private readonly HttpClient _http = new();

    private EmulatorSession(EmulatorHost host)
    {
        Host = host;
        var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(host.AccountSid, host.AuthToken) };
        options.UseBaseAddressForAllHosts(host.BaseAddress);
        options.Retry = new TwilioRetryOptions { MaxRetries = 8, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(20) };
        Transport = new TwilioHttpTransport(_http, options);
        Operations = new TrustHubRestOperations(Transport);
    }

    public EmulatorHost Host { get; }

    public EmulatorSeedInfo Seed => Host.Seed;

    public CustomerProfileSid Profile => CustomerProfileSid.Parse(Seed.PrimaryBusinessProfileSid!);

    public TwilioHttpTransport Transport { get; }

    public TrustHubRestOperations Operations { get; }

    /// <summary>Quick review polling, so tests wait for the emulator's (immediate) review without slowing down.</summary>
    public static OnboardingOptions FastReview { get; } = new()
    {
        WaitForReview = true,
        ReviewPollInitialDelay = TimeSpan.FromMilliseconds(10),
        ReviewPollMaxDelay = TimeSpan.FromMilliseconds(50),
    };

    public static async Task<EmulatorSession> StartAsync()
    {
        var options = new EmulatorOptions { ReviewStepDelay = TimeSpan.Zero };
        options.PolicyFiles.Add(BrandedCallingPolicyFile);
        return new EmulatorSession(await EmulatorHost.StartAsync(options));
    }

    public static PhoneNumberSid[] Sids(IEnumerable<SeededNumber> numbers) => numbers.Select(n => PhoneNumberSid.Parse(n.Sid)).ToArray();

    public async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _http.Dispose();
    }
}
