using System;
using System.Collections.Generic;
using Npgsql;

namespace TrustHubGen.Durable;

/// <summary>How the durable ISV onboarding runs (<c>services.AddTrustHubIsvOnboarding(o =&gt; …)</c>; docs/durable.md).</summary>
public sealed class TrustHubIsvOnboardingOptions
{
    /// <summary>
    /// Where Hangfire keeps the jobs and the customers' records. Null (the default): in memory, for one process; jobs
    /// and records end with it. <see cref="UsePostgreSql"/> for several instances and for surviving restarts.
    /// </summary>
    public string? PostgreSqlConnectionString { get; private set; }

    /// <summary>The PostgreSQL schema of Hangfire's tables (created at the first start). Default <c>hangfire</c>.</summary>
    public string PostgreSqlSchema { get; set; } = "hangfire";

    /// <summary>Keep jobs and records in PostgreSQL (Hangfire.PostgreSql), shared by every instance that names the same database.</summary>
    /// <exception cref="ArgumentException">The connection string is empty or not one Npgsql reads; the message does not repeat it (it may hold a password).</exception>
    public TrustHubIsvOnboardingOptions UsePostgreSql(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)) throw new ArgumentException("The PostgreSQL connection string is empty.", nameof(connectionString));
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"UsePostgreSql: the PostgreSQL connection string is not one Npgsql reads ({e.Message}); see https://www.npgsql.org/doc/connection-string-parameters.html.", nameof(connectionString));
        }
        PostgreSqlConnectionString = connectionString;
        return this;
    }

    /// <summary>The server, database and user a connection string names, without its password.</summary>
    internal static string DescribeTarget(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"host {builder.Host ?? "(none)"}, port {builder.Port}, database {builder.Database ?? "(the user's)"}, user {builder.Username ?? "(none)"}";
    }

    /// <summary>Run a Hangfire server (workers) in this process. Default true; false for an instance that only receives callbacks and enqueues.</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>Hangfire workers in this process. Default: Hangfire's (5 per core, at most 20).</summary>
    public int WorkerCount { get; set; } = Math.Min(Environment.ProcessorCount * 5, 20);

    /// <summary>How often the reconciliation job looks for customers whose callback is overdue. Default 10 minutes.</summary>
    public TimeSpan ReconcileEvery { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A customer not finished and not changed for this long gets a reconciliation job (the callback may have been lost
    /// while every instance was down). Default 30 minutes: reviews take hours, so this costs a few reads per customer.
    /// </summary>
    public TimeSpan CallbackOverdueAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a job waits for another job of the same customer before failing (and being retried). Default 2 minutes.</summary>
    public TimeSpan CustomerLockTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// PostgreSQL only: how long a job fetched by an instance that died stays invisible before another instance runs it
    /// again. Live instances keep their jobs invisible (Hangfire.PostgreSql's sliding invisibility), so this is only the
    /// delay after a crash. Default 5 minutes.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// PostgreSQL only: when a lock row of Hangfire's own (its schedulers take them for milliseconds) left by a killed
    /// instance expires. Hangfire.PostgreSql's default is 10 minutes, during which no instance would move due retries or
    /// the reconciliation. Default 1 minute. (Customer locks are advisory locks: they end with the instance's session.)
    /// </summary>
    public TimeSpan DistributedLockTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often this instance's server looks for scheduled jobs (retries, the reconciliation). Default 15 seconds (Hangfire's).</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The name this instance's Hangfire server shows in the dashboard; null for Hangfire's (machine and process).</summary>
    public string? ServerName { get; set; }

    internal IEnumerable<string> GetValidationProblems()
    {
        if (WorkerCount is < 1 or > 1000) yield return $"TrustHubIsvOnboardingOptions.WorkerCount is {WorkerCount}; use 1 to 1000.";
        if (!RepeatsEvenly(ReconcileEvery))
            yield return $"TrustHubIsvOnboardingOptions.ReconcileEvery is {ReconcileEvery}; use 1, 2, 3, 4, 5, 6, 10, 12, 15, 20 or 30 seconds, " +
                "1, 2, 3, 4, 5, 6, 10, 12, 15, 20 or 30 minutes, or an hour: the reconciliation is a cron step within the minute or the hour, so another interval would not repeat evenly.";
        if (CallbackOverdueAfter <= TimeSpan.Zero) yield return $"TrustHubIsvOnboardingOptions.CallbackOverdueAfter is {CallbackOverdueAfter}; it must be positive.";
        if (CustomerLockTimeout <= TimeSpan.Zero) yield return $"TrustHubIsvOnboardingOptions.CustomerLockTimeout is {CustomerLockTimeout}; it must be positive.";
        if (InvisibilityTimeout < TimeSpan.FromSeconds(5)) yield return $"TrustHubIsvOnboardingOptions.InvisibilityTimeout is {InvisibilityTimeout}; use at least 5 seconds.";
        if (DistributedLockTimeout < TimeSpan.FromSeconds(5)) yield return $"TrustHubIsvOnboardingOptions.DistributedLockTimeout is {DistributedLockTimeout}; use at least 5 seconds.";
        if (SchedulePollingInterval < TimeSpan.FromMilliseconds(100)) yield return $"TrustHubIsvOnboardingOptions.SchedulePollingInterval is {SchedulePollingInterval}; use at least 100 ms.";
    }

    // A cron step ("*/7") restarts at each minute or hour, so only a divisor of 60 gives equal gaps (7 minutes: :56, then :00).
    private static bool RepeatsEvenly(TimeSpan every) =>
        every == TimeSpan.FromHours(1)
        || (every >= TimeSpan.FromSeconds(1) && every < TimeSpan.FromMinutes(1) && every.Ticks % TimeSpan.TicksPerSecond == 0 && 60 % (int)every.TotalSeconds == 0)
        || (every >= TimeSpan.FromMinutes(1) && every < TimeSpan.FromHours(1) && every.Ticks % TimeSpan.TicksPerMinute == 0 && 60 % (int)every.TotalMinutes == 0);

    /// <summary>The reconciliation's cron expression (seconds field only below a minute).</summary>
    internal string ReconcileCron => ReconcileEvery < TimeSpan.FromMinutes(1)
        ? $"*/{(int)ReconcileEvery.TotalSeconds} * * * * *"
        : ReconcileEvery == TimeSpan.FromHours(1) ? "0 * * * *" : $"*/{(int)ReconcileEvery.TotalMinutes} * * * *";
}
