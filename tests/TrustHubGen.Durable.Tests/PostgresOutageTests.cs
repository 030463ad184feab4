using global::IsvOnboarding;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrustHubGen.AspNetCore;
using TrustHubGen.Durable.Tests.Infrastructure;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.Limits;
using TrustHubGen.Emulator.Tests.Infrastructure;
using TrustHubGen.Runtime;
using Xunit.Abstractions;

namespace TrustHubGen.Durable.Tests;

/// <summary>
/// PostgreSQL goes away while customers' jobs are in flight and their profiles' approvals call back, then comes back:
/// with nobody stepping in, every customer completes with one of everything and no write made twice, and the log says
/// which callbacks could not be taken and what recovers them. The test stops a cluster of its own.
/// </summary>
public sealed class PostgresOutageTests(ITestOutputHelper output)
{
    private const int Customers = 12;

    [Fact]
    public async Task Jobs_and_callbacks_caught_by_an_outage_complete_without_duplicates_once_the_server_is_back()
    {
        await using var cluster = await OwnPostgresCluster.StartAsync();
        var folder = Directory.CreateTempSubdirectory("trusthub-outage-");
        try
        {
            var (seed, _, customers) = DemoAccount.Write(folder.FullName, Customers);
            var statePath = Path.Combine(folder.FullName, "state.json");
            await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions
            {
                Seed = seed, StatePath = statePath, AccountSid = DemoAccount.AccountSid, AuthToken = DemoAccount.AuthToken,
                ReviewStepDelay = TimeSpan.FromSeconds(1), Latency = new LatencyOptions { Mean = TimeSpan.FromMilliseconds(40) },
            });
            var writes = new WriteLog(StatusCallbackEndpointTests.Transport(emulator));
            var logs = new LogRecorder();
            await using var app = await LoggedIsvApp.StartAsync(writes, customers, logs, o =>
            {
                o.UsePostgreSql(cluster.ConnectionString);
                o.ReconcileEvery = TimeSpan.FromSeconds(5);
                o.CallbackOverdueAfter = TimeSpan.FromSeconds(20);
                o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                o.InvisibilityTimeout = TimeSpan.FromSeconds(15);
                o.DistributedLockTimeout = TimeSpan.FromSeconds(15);
                o.WorkerCount = 4;
            });
            var onboarding = app.Services.GetRequiredService<IsvOnboarding>();
            foreach (var customer in customers.Customers) onboarding.Start(customer.AccountSid);

            // Some profiles in review (their approvals will call back during the outage), the others' jobs still running.
            await WaitAsync(() => Stages(onboarding, customers).Count(s => s == IsvOnboardingStage.ProfileInReview) >= 3, TimeSpan.FromMinutes(2), "profiles in review");
            output.WriteLine($"halting PostgreSQL: {string.Join(", ", Stages(onboarding, customers))}; {writes.Count} writes so far");
            await cluster.HaltAsync();
            await Task.Delay(TimeSpan.FromSeconds(8));
            var refusedDuringOutage = logs.Entries.Count(e => e.Message.Contains("could not be handed to a job", StringComparison.Ordinal));
            await cluster.ResumeAsync();
            output.WriteLine($"PostgreSQL back; {refusedDuringOutage} callbacks refused meanwhile");

            var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
            try
            {
                await WaitAsync(() => Stages(onboarding, customers).All(s => s == IsvOnboardingStage.Completed), TimeSpan.FromMinutes(3),
                    "every customer completed");
            }
            catch
            {
                // Where each unfinished customer stands, and its jobs, for whoever reads the failure.
                foreach (var customer in customers.Customers.Where(c => onboarding.GetStatus(c.AccountSid)?.Stage != IsvOnboardingStage.Completed))
                    output.WriteLine($"{onboarding.GetStatus(customer.AccountSid)}\n  " + string.Join("\n  ", CustomerJobList.Of(monitoring, customer.AccountSid)));
                foreach (var entry in logs.Entries.Where(e => e.Level >= LogLevel.Warning).TakeLast(30)) output.WriteLine($"{entry.Category}: {entry.Message} {entry.Exception?.Message}");
                throw;
            }
            await WaitAsync(() => monitoring.ProcessingCount() == 0 && monitoring.EnqueuedCount("default") == 0, TimeSpan.FromMinutes(1), "no job left running");
            Assert.Equal(0, monitoring.FailedCount());
            await app.StopAsync();
            await emulator.DisposeAsync();

            Assert.Empty(writes.Repeated());
            var census = CustomerCensus.Read(statePath);
            foreach (var customer in customers.Customers) CensusAssertions.OneOfEverything(census[customer.AccountSid], numbers: 2, withProducts: true);

            // Callbacks that arrived while the storage was down: refused (Twilio may retry), named in the log with what recovers them.
            Assert.True(refusedDuringOutage > 0, "no status callback was logged as not handed to a job while PostgreSQL was down");
            var refused = logs.Entries.First(e => e.Message.Contains("could not be handed to a job", StringComparison.Ordinal));
            output.WriteLine(refused.Message);
            Assert.Matches("BU[0-9a-f]{32} of AC[0-9a-f]{32}.*reconcil", refused.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        async Task WaitAsync(Func<bool> condition, TimeSpan timeout, string what)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (!Safe(condition))
            {
                Assert.True(DateTime.UtcNow < deadline, $"Waited {timeout} for {what}.");
                await Task.Delay(200);
            }
        }
    }

    private static bool Safe(Func<bool> condition)
    {
        try
        {
            return condition();
        }
        catch (Npgsql.NpgsqlException)
        {
            return false;
        }
    }

    private static List<IsvOnboardingStage?> Stages(IsvOnboarding onboarding, DemoCustomers customers) =>
        customers.Customers.Select(c => onboarding.GetStatus(c.AccountSid)?.Stage).ToList();
}
