using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using TrustHubGen.Durable.Tests.Infrastructure;

namespace TrustHubGen.Durable.Tests;

/// <summary>
/// Two apps with the durable onboarding in one process (tests, or an ISV hosting two tenants): Hangfire's log provider
/// and job activator are process-wide and each app's configuration points them at its own services; one app disposed
/// must not break the other, and no app may run its jobs with the other's services.
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

    [Fact]
    public async Task Apps_configured_together_each_run_their_jobs_with_their_own_services_after_the_other_is_disposed()
    {
        var survivorRuns = new JobRuns();
        var goneRuns = new JobRuns();
        await using var survivor = BareIsvApp.Build(o => o.SchedulePollingInterval = TimeSpan.FromMilliseconds(200), b => b.Services.AddSingleton(survivorRuns));
        var gone = BareIsvApp.Build(_ => { }, b => b.Services.AddSingleton(goneRuns));
        // As when two apps start at once: the survivor's Hangfire configuration is made, then the other's, and only
        // then the survivor's server asks for its job activator.
        _ = survivor.Services.GetRequiredService<IGlobalConfiguration>();
        _ = gone.Services.GetRequiredService<IGlobalConfiguration>();
        await survivor.StartAsync();
        await gone.StartAsync();
        await gone.StopAsync();
        await gone.DisposeAsync();

        var id = survivor.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<CountedJob>(j => j.Run());
        using var connection = survivor.Services.GetRequiredService<JobStorage>().GetConnection();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        StateData? state;
        // Scheduled: the job failed and waits for a retry.
        while ((state = connection.GetStateData(id))?.Name is not { } name || (name != SucceededState.StateName && name != FailedState.StateName && name != ScheduledState.StateName))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The job is still {state?.Name ?? "unknown"} after a minute ({state?.Reason}).");
            await Task.Delay(100);
        }

        Assert.True(state.Name == SucceededState.StateName, $"The job {state.Name}: {state.Reason} {string.Join(" ", state.Data.Values)}");
        Assert.Equal(1, survivorRuns.Count);
        Assert.Equal(0, goneRuns.Count);
        await survivor.StopAsync();
    }

    /// <summary>How many times <see cref="CountedJob"/> ran with this app's services.</summary>
    public sealed class JobRuns
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }

    /// <summary>A job that needs a service of the app that runs it.</summary>
    public sealed class CountedJob(JobRuns runs)
    {
        public void Run() => runs.Add();
    }
}
