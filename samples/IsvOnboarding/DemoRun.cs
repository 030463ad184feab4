using TrustHubGen.Durable;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Runtime;

namespace IsvOnboarding;

/// <summary>The demo: the emulator with N customers, the ISV's app, every customer started, a table when all are done.</summary>
public static class DemoRun
{
    public static async Task<int> RunAsync(IsvArguments arguments, TextWriter output, CancellationToken stop)
    {
        var folder = Directory.CreateTempSubdirectory("trusthub-isv-");
        try
        {
            var (seed, _, customers) = DemoAccount.Write(folder.FullName, arguments.Customers);
            await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions
            {
                Seed = seed,
                AccountSid = DemoAccount.AccountSid,
                AuthToken = DemoAccount.AuthToken,
                ReviewStepDelay = TimeSpan.FromSeconds(arguments.ReviewDelaySeconds),
            }, stop);
            var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(emulator.AccountSid, emulator.AuthToken) };
            options.UseBaseAddressForAllHosts(emulator.BaseAddress);
            var transport = new TwilioHttpTransport(new HttpClient(), options);

            var url = new Uri(arguments.Urls ?? $"http://127.0.0.1:{IsvApp.FreePort()}");
            await using var app = IsvApp.Build(arguments, transport, new DemoCustomerDirectory(customers), url, url);
            await app.StartAsync(stop);
            output.WriteLine($"Trust Hub emulator on {emulator.BaseAddress} with {customers.Customers.Count} customer subaccount(s); reviews take {2 * arguments.ReviewDelaySeconds:0.#} s.");
            output.WriteLine($"ISV app on {url}: status callbacks at {url}trusthub/status-callback, Hangfire dashboard at {url}trusthub/jobs ({(arguments.Postgres is null ? "in-memory" : "PostgreSQL")} storage).");

            var onboarding = app.Services.GetRequiredService<TrustHubGen.Durable.IsvOnboarding>();
            foreach (var customer in customers.Customers) onboarding.Start(customer.AccountSid);
            output.WriteLine($"Started {customers.Customers.Count} customer(s): Secondary profile, then CNAM + SHAKEN/STIR when it is approved.");

            var statuses = await WaitAsync(onboarding, customers, output, TimeSpan.FromMinutes(5), stop);
            OutcomeTable.Write(output, statuses);
            var ok = statuses.All(s => s?.Stage == IsvOnboardingStage.Completed && s.Products.All(p => p.Status == "twilio-approved"));
            output.WriteLine(ok ? "Done: every customer's products are approved." : "Not every customer finished: see the table (and the dashboard).");
            if (arguments.KeepRunning && !stop.IsCancellationRequested)
            {
                output.WriteLine($"Dashboard: {url}trusthub/jobs (Ctrl+C to stop).");
                try { await Task.Delay(Timeout.Infinite, stop); } catch (OperationCanceledException) { }
            }
            await app.StopAsync(CancellationToken.None);
            return ok ? 0 : 1;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<IReadOnlyList<IsvCustomerStatus?>> WaitAsync(TrustHubGen.Durable.IsvOnboarding onboarding, DemoCustomers customers, TextWriter output, TimeSpan timeout, CancellationToken stop)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        string? last = null;
        while (true)
        {
            var statuses = customers.Customers.Select(c => onboarding.GetStatus(c.AccountSid)).ToList();
            var line = string.Join(", ", statuses.GroupBy(s => s?.Stage.ToString() ?? "not started").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
            if (line != last) output.WriteLine($"  {DateTime.Now:HH:mm:ss} {line}");
            last = line;
            if (statuses.All(s => s?.IsFinished == true) || DateTimeOffset.UtcNow > deadline || stop.IsCancellationRequested) return statuses;
            try { await Task.Delay(TimeSpan.FromMilliseconds(500), stop); } catch (OperationCanceledException) { }
        }
    }
}
