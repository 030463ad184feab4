using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using TrustHubGen.Durable.Tests.Infrastructure;

namespace TrustHubGen.Durable.Tests;

/// <summary>
/// Two apps with the durable onboarding in one process (tests, or an ISV hosting two tenants): Hangfire's log provider
/// is process-wide and each app points it at its own logging; one app disposed must not break the other.
/// </summary>
public sealed class TwoAppsTests
{
    [Fact]
    public async Task An_app_disposed_does_not_break_the_other_apps_jobs()
    {
        await using var survivor = BareIsvApp.Build(_ => { });
        await survivor.StartAsync();
        var gone = BareIsvApp.Build(_ => { });
        await gone.StartAsync();
        _ = gone.Services.GetRequiredService<IBackgroundJobClient>();
        await gone.StopAsync();
        await gone.DisposeAsync();

        var jobs = survivor.Services.GetRequiredService<IBackgroundJobClient>();
        var id = jobs.Enqueue(() => Console.WriteLine("still here"));

        Assert.False(string.IsNullOrEmpty(id));
        await survivor.StopAsync();
    }
}
