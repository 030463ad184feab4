using TrustHubGen.Durable;
using TrustHubGen.Runtime;

namespace IsvOnboarding;

/// <summary>One instance among several: callbacks in, jobs run, until SIGTERM (or SIGKILL: the jobs survive it).</summary>
public static class WorkerRun
{
    public static async Task<int> RunAsync(IsvArguments arguments, TextWriter output, CancellationToken stop)
    {
        var credentials = TwilioCredentials.FromEnvironment()
            ?? throw new InvalidDataException("--worker needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN in the environment.");
        var options = new TwilioClientOptions { Credentials = credentials };
        options.UseBaseAddressForAllHosts(arguments.TwilioBase!);
        var transport = new TwilioHttpTransport(new HttpClient(), options);
        var directory = new DemoCustomerDirectory(DemoCustomers.Read(arguments.CustomersFile!));
        var listen = new Uri(arguments.Urls ?? $"http://127.0.0.1:{IsvApp.FreePort()}");
        await using var app = IsvApp.Build(arguments, transport, directory, listen, arguments.PublicUrl!);
        await app.StartAsync(stop);
        output.WriteLine($"Worker listening on {listen.GetLeftPart(UriPartial.Authority)} (callbacks {arguments.PublicUrl}, {(arguments.Postgres is null ? "in-memory" : "PostgreSQL")} storage).");
        if (arguments.Start)
        {
            var onboarding = app.Services.GetRequiredService<TrustHubGen.Durable.IsvOnboarding>();
            foreach (var customer in directory.Customers) onboarding.Start(customer.AccountSid);
            output.WriteLine($"Started {directory.Customers.Count} customer(s).");
        }
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
        }
        await app.StopAsync(CancellationToken.None);
        return 0;
    }
}
