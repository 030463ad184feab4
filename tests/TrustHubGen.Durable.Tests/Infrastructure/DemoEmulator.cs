using global::IsvOnboarding;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Runtime;

namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>The emulator with the sample's ISV account and <c>N</c> customer subaccounts, and the ISV's records of them.</summary>
internal sealed class DemoEmulator : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;

    private DemoEmulator(DirectoryInfo folder, EmulatorHost emulator, DemoCustomers customers, string? statePath)
    {
        _folder = folder;
        Emulator = emulator;
        Customers = customers;
        StatePath = statePath;
    }

    public EmulatorHost Emulator { get; }

    public DemoCustomers Customers { get; }

    /// <summary>The emulator's state file, read by <see cref="AssertOneOfEverythingAsync"/>; null unless asked for.</summary>
    public string? StatePath { get; }

    /// <summary>A transport to the emulator with the ISV's credentials.</summary>
    public ITwilioTransport Transport => StatusCallbackEndpointTests.Transport(Emulator);

    /// <param name="customers">How many customer subaccounts, two numbers each.</param>
    /// <param name="reviewStepDelay">How long each review step takes (an hour: profiles stay in review).</param>
    /// <param name="keepState">Whether the emulator writes its state to a file (for <see cref="AssertOneOfEverythingAsync"/>).</param>
    public static async Task<DemoEmulator> StartAsync(int customers, TimeSpan reviewStepDelay, bool keepState = false)
    {
        var folder = Directory.CreateTempSubdirectory("trusthub-durable-test-");
        try
        {
            var (seed, _, file) = DemoAccount.Write(folder.FullName, customers);
            var statePath = keepState ? Path.Combine(folder.FullName, "state.json") : null;
            var emulator = await EmulatorHost.StartAsync(new EmulatorOptions
            {
                Seed = seed, StatePath = statePath, AccountSid = DemoAccount.AccountSid, AuthToken = DemoAccount.AuthToken, ReviewStepDelay = reviewStepDelay,
            });
            return new DemoEmulator(folder, emulator, file, statePath);
        }
        catch
        {
            folder.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>Stops the emulator, then checks in its state file that each customer has one of everything and nothing twice.</summary>
    public async Task AssertOneOfEverythingAsync(int numbers, bool withProducts)
    {
        var statePath = StatePath ?? throw new InvalidOperationException("Started without keepState: there is no state file to read.");
        await Emulator.DisposeAsync();
        var census = CustomerCensus.Read(statePath);
        foreach (var customer in Customers.Customers) CensusAssertions.OneOfEverything(census[customer.AccountSid], numbers, withProducts);
    }

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
