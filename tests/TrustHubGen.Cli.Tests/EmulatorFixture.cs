using TrustHubGen.Emulator.Hosting;

namespace TrustHubGen.Cli.Tests;

/// <summary>An emulator of the test's own (demo seed), reached with --trusthub-url and credentials from the environment.</summary>
public sealed class TestEmulator : IAsyncDisposable
{
    private TestEmulator(EmulatorHost host) => Host = host;

    public EmulatorHost Host { get; }

    public string Url => Host.BaseAddress.ToString().TrimEnd('/');

    public EmulatorSeedInfo Seed => Host.Seed;

    public IReadOnlyDictionary<string, string> Credentials => new Dictionary<string, string>
    {
        ["TWILIO_ACCOUNT_SID"] = Host.AccountSid,
        ["TWILIO_AUTH_TOKEN"] = Host.AuthToken,
    };

    public static async Task<TestEmulator> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { Seed = "demo" };
        configure?.Invoke(options);
        return new TestEmulator(await EmulatorHost.StartAsync(options));
    }

    /// <summary>Arguments that point the onboard command here, with the demo profile and confirmation given.</summary>
    public string[] Onboard(params string[] args) =>
        ["onboard", .. args, "--trusthub-url", Url, "--email", "ops@owl.example.com", "--yes"];

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
