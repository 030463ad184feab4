using TrustHubGen.Emulator.Hosting;

namespace TrustHubGen.Emulator.Tests.Infrastructure;

/// <summary>An in-process emulator on a free 127.0.0.1 port with a client authenticated as its main account.</summary>
internal sealed class TestEmulator : IAsyncDisposable
{
    public const string Cnam = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";
    public const string ShakenStir = "RN7a97559effdf62d00f4298208492a5ea";
    public const string PrimaryProfile = "RN6433641899984f951173ef1738c3bdd0";
    public const string SecondaryProfile = "RNdfbf3fae0e1107f8aded0e7cead80bf5";

    private TestEmulator(EmulatorHost host)
    {
        Host = host;
        Client = new ApiClient(host.BaseAddress, host.AccountSid, host.AuthToken);
    }

    public EmulatorHost Host { get; }

    public ApiClient Client { get; }

    public EmulatorSeedInfo Seed => Host.Seed;

    public string Profile => Seed.PrimaryBusinessProfileSid!;

    public static async Task<TestEmulator> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions();
        configure?.Invoke(options);
        return new TestEmulator(await EmulatorHost.StartAsync(options));
    }

    public ApiClient ClientAs(string user, string password) => new(Host.BaseAddress, user, password);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
