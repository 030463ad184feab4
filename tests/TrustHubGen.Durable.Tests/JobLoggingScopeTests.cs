using System.Collections.Concurrent;
using global::IsvOnboarding;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrustHubGen.AspNetCore;
using TrustHubGen.Durable.Tests.Infrastructure;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Runtime;

namespace TrustHubGen.Durable.Tests;

/// <summary>The engine's lines written inside a customer's job name that customer and the job (a logging scope).</summary>
public sealed class JobLoggingScopeTests
{
    [Fact]
    public async Task Every_line_a_customers_job_writes_carries_the_customer_and_the_job_id()
    {
        await using var demo = await DemoEmulator.StartAsync(2, TimeSpan.FromHours(1));
        var (emulator, customers) = (demo.Emulator, demo.Customers);
        var logs = new ScopeRecorder();
        await using var app = BareIsvApp.Build(_ => { }, builder =>
        {
            builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Information);
            builder.Services.AddSingleton(StatusCallbackEndpointTests.Transport(emulator));
            builder.Services.AddSingleton<IIsvCustomerDirectory>(new DemoCustomerDirectory(customers));
            builder.Services.AddTrustHubStatusCallbacks(o => o.PublicBaseUrl = new Uri("https://isv.example.com/"));
        });
        await app.StartAsync();
        var onboarding = app.Services.GetRequiredService<IsvOnboarding>();
        var jobs = customers.Customers.ToDictionary(c => c.AccountSid, c => onboarding.Start(c.AccountSid));
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (customers.Customers.Any(c => onboarding.GetStatus(c.AccountSid)?.Stage != IsvOnboardingStage.ProfileInReview))
        {
            Assert.True(DateTime.UtcNow < deadline, string.Join("\n", customers.Customers.Select(c => onboarding.GetStatus(c.AccountSid)))
                + "\n" + string.Join("\n", jobs.Values.Select(j => string.Join(" < ", app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().JobDetails(j).History.Select(h => $"{h.StateName} {h.Reason} {string.Join(",", h.Data.Values)}")))));
            await Task.Delay(100);
        }
        await app.StopAsync();

        // The engine's own lines ("Submitted … profile BU…") name no customer: the scope does.
        foreach (var (customer, job) in jobs)
        {
            var lines = logs.Entries.Where(e => e.Scopes.Any(s => s.Contains(customer, StringComparison.Ordinal))).ToList();
            Assert.Contains(lines, e => e.Message.StartsWith("Submitted", StringComparison.Ordinal));
            Assert.Contains(lines, e => e.Category.StartsWith("TrustHubGen.Durable.LoggingIsvOnboardingReporter", StringComparison.Ordinal));
            Assert.All(lines, e => Assert.Contains($"Customer {customer}, job {job}", e.Scopes));
        }
        var engine = logs.Entries.Where(e => e.Category == typeof(IsvOnboardingJobs).FullName).ToList();
        Assert.NotEmpty(engine);
        Assert.All(engine, e => Assert.Contains(e.Scopes, s => jobs.Keys.Any(c => s.Contains(c, StringComparison.Ordinal))));
    }

    [Fact]
    public async Task The_samples_console_shows_the_scopes()
    {
        var app = IsvApp.Build(new IsvArguments(), new TwilioHttpTransport(new HttpClient(), new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(DemoAccount.AccountSid, DemoAccount.AuthToken) }),
            new DemoCustomerDirectory(new DemoCustomers(DemoAccount.PrimaryProfileSid, [])), new Uri("http://127.0.0.1:1/"), new Uri("https://isv.example.com/"));
        await using (app)
        {
            Assert.True(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.Extensions.Logging.Console.SimpleConsoleFormatterOptions>>()
                .CurrentValue.IncludeScopes);
        }
    }

    private sealed record Entry(string Category, string Message, IReadOnlyList<string> Scopes);

    /// <summary>Keeps every line with the scopes it was written in (as the console shows them with IncludeScopes).</summary>
    private sealed class ScopeRecorder : ILoggerProvider, ISupportExternalScope
    {
        private readonly ConcurrentQueue<Entry> _entries = new();
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public IReadOnlyList<Entry> Entries => [.. _entries];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ScopeRecorder recorder) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => recorder._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scopes = new List<string>();
                recorder._scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), scopes);
                recorder._entries.Enqueue(new Entry(category, formatter(state, exception), scopes));
            }
        }
    }
}
