using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrustHubGen.AspNetCore;

namespace TrustHubGen.Durable;

/// <summary>Registers the durable ISV onboarding: Hangfire (storage, server), the jobs, the callback handler, the reconciliation.</summary>
public static class DurableServiceCollectionExtensions
{
    /// <summary>
    /// Adds the durable ISV onboarding. The app also registers an <see cref="IIsvCustomerDirectory"/> and the
    /// <see cref="TrustHubGen.Runtime.ITwilioTransport"/> for the ISV's own account, configures the status callbacks
    /// (<see cref="TrustHubServiceCollectionExtensions.AddTrustHubStatusCallbacks"/>, whose <c>PublicBaseUrl</c> gives
    /// Twilio the callback URL) and maps <c>app.MapTrustHubStatusCallbacks()</c> (and, if wanted, the dashboard).
    /// </summary>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public static IServiceCollection AddTrustHubIsvOnboarding(this IServiceCollection services, Action<TrustHubIsvOnboardingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new TrustHubIsvOnboardingOptions();
        configure?.Invoke(options);
        var problems = options.GetValidationProblems().ToList();
        if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems), nameof(configure));

        services.AddSingleton(options);
        // The storage belongs to this container: Hangfire's own registration hands out the process-wide
        // JobStorage.Current, so two apps in one process (tests, or an ISV hosting two tenants) would share, and one's
        // disposal would dispose the other's storage. Registered first, it wins over AddHangfire's TryAdd; it is still
        // set as JobStorage.Current for code that uses Hangfire's static API.
        services.AddSingleton<JobStorage>(_ => CreateStorage(options));
        // The same for the job activator: AddHangfire registers the process-wide JobActivator.Current, which each app's
        // configuration sets to its own at first use, so of two apps starting together one could run its jobs with the
        // other's services, and fail with ObjectDisposedException once that app was disposed.
        services.AddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        // Hangfire's log provider is process-wide: LiveAppsLogProvider outlives any one app (Hangfire.AspNetCore's dies with it).
        services.AddHangfire((provider, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings()
            .UseLogProvider(LiveAppsLogProvider.With(provider.GetRequiredService<ILoggerFactory>()))
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        if (options.RunServer)
        {
            services.AddHangfireServer(server =>
            {
                server.WorkerCount = options.WorkerCount;
                server.SchedulePollingInterval = options.SchedulePollingInterval;
                if (options.ServerName is not null) server.ServerName = options.ServerName;
            });
        }

        services.AddSingleton<ICustomerLock>(sp => options.PostgreSqlConnectionString is { } c
            ? new PostgreSqlAdvisoryCustomerLock(c)
            : new HangfireStorageCustomerLock(sp.GetRequiredService<JobStorage>()));
        services.AddSingleton(sp => new IsvOnboardingStore(sp.GetRequiredService<JobStorage>(), jobPresumedLostAfter: options.CallbackOverdueAfter));
        services.AddSingleton<IsvOnboarding>();
        services.AddTransient<IsvOnboardingJobs>();
        services.TryAddSingleton<IIsvOnboardingReporter, LoggingIsvOnboardingReporter>();
        services.TryAddSingleton<ITrustHubStatusCallbackHandler, IsvStatusCallbackHandler>();
        if (!services.Any(s => s.ServiceType == typeof(Microsoft.Extensions.Options.IConfigureOptions<TrustHubStatusCallbackOptions>)))
            services.AddTrustHubStatusCallbacks();
        // Callbacks of accounts the directory does not know are refused before any token is looked up (unless the app
        // said itself which accounts it expects): forged callbacks naming random accounts cost no request to Twilio.
        services.AddSingleton<CustomerAccountCheck>();
        services.AddOptions<TrustHubStatusCallbackOptions>().PostConfigure<CustomerAccountCheck>((o, check) => o.IsExpectedAccount ??= check.AsExpectedAccount);
        services.AddHostedService<ReconciliationSchedule>();
        return services;
    }

    /// <summary>Registers (or updates) the recurring reconciliation job at start; says so when Twilio will be given no callback URL.</summary>
    private sealed class ReconciliationSchedule(IRecurringJobManager recurring, TrustHubIsvOnboardingOptions options,
        IOptions<TrustHubStatusCallbackOptions> callbacks, ILogger<IsvOnboarding> logger) : IHostedService
    {
        public const string JobId = "trusthub-isv-reconcile";

        public Task StartAsync(CancellationToken cancellationToken)
        {
            recurring.AddOrUpdate<IsvOnboardingJobs>(JobId, j => j.ReconcileAsync(CancellationToken.None), options.ReconcileCron);
            if (callbacks.Value.CallbackUrl is null)
            {
                logger.LogWarning("TrustHubStatusCallbackOptions.PublicBaseUrl is not set, so Twilio is given no status callback URL: customers move on only " +
                    "when the reconciliation finds them without news for {Overdue} (it looks every {Every}). Set it to this app's public URL (docs/durable.md, \"The callback URL\").",
                    options.CallbackOverdueAfter, options.ReconcileEvery);
            }
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static JobStorage CreateStorage(TrustHubIsvOnboardingOptions options)
    {
        if (options.PostgreSqlConnectionString is not { } connection) return new InMemoryStorage();
        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = options.PostgreSqlSchema,
            PrepareSchemaIfNecessary = true,
            // Live servers keep their jobs invisible; a killed one's jobs come back after InvisibilityTimeout.
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = options.InvisibilityTimeout,
            DistributedLockTimeout = options.DistributedLockTimeout,
            // Workers wake on NOTIFY when a job is enqueued instead of waiting for the next poll.
            EnableLongPolling = true,
            // Hangfire.PostgreSql retries its first connection (and schema install: two instances starting at once)
            // with backoff, then by default starts anyway and retries again on first use, so a wrong connection string
            // surfaced a minute later as a bare Npgsql error from somewhere inside Hangfire. Fail the start instead.
            AllowDegradedModeWithoutStorage = false,
        };
        try
        {
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(connection, storageOptions), storageOptions);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException(
                $"TrustHubGen.Durable could not open its job storage in PostgreSQL ({TrustHubIsvOnboardingOptions.DescribeTarget(connection)}, the connection string " +
                $"given to UsePostgreSql) after {1 + storageOptions.StartupConnectionMaxRetries} attempts: {Causes(e)}", e);
        }
    }

    /// <summary>An exception's messages, each once: "Failed to connect to …: Connection refused"; <paramref name="skipOuter"/> skips a wrapper's.</summary>
    internal static string Causes(Exception e, bool skipOuter = true)
    {
        var causes = new List<string>();
        for (var cause = skipOuter ? e.InnerException ?? e : e; cause is not null; cause = cause.InnerException)
            if (!causes.Contains(cause.Message)) causes.Add(cause.Message);
        return string.Join(": ", causes);
    }
}
