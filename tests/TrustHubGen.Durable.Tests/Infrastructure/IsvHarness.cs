using global::IsvOnboarding;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Runtime;

namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>The emulator with N customer subaccounts (a state file) and the sample's ISV app in this process.</summary>
internal sealed class IsvHarness : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;
    private bool _emulatorStopped;

    private IsvHarness(DirectoryInfo folder, EmulatorHost emulator, WebApplication app, DemoCustomers customers, string statePath)
    {
        _folder = folder;
        Emulator = emulator;
        App = app;
        Customers = customers;
        StatePath = statePath;
    }

    public EmulatorHost Emulator { get; }

    public WebApplication App { get; }

    public DemoCustomers Customers { get; }

    public string StatePath { get; }

    public IsvOnboarding Onboarding => App.Services.GetRequiredService<IsvOnboarding>();

    public IReadOnlyList<IsvCustomerStatus?> Statuses => Customers.Customers.Select(c => Onboarding.GetStatus(c.AccountSid)).ToList();

    /// <summary>
    /// Starts both; <paramref name="publicUrl"/> is where Twilio calls back (the app's own URL when null);
    /// <paramref name="records"/> changes what the ISV's records say of its customers (the emulator's accounts stay).
    /// </summary>
    public static async Task<IsvHarness> StartAsync(int customers, IsvArguments arguments, Action<EmulatorOptions>? emulatorOptions = null, Uri? publicUrl = null,
        Func<DemoCustomers, DemoCustomers>? records = null)
    {
        var folder = Directory.CreateTempSubdirectory("trusthub-durable-test-");
        var (seed, _, file) = DemoAccount.Write(folder.FullName, customers);
        file = records?.Invoke(file) ?? file;
        var statePath = Path.Combine(folder.FullName, "state.json");
        var options = new EmulatorOptions { Seed = seed, StatePath = statePath, AccountSid = DemoAccount.AccountSid, AuthToken = DemoAccount.AuthToken, ReviewStepDelay = TimeSpan.FromMilliseconds(200) };
        emulatorOptions?.Invoke(options);
        var emulator = await EmulatorHost.StartAsync(options);
        var url = new Uri($"http://127.0.0.1:{IsvApp.FreePort()}/");
        var app = IsvApp.Build(arguments, StatusCallbackEndpointTests.Transport(emulator), new DemoCustomerDirectory(file), url, publicUrl ?? url);
        await app.StartAsync();
        return new IsvHarness(folder, emulator, app, file, statePath);
    }

    public void StartAll()
    {
        foreach (var customer in Customers.Customers) Onboarding.Start(customer.AccountSid);
    }

    /// <summary>Waits until every customer is finished (or <paramref name="timeout"/>), calling <paramref name="tick"/> on each look.</summary>
    public async Task<IReadOnlyList<IsvCustomerStatus>> WaitFinishedAsync(TimeSpan timeout, Action<IReadOnlyList<IsvCustomerStatus?>>? tick = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var statuses = Statuses;
            tick?.Invoke(statuses);
            if (statuses.All(s => s?.IsFinished == true)) return statuses!;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not finished after {timeout}:\n{string.Join("\n", statuses)}");
            await Task.Delay(100);
        }
    }

    /// <summary>Hangfire's counts: every job finished means none enqueued, processing, scheduled or failed.</summary>
    public (long Enqueued, long Processing, long Scheduled, long Failed, long Succeeded) JobCounts()
    {
        var stats = App.Services.GetRequiredService<JobStorage>().GetMonitoringApi().GetStatistics();
        return (stats.Enqueued, stats.Processing, stats.Scheduled, stats.Failed, stats.Succeeded);
    }

    /// <summary>Stops the emulator (which writes its final state) and reads every customer's objects from the state file.</summary>
    public async Task<IReadOnlyDictionary<string, CustomerCensus>> StopEmulatorAndCountAsync()
    {
        await Emulator.DisposeAsync();
        _emulatorStopped = true;
        var customers = Customers.Customers.Select(c => c.AccountSid).ToHashSet(StringComparer.Ordinal);
        return CustomerCensus.Read(StatePath).Where(c => customers.Contains(c.Key)).ToDictionary();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (!_emulatorStopped) await Emulator.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
