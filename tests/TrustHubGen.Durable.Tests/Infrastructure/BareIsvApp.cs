using global::IsvOnboarding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>An app with nothing but the durable onboarding's services, on a free port of 127.0.0.1 (not started; <c>app.Urls</c> once it is).</summary>
internal static class BareIsvApp
{
    /// <param name="configure">The onboarding's options.</param>
    /// <param name="before">What else the app registers first (logging, the status callbacks' options).</param>
    public static WebApplication Build(Action<TrustHubIsvOnboardingOptions> configure, Action<WebApplicationBuilder>? before = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{IsvApp.FreePort()}");
        before?.Invoke(builder);
        builder.Services.AddTrustHubIsvOnboarding(configure);
        return builder.Build();
    }
}
