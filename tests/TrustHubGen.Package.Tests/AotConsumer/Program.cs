using Microsoft.Extensions.DependencyInjection;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Sdk;

// A Native AOT app: the transport from dependency injection, the typed pipeline onboarding every number on the profile,
// a list read page by page, retries after the 503s the test injects, and an error answer read as TwilioApiException.
var retries = 0;
var services = new ServiceCollection().AddLogging();
services.AddTwilioTransport(o =>
{
    o.Credentials = TwilioCredentials.RequireFromEnvironment();
    o.UseBaseAddressForAllHosts(new Uri(Environment.GetEnvironmentVariable("TRUSTHUB_EMULATOR_URL")!));
    o.Retry.BaseDelay = TimeSpan.FromMilliseconds(10);
    o.Retry.OnRetry = _ => Interlocked.Increment(ref retries);
});
await using var provider = services.BuildServiceProvider();
var transport = provider.GetRequiredService<ITwilioTransport>();

var result = await CnamOnboarding.For(CustomerProfileSid.Parse(args[0]))
    .WithEveryNumberOnProfile()
    .WithCnamInformation(CnamDisplayName.Parse("Acme Widgets"))
    .AndShakenStir()
    .NotifyEmail("ops@example.com", statusCallback: null)
    .RunAsync(transport);
Console.Write(result);

var trustHub = new TrustHubClient(transport);
var products = new List<string>();
await foreach (var product in trustHub.TrustProducts.ListAsync(new ListTrustProductRequest { PageSize = 1 }))
    products.Add($"{product.FriendlyName} {product.Status}");
Console.WriteLine($"listed {products.Count} products one per page: {string.Join(", ", products.Order(StringComparer.Ordinal))}");
Console.WriteLine($"retries {retries}");

try
{
    await trustHub.TrustProducts.FetchAsync(TrustProductSid.Parse("BU" + new string('7', 32)));
}
catch (TwilioApiException e)
{
    Console.WriteLine($"not found: {e.Status} {e.Code}");
}

Console.WriteLine($"own policy: {PolicyCatalog.BrandedCalling.SidValue} {BrandedCallingOnboarding.Policy.Name}");
