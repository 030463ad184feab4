using global::IsvOnboarding;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TrustHubGen.Durable.Tests.Infrastructure;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TrustHubGen.Durable.Tests;

/// <summary>
/// The PostgreSQL customer lock ends under its holder (its session terminated, as when the connection drops, or the
/// server restarted): the holder learns it before its next write and stops, so the job that takes the lock next is the
/// only writer, and the customer still ends with one of everything.
/// </summary>
public sealed class LockLossTests(ITestOutputHelper output)
{
    private const string Customer = "AC00000000000000000000000000000042";

    [Fact]
    public async Task A_lock_whose_session_is_terminated_is_known_lost_and_the_next_holder_gets_it()
    {
        await using var db = await TestPostgres.CreateDatabaseAsync("lock_lost");
        var locks = new PostgreSqlAdvisoryCustomerLock(db.ConnectionString, checkEvery: TimeSpan.FromMilliseconds(200));
        var first = await locks.AcquireAsync(Customer, TimeSpan.FromSeconds(30), default);
        await first.EnsureHeldAsync(default);
        await Assert.ThrowsAsync<TimeoutException>(() => locks.AcquireAsync(Customer, TimeSpan.FromMilliseconds(500), default));

        Assert.Equal(1, await TerminateLockSessionAsync(db.ConnectionString, Customer));

        // The periodic check finds it gone without being asked; asked, the holder is told why.
        await WaitAsync(() => first.Lost.IsCancellationRequested, "the lock's Lost token");
        var lost = await Assert.ThrowsAsync<CustomerLockLostException>(() => first.EnsureHeldAsync(default));
        output.WriteLine(lost.Message);
        Assert.Contains($"Customer {Customer}: the job's lock on it ended", lost.Message, StringComparison.Ordinal);
        Assert.Contains("terminating connection due to administrator command", lost.Message, StringComparison.Ordinal);
        await using var second = await locks.AcquireAsync(Customer, TimeSpan.FromSeconds(30), default);
        await first.DisposeAsync();   // releasing a lost lock is quiet and leaves the new holder's alone
        await second.EnsureHeldAsync(default);
    }

    [Theory]
    [InlineData("its session terminated")]
    [InlineData("the server restarted")]
    public async Task A_job_whose_lock_ends_mid_run_stops_before_its_next_write_and_its_retry_completes_the_customer(string how)
    {
        var restart = how == "the server restarted";
        await using var db = restart ? null : await TestPostgres.CreateDatabaseAsync("lock_job");
        await using var cluster = restart ? await OwnPostgresCluster.StartAsync() : null;
        var connectionString = db?.ConnectionString ?? cluster!.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("trusthub-locklost-");
        try
        {
            var (seed, _, customers) = DemoAccount.Write(folder.FullName, 1);
            var statePath = Path.Combine(folder.FullName, "state.json");
            await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions
            {
                Seed = seed, StatePath = statePath, AccountSid = DemoAccount.AccountSid, AuthToken = DemoAccount.AuthToken, ReviewStepDelay = TimeSpan.FromMilliseconds(300),
            });
            var customer = customers.Customers[0].AccountSid;
            var writes = new WriteLog(StatusCallbackEndpointTests.Transport(emulator));
            var pausing = new PausingTransport(writes, customer);
            var logs = new LogRecorder();
            await using var app = await LoggedIsvApp.StartAsync(pausing, customers, logs, o =>
            {
                o.UsePostgreSql(connectionString);
                o.SchedulePollingInterval = TimeSpan.FromMilliseconds(500);
                // A job whose end the server missed while it was down is run again soon.
                o.InvisibilityTimeout = TimeSpan.FromSeconds(15);
                o.DistributedLockTimeout = TimeSpan.FromSeconds(15);
            });
            var onboarding = app.Services.GetRequiredService<IsvOnboarding>();
            var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
            onboarding.Start(customer);

            // The profile job made its first write and stands before its next one, holding the lock, when its session ends.
            await pausing.Paused.WaitAsync(TimeSpan.FromMinutes(2));
            if (restart)
            {
                await cluster!.HaltAsync();
                await cluster.ResumeAsync();
            }
            else
            {
                Assert.Equal(1, await TerminateLockSessionAsync(connectionString, customer));
            }
            await using (var second = await app.Services.GetRequiredService<ICustomerLock>().AcquireAsync(customer, TimeSpan.FromSeconds(30), default))
            {
                var before = writes.CountFor(customer);
                pausing.Resume();
                // Either the first job writes on beside this holder (the defect), or it stops and waits for its retry.
                await WaitAsync(() => writes.CountFor(customer) > before || Safe(() => RetryReasons(monitoring, customer).Any()), "the first job to write again or stop");
                Assert.True(writes.CountFor(customer) == before, $"the first job wrote {writes.CountFor(customer) - before} time(s) while another holder had the customer's lock");
                var reason = RetryReasons(monitoring, customer).Single();
                output.WriteLine(reason);
                Assert.Contains("the job's lock on it ended", reason, StringComparison.Ordinal);
            }

            // Its retry takes the lock again and goes on from what exists.
            await WaitAsync(() => onboarding.GetStatus(customer)?.Stage == IsvOnboardingStage.Completed, "the customer completed");
            await app.StopAsync();
            await emulator.DisposeAsync();
            Assert.Empty(writes.Repeated());
            CensusAssertions.OneOfEverything(CustomerCensus.Read(statePath)[customer], numbers: 2, withProducts: true);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // A read of the job storage while the restarted server is not yet taking connections fails: the wait goes on.
    private static bool Safe(Func<bool> condition)
    {
        try
        {
            return condition();
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    /// <summary>Ends the PostgreSQL session holding the customer's advisory lock, as a server restart or a dropped connection would; returns how many.</summary>
    private static async Task<int> TerminateLockSessionAsync(string connectionString, string customer)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // A bigint advisory key shows in pg_locks as its high 32 bits (classid) and low 32 bits (objid), objsubid 1.
        await using var command = new NpgsqlCommand("""
            WITH k AS (SELECT hashtextextended(@key, 0) AS v)
            SELECT count(pg_terminate_backend(l.pid)) FROM pg_locks l, k
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
              AND l.classid::bigint = ((k.v >> 32) & 4294967295) AND l.objid::bigint = (k.v & 4294967295)
            """, connection);
        command.Parameters.AddWithValue("key", "trusthub:isv:" + customer);
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Why the customer's jobs waiting for a retry failed.</summary>
    private static IEnumerable<string> RetryReasons(Hangfire.Storage.IMonitoringApi monitoring, string customer) =>
        monitoring.ScheduledJobs(0, 100).Where(j => j.Value.Job?.Args.FirstOrDefault() as string == customer)
            .Select(j => string.Join(" | ", monitoring.JobDetails(j.Key).History.Select(h => $"{h.StateName}: {h.Reason} {string.Join(" ", h.Data.Values)}")));

    private static async Task WaitAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!Safe(condition))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited 2 minutes for {what}.");
            await Task.Delay(100);
        }
    }
}
