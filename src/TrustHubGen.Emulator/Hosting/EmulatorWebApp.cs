using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
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
/// <para>
/// Cost, and the decision issue 9 asks for (the framework's routing, authentication and rate limiting unless a benchmark
/// shows the hand-written path materially faster; then keep the benchmark and the reason in the code). The benchmark is
/// benchmarks/TrustHubGen.Emulator.Benchmarks/compare-pipelines.sh against 15fc433, the last hand-written pipeline;
/// results and the profile in docs/benchmarks.md, "ASP.NET Core's pipeline against the hand-written one". The profile's
/// findings are fixed where they are, each with its reason: the authentication handler is written against
/// <c>IAuthenticationHandler</c> and remembers accepted headers (TwilioBasicAuthentication); authorization's stateless
/// services are singletons and Basic needs no data protection (below); the per-account limiter is lock-free and asked once
/// (AccountConcurrency); request ids come from <see cref="Random.Shared"/>, not a system call (TwilioResponseHeaders).
/// Result on a quiet machine (2026-12-03 20:54 UTC, 5 interleaved rounds, JIT warmed up): small requests at 0.78-0.83x
/// the hand-written requests per second (it was 0.4x before the profile), about 10 us more CPU per request (1.26-1.28x);
/// pages level (0.96-1.06x). What is left is the framework's own per-request work (a DI scope with two scoped services,
/// the rate-limiting middleware's endpoint-policy limiter and authorization's switch read, each under a lock; about 2 KiB
/// more allocated). Decision: keep this pipeline; a fifth slower on the smallest requests is not material here. The
/// emulator answers 32,000-39,000 small requests per second on two quiet cores, 16-20 times what its heaviest user needs
/// (a cap of 100 at 50 ms latency is 2,000 requests per second), and with any modelled latency the time is the latency's;
/// a second, hand-written router, Basic check and limiter beside the framework's would be the duplication issue 9
/// removes. Revisit if a benchmark ever needs the emulator at 0 ms latency near those rates.
/// </para>
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

        // Authentication makes the scheme's handler once per request from DI: registered, that is a compiled factory
        // (unregistered, ActivatorUtilities would reflect over its constructor every time). AddAuthenticationCore, not
        // AddAuthentication: Basic needs no data protection, whose key ring it would load (or create under the user's
        // home directory) at every start.
        builder.Services.AddTransient<TwilioBasicAuthentication>();
        builder.Services.AddAuthenticationCore(authentication =>
        {
            authentication.AddScheme<TwilioBasicAuthentication>(TwilioBasicAuthentication.SchemeName, displayName: null);
            authentication.DefaultScheme = TwilioBasicAuthentication.SchemeName;
        });

        // Authorization registers its policy evaluator, authorization service, handler provider and result handler as
        // transient: four activations per request from the request's scope. They are stateless, so singletons do.
        builder.Services.AddSingleton<IPolicyEvaluator, PolicyEvaluator>();
        builder.Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        builder.Services.AddSingleton<IAuthorizationHandlerProvider, DefaultAuthorizationHandlerProvider>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthorizationMiddlewareResultHandler>();
        builder.Services.AddAuthorization();
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
        // The account cap is one limiter with no queue, asked once per request. Not ASP.NET Core's UseRateLimiter: its
        // middleware starts a timer of its own that is never stopped, and that timer kept the whole app reachable, so every
        // emulator a test process started and disposed stayed in memory (EmulatorHostLifetimeTests).
        app.Use((http, next) => ServiceLimits.AdmitAsync(http, next, runtime));
        app.Use((http, next) => ServiceLimits.InvokeAsync(http, next, runtime));
        RouteTable.All().MapTo(app, runtime);
        app.MapGet("/emulator/errors/{code}", ErrorPages.WriteAsync);
        return app;
    }
}
