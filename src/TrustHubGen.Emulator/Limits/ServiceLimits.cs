using Microsoft.AspNetCore.Http;
using TrustHubGen.Emulator.Auth;
using TrustHubGen.Emulator.Faults;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Limits;

/// <summary>
/// What happens to an authenticated request once the rate limiter admitted it under its account's cap, and to one it
/// refused: count it, wait the emulated latency (holding the slot), then apply injected faults.
/// </summary>
internal static class ServiceLimits
{
    /// <summary>Middleware after <see cref="AdmitAsync"/>.</summary>
    public static async Task InvokeAsync(HttpContext http, RequestDelegate next, EmulatorRuntime runtime)
    {
        if (http.User.Identity is not AccountIdentity identity)
        {
            await next(http).ConfigureAwait(false);
            return;
        }

        // The limiter counted the account's requests in flight when it admitted this one (AccountConcurrency).
        var inFlight = http.Features.Get<TwilioRequestFeature>()?.ConcurrentRequests ?? 1;
        runtime.Counters.Admitted(identity.Account.Sid, inFlight);

        var faults = runtime.Faults;
        var (faultLatency, outcome, retryAfter) = faults.HasRules ? faults.Decide(http.Request.Method, http.Request.Path.Value ?? "/") : (TimeSpan.Zero, FaultOutcome.None, 1);
        if (!await WaitAsync(http, runtime, runtime.Latency.Next() + faultLatency).ConfigureAwait(false))
        {
            return;
        }

        switch (outcome)
        {
            case FaultOutcome.DropConnection:
                runtime.Counters.FaultInjected();
                http.Abort();
                return;
            case FaultOutcome.TooManyRequests:
                runtime.Counters.FaultInjected();
                await TwilioErrors.WriteAsync(http, new ApiException(429, ErrorCodes.TooManyRequests, "Too Many Requests (injected fault).") { RetryAfterSeconds = retryAfter }).ConfigureAwait(false);
                return;
            case FaultOutcome.ServiceUnavailable:
                runtime.Counters.FaultInjected();
                await TwilioErrors.WriteAsync(http, new ApiException(503, ErrorCodes.ServiceUnavailable, "Service Unavailable (injected fault).")).ConfigureAwait(false);
                return;
            default:
                await next(http).ConfigureAwait(false);
                return;
        }
    }

    /// <summary>Admits a request under its account's cap (<see cref="AccountConcurrency"/>) for as long as it runs, or refuses it.</summary>
    public static async Task AdmitAsync(HttpContext http, RequestDelegate next, EmulatorRuntime runtime)
    {
        using var lease = runtime.Concurrency.AttemptAcquire(http);
        if (!lease.IsAcquired)
        {
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            await OnRejectedAsync(http, runtime).ConfigureAwait(false);
            return;
        }

        await next(http).ConfigureAwait(false);
    }

    /// <summary>The answer beyond the cap: Twilio's 429 with code 20429 and <c>Retry-After: 1</c>, after the latency.</summary>
    private static async ValueTask OnRejectedAsync(HttpContext http, EmulatorRuntime runtime)
    {
        var account = ((AccountIdentity)http.User.Identity!).Account.Sid;
        runtime.Counters.Refused();
        if (!await WaitAsync(http, runtime, runtime.Latency.Next()).ConfigureAwait(false))
        {
            return;
        }

        await TwilioErrors.WriteAsync(http, new ApiException(429, ErrorCodes.TooManyRequests,
            $"Too many concurrent requests for account {account} (at most {runtime.Concurrency.Cap} at once); this request was not processed, retry it after Retry-After.") { RetryAfterSeconds = 1 }).ConfigureAwait(false);
    }

    /// <summary>Waits on a timer (never the CPU); false when the client went away meanwhile.</summary>
    private static async Task<bool> WaitAsync(HttpContext http, EmulatorRuntime runtime, TimeSpan delay)
    {
        if (delay <= TimeSpan.Zero)
        {
            return true;
        }

        try
        {
            await Task.Delay(delay, http.RequestAborted).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            RequestLog.ClientGone(runtime.RequestLog, http.Request.Method, http.Request.Path.Value ?? "/");
            return false;
        }
    }
}
