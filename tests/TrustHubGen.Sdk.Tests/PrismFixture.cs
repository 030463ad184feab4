using TrustHubGen.Runtime;
using TrustHubGen.Testing;

namespace TrustHubGen.Sdk.Tests;

/// <summary>Prism mocks of the official Trust Hub and API 2010 specs, shared by the conformance tests.</summary>
public sealed class PrismFixture : IAsyncLifetime
{
    // Well-formed SIDs; Prism checks patterns, not existence.
    public static readonly AccountSid Account = AccountSid.Parse("AC0f1e2d3c4b5a69788796a5b4c3d2e1f0");

    // Prism checks that Basic auth is present, not what it holds; made at run time so no secret literal sits in source (TH1011).
    public static readonly string UnusedSecret = Guid.NewGuid().ToString("N");

    private PrismServer? _trustHub;
    private PrismServer? _api2010;

    public TrustHubClient TrustHub { get; private set; } = null!;

    public Api2010Client Api2010 { get; private set; } = null!;

    public Uri TrustHubBaseAddress => _trustHub!.BaseAddress;

    /// <summary>Everything Prism logged, for failure messages.</summary>
    public string Log => (_trustHub?.Output ?? "") + (_api2010?.Output ?? "");

    /// <summary>Violations the control test provoked on purpose.</summary>
    public HashSet<string> ExpectedViolations { get; } = [];

    /// <summary>Every request violation Prism logged so far, warnings included.</summary>
    public IReadOnlyList<string> RequestViolations => [.. _trustHub!.RequestViolations, .. _api2010!.RequestViolations];

    public async Task InitializeAsync()
    {
        var trustHub = PrismServer.StartMockAsync(RepoPaths.TrustHubSpec);
        var api2010 = PrismServer.StartMockAsync(RepoPaths.Api2010Spec);
        _trustHub = await trustHub;
        _api2010 = await api2010;
        TrustHub = new TrustHubClient(Transport("https://trusthub.twilio.com", _trustHub.BaseAddress));
        Api2010 = new Api2010Client(Transport("https://api.twilio.com", _api2010.BaseAddress), Account);
    }

    private static TwilioHttpTransport Transport(string host, Uri prism)
    {
        var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(Account.Value, UnusedSecret) };
        options.BaseAddresses[host] = prism;
        // A 422 from Prism must surface as the failure it is, never be retried away.
        options.Retry.MaxRetries = 0;
        return new TwilioHttpTransport(new HttpClient(), options);
    }

    public async Task DisposeAsync()
    {
        if (_trustHub is not null) await _trustHub.DisposeAsync();
        if (_api2010 is not null) await _api2010.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PrismCollection : ICollectionFixture<PrismFixture>
{
    public const string Name = "prism";
}
