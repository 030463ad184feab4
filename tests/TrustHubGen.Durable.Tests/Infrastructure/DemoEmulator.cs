using global::IsvOnboarding;
using TrustHubGen.Emulator.Hosting;

namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>The emulator with the sample's ISV account and <c>N</c> customer subaccounts, and the ISV's records of them.</summary>
internal sealed class DemoEmulator : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;

    private DemoEmulator(DirectoryInfo folder, EmulatorHost emulator, DemoCustomers customers)
    {
        _folder = folder;
        Emulator = emulator;
        Customers = customers;
    }

    public EmulatorHost Emulator { get; }

    public DemoCustomers Customers { get; }

    /// <param name="reviewStepDelay">How long each review step takes (an hour: profiles stay in review).</param>
    public static async Task<DemoEmulator> StartAsync(int customers, TimeSpan reviewStepDelay)
    {
        var folder = Directory.CreateTempSubdirectory("trusthub-durable-test-");
        var (seed, _, file) = DemoAccount.Write(folder.FullName, customers);
        var emulator = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            Seed = seed, AccountSid = DemoAccount.AccountSid, AuthToken = DemoAccount.AuthToken, ReviewStepDelay = reviewStepDelay,
        });
        return new DemoEmulator(folder, emulator, file);
    }

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
