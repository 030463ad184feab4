using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Policies;
using TrustHubGen.Policies.Snapshots;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Runtime.Snapshots;

namespace TrustHubGen.Snapshots.Tests;

/// <summary>Capture against the in-process emulator (demo seed), then the compile-time reader reads the file back.</summary>
public sealed class EmulatorCaptureTests : IAsyncLifetime
{
    private const string CnamPolicy = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";
    private readonly HttpClient _http = new();
    private EmulatorHost _host = null!;
    private TwilioHttpTransport _transport = null!;

    public async Task InitializeAsync()
    {
        _host = await EmulatorHost.StartAsync(new EmulatorOptions { ReviewStepDelay = TimeSpan.Zero, ExtraNumbers = 1200 });
        var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(_host.AccountSid, _host.AuthToken) };
        options.UseBaseAddressForAllHosts(_host.BaseAddress);
        _transport = new TwilioHttpTransport(_http, options);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _http.Dispose();
    }

    [Fact]
    public async Task The_seeded_account_round_trips_with_no_diagnostic()
    {
        EmulatorSeedInfo seed = _host.Seed;

        AccountSnapshotDocument document = await AccountSnapshotCapture.CaptureAsync(_transport, _host.AccountSid);
        SnapshotReadResult read = AccountSnapshotReader.Read("trusthub.snapshot.json", document.ToJson());

        Assert.Empty(read.Diagnostics);
        AccountSnapshot snapshot = read.Snapshot!;
        Assert.Equal(_host.AccountSid, snapshot.AccountSid);
        Assert.Equal((document.ProfileCount, document.NumberCount, document.TrustProductCount), (snapshot.Profiles.Count, snapshot.Numbers.Count, snapshot.TrustProducts.Count));

        // More than one page of numbers (the emulator's ExtraNumbers) arrived, each once.
        var seeded = seed.NumbersOnProfile.Concat(seed.NumbersNotOnProfile).Append(seed.TollFreeNumber!).Append(seed.CanadianNumber!)
            .Select(n => n.Sid).ToHashSet(StringComparer.Ordinal);
        Assert.True(seeded.Count > 1200, $"the seed has {seeded.Count} numbers");
        Assert.True(seeded.SetEquals(snapshot.Numbers.Select(n => n.Sid)), "the snapshot holds exactly the seeded numbers");
        Assert.Equal(snapshot.Numbers.Count, snapshot.Numbers.Select(n => n.Sid).Distinct().Count());

        SnapshotProfile profile = Assert.Single(snapshot.Profiles, p => p.Sid == seed.PrimaryBusinessProfileSid);
        Assert.Equal("twilio-approved", profile.Status);
        Assert.Equal(seed.NumbersOnProfile.Select(n => n.Sid).Order(StringComparer.Ordinal), profile.NumberSids.Where(s => seed.NumbersOnProfile.Any(n => n.Sid == s)));
        Assert.DoesNotContain(seed.NumbersNotOnProfile[0].Sid, profile.NumberSids);

        SnapshotNumber tollFree = snapshot.Numbers.Single(n => n.Sid == seed.TollFreeNumber!.Sid);
        Assert.Equal(("toll-free", "US"), (tollFree.Type, tollFree.Country));
        SnapshotNumber canadian = snapshot.Numbers.Single(n => n.Sid == seed.CanadianNumber!.Sid);
        Assert.Equal(("local", "CA"), (canadian.Type, canadian.Country));
        Assert.Equal(("local", "US"), snapshot.Numbers.Where(n => n.Sid == seed.NumbersOnProfile[0].Sid).Select(n => (n.Type, n.Country)).Single());
    }

    [Fact]
    public async Task A_trust_product_appears_with_its_numbers_and_entities_and_nothing_secret()
    {
        EmulatorSeedInfo seed = _host.Seed;
        var ops = new TrustHubRestOperations(_transport);
        string number = seed.NumbersOnProfile[3].Sid;
        TrustHubBundle product = await ops.CreateBundleAsync(OnboardingBundleKind.TrustProduct, CnamPolicy, "Owl CNAM", "secret-owner@owl.example.com", null, default);
        await ops.CreateEntityAssignmentAsync(OnboardingBundleKind.TrustProduct, product.Sid, seed.PrimaryBusinessProfileSid!, default);
        await ops.CreateChannelEndpointAssignmentAsync(OnboardingBundleKind.TrustProduct, product.Sid, "phone-number", number, default);

        AccountSnapshotDocument document = await AccountSnapshotCapture.CaptureAsync(_transport, _host.AccountSid);
        string json = document.ToJson();
        AccountSnapshot snapshot = AccountSnapshotReader.Read("s.json", json).Snapshot!;

        SnapshotTrustProduct captured = Assert.Single(snapshot.TrustProducts, p => p.Sid == product.Sid);
        Assert.Equal(("Owl CNAM", "draft", CnamPolicy), (captured.FriendlyName, captured.Status, captured.PolicySid));
        Assert.Equal([number], captured.NumberSids);
        Assert.Equal([seed.PrimaryBusinessProfileSid!], captured.EntitySids);
        Assert.DoesNotContain("@", json, StringComparison.Ordinal);
        Assert.DoesNotContain(_host.AuthToken, json, StringComparison.Ordinal);
        Assert.DoesNotContain("Owl Industries\",\"business_type", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subaccount_is_captured_through_the_parent_credentials()
    {
        EmulatorSeedInfo seed = _host.Seed;

        AccountSnapshotDocument document = await AccountSnapshotCapture.CaptureAsync(_transport, seed.SubaccountSid!);
        AccountSnapshot snapshot = AccountSnapshotReader.Read("sub.json", document.ToJson()).Snapshot!;

        Assert.Equal(seed.SubaccountSid, snapshot.AccountSid);
        Assert.Equal(seed.SubaccountNumbers.Select(n => n.Sid).Order(StringComparer.Ordinal), snapshot.Numbers.Select(n => n.Sid).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(snapshot.Profiles, p => p.Sid == seed.PrimaryBusinessProfileSid);
    }

    [Fact]
    public async Task Two_captures_of_an_unchanged_account_differ_only_in_capturedAt()
    {
        string first = (await AccountSnapshotCapture.CaptureAsync(_transport, _host.AccountSid)).ToJson();
        string second = (await AccountSnapshotCapture.CaptureAsync(_transport, _host.AccountSid)).ToJson();

        static string WithoutTime(string json) => string.Join("\n", json.Split('\n').Where(l => !l.Contains("\"capturedAt\"", StringComparison.Ordinal)));
        Assert.Equal(WithoutTime(first), WithoutTime(second));
    }
}
