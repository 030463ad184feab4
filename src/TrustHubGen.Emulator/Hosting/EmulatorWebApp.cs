using System.Net;
using Microsoft.AspNetCore.Authentication;
using TrustHubGen.Emulator.Auth;
using TrustHubGen.Emulator.Limits;
using TrustHubGen.Emulator.Routes;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Hosting;

/// <summary>
/// The emulator's ASP.NET Core application: Kestrel on loopback, then the middleware in the order a request meets it.
/// <list type="number">
/// <item>Twilio's response headers (request id, duration, concurrent requests), set as the response starts.</item>
/// <item>Status-code pages: a bodiless 404 (no route) or 405 (a route without this method) gets Twilio's error body.</item>
/// <item>Endpoint routing, then authentication (HTTP Basic as Twilio accepts it) and authorization (every API route needs an account).</item>
/// <item>The rate limiter: the per-account concurrency cap (429, code 20429, <c>Retry-After</c>).</item>
/// <item>Service limits: count the request, wait the emulated latency holding the slot, inject faults.</item>
/// <item>The endpoint: read the form, run the route handler, write its reply.</item>
/// </list>
/// Cost: on the smallest requests this chain answers about 0.4x the requests per second of the hand-written delegate it
/// replaced (benchmarks/TrustHubGen.Emulator.Benchmarks/compare-pipelines.sh, docs/benchmarks.md); on pages and with any
/// modelled latency the two are level. Kept for issue 9 (the framework's routing, authentication and rate limiting);
/// the first suspect to profile is the partitioned rate limiter (a lock per acquire, asked again for the in-flight count).
/// </summary>
internal static class EmulatorWebApp
{
    public static WebApplication Build(EmulatorRuntime runtime, IPAddress address, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();

        // The framework's own logs (challenges, rate-limiter decisions) are noise for emulator users; the emulator logs
        // what matters about requests itself (RequestLog).
        builder.Logging.ClearProviders();

        // The embedding process owns Ctrl+C and SIGTERM (tests, the command line's own handler), not the web host.
        builder.Services.AddSingleton<IHostLifetime, HostOwnedLifetime>();
        builder.Services.AddSingleton(runtime);
        builder.Services.AddAuthentication(TwilioBasicAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TwilioBasicAuthentication>(TwilioBasicAuthentication.SchemeName, configureOptions: null);
        builder.Services.AddAuthorization();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = runtime.Concurrency.Limiter;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) => ServiceLimits.OnRejectedAsync(context, runtime);
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, port);
        });

        var app = builder.Build();
        app.Use(TwilioResponseHeaders.InvokeAsync);
        app.UseStatusCodePages(context => TwilioErrors.WriteStatusCodePageAsync(context.HttpContext));
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.Use((http, next) => ServiceLimits.InvokeAsync(http, next, runtime));
        RouteTable.All().MapTo(app, runtime);
        app.MapGet("/emulator/errors/{code}", ErrorPages.WriteAsync);
        return app;
    }
}
