using global::IsvOnboarding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrustHubGen.AspNetCore;
using TrustHubGen.Emulator.Tests.Infrastructure;
using TrustHubGen.Runtime;

namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>
/// The durable onboarding as an ISV runs it, in this process and started: the sample's customers, Twilio calls through
/// <c>transport</c>, the status callbacks on its own URL (tokens looked up through the same transport), every log line kept.
/// </summary>
internal static class LoggedIsvApp
{
    public static async Task<WebApplication> StartAsync(ITwilioTransport transport, DemoCustomers customers, LogRecorder logs, Action<TrustHubIsvOnboardingOptions> configure)
    {
        var url = new Uri($"http://127.0.0.1:{IsvApp.FreePort()}/");
        var app = BareIsvApp.Build(configure, builder =>
        {
            builder.WebHost.UseUrls(url.GetLeftPart(UriPartial.Authority));
            builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Information);
            builder.Services.AddSingleton(transport);
            builder.Services.AddSingleton<IIsvCustomerDirectory>(new DemoCustomerDirectory(customers));
            builder.Services.AddTrustHubStatusCallbacks(o =>
            {
                o.PublicBaseUrl = url;
                o.AuthTokenSource = new SubaccountAuthTokens(transport);
            });
        });
        app.MapTrustHubStatusCallbacks();
        await app.StartAsync();
        return app;
    }
}
