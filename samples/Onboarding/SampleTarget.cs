using Onboarding.TrustHub;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Runtime;

namespace Onboarding;

/// <summary>Where the sample onboards: the embedded emulator by default, the live service when credentials are set.</summary>
internal sealed class SampleTarget : IAsyncDisposable
{
    private readonly EmulatorHost? _emulator;

    private SampleTarget(TwilioClientOptions options, EmulatorHost? emulator)
    {
        _emulator = emulator;
        Options = options;
        Transport = new TwilioHttpTransport(new HttpClient(), options);
        AccountSid = AccountSid.Parse(options.Credentials!.AccountSid);
    }

    public TwilioClientOptions Options { get; }

    public ITwilioTransport Transport { get; }

    public AccountSid AccountSid { get; }

    public bool IsLive => _emulator is null;

    /// <summary>The numbers the demo seed holds, to show what is onboarded and what is refused (emulator only).</summary>
    public EmulatorSeedInfo? Seed => _emulator?.Seed;

    public static async Task<SampleTarget> OpenAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var live = TwilioCredentials.FromEnvironment();
        if (live is not null)
        {
            output.WriteLine($"Live Twilio account {live.AccountSid} (from TWILIO_* environment variables).");
            return new SampleTarget(new TwilioClientOptions { Credentials = live }, null);
        }

        // Review steps of a second make the simulated review visible without slowing the demo down.
        var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { Seed = "demo", ReviewStepDelay = TimeSpan.FromSeconds(1) }, cancellationToken);
        output.WriteLine($"Trust Hub emulator listening on {emulator.BaseAddress} (demo seed, account {emulator.AccountSid}).");
        var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(emulator.AccountSid, emulator.AuthToken) };
        options.UseBaseAddressForAllHosts(emulator.BaseAddress);
        return new SampleTarget(options, emulator);
    }

    public async ValueTask DisposeAsync()
    {
        if (_emulator is not null) await _emulator.DisposeAsync();
    }
}
