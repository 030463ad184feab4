using TrustHubGen.Emulator.Faults;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Resilience.Tests.Infrastructure;

/// <summary>An in-process emulator (demo seed plus bulk numbers off the profile, immediate review) and operations on it.</summary>
internal sealed class ResilienceEmulator : IAsyncDisposable
{
    private readonly HttpClient _http = new();

    private ResilienceEmulator(EmulatorHost host, int numbers, TwilioRetryOptions retry)
    {
        Host = host;
        var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(host.AccountSid, host.AuthToken), Retry = retry };
        options.UseBaseAddressForAllHosts(host.BaseAddress);
        Operations = new TrustHubRestOperations(new TwilioHttpTransport(_http, options), host.AccountSid);
        // The demo seed's own off-profile numbers come first; the bulk ones follow.
        NumberSids = host.Seed.NumbersNotOnProfile.TakeLast(numbers).Select(n => n.Sid).ToArray();
    }

    public EmulatorHost Host { get; }

    public string ProfileSid => Host.Seed.PrimaryBusinessProfileSid!;

    /// <summary>The bulk numbers, none of them on the profile yet.</summary>
    public IReadOnlyList<string> NumberSids { get; }

    public TrustHubRestOperations Operations { get; }

    public static async Task<ResilienceEmulator> StartAsync(int numbers, Action<FaultOptions>? faults = null, TwilioRetryOptions? retry = null)
    {
        var options = new EmulatorOptions { ExtraNumbers = numbers, ReviewStepDelay = TimeSpan.Zero };
        faults?.Invoke(options.Faults);
        return new ResilienceEmulator(await EmulatorHost.StartAsync(options), numbers, retry ?? new TwilioRetryOptions());
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _http.Dispose();
    }
}
