using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace TrustHubGen.Durable.Tests;

/// <summary>Two apps in one process (tests side by side, or an ISV hosting two tenants) each keep their own Hangfire storage.</summary>
public sealed class StorageIsolationTests
{
    [Fact]
    public void Each_container_keeps_its_own_storage_and_outlives_the_others_disposal()
    {
        using var first = Provider();
        var second = Provider();
        // Hangfire configures its process-wide JobStorage.Current when each container's configuration is first resolved:
        // the order two apps starting side by side can take. Each storage must still be its own container's.
        first.GetRequiredService<IGlobalConfiguration>();
        second.GetRequiredService<IGlobalConfiguration>();
        var firstStorage = first.GetRequiredService<JobStorage>();
        var secondStorage = second.GetRequiredService<JobStorage>();
        Assert.NotSame(firstStorage, secondStorage);

        second.Dispose();

        // The first app still reads its state after the second one is gone (was: ObjectDisposedException).
        Assert.Empty(first.GetRequiredService<IsvOnboardingStore>().ListOpen());
        Assert.Null(first.GetRequiredService<IsvOnboardingStore>().Get("AC00000000000000000000000000000001"));
    }

    /// <summary>The onboarding's services in memory, without a Hangfire server (jobs wait).</summary>
    internal static ServiceProvider Provider(Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        more?.Invoke(services);
        services.AddTrustHubIsvOnboarding(o => o.RunServer = false);
        return services.BuildServiceProvider();
    }
}
