using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using TrustHubGen.Emulator.State;

namespace TrustHubGen.Emulator.Limits;

/// <summary>Per-request facts the response headers report, filled in as the request goes through the pipeline.</summary>
internal sealed class TwilioRequestFeature(long startTimestamp)
{
    public long StartTimestamp { get; } = startTimestamp;

    /// <summary>The account's requests in flight when this one was admitted or refused (null: not counted, e.g. a 401).</summary>
    public int? ConcurrentRequests { get; set; }
}

/// <summary>
/// The headers Twilio sends on every response: <c>Twilio-Request-Id</c> (<c>RQ…</c>), <c>Twilio-Request-Duration</c> (seconds,
/// three decimals, from arrival to the response's start, the emulated latency included) and, for requests counted against
/// an account, <c>Twilio-Concurrent-Requests</c> (that account's requests in flight, this one included).
/// </summary>
internal static class TwilioResponseHeaders
{
    public static Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        http.Features.Set(new TwilioRequestFeature(Stopwatch.GetTimestamp()));
        http.Response.OnStarting(WriteHeaders, http);
        return next(http);
    }

    private static Task WriteHeaders(object state)
    {
        var http = (HttpContext)state;
        var feature = http.Features.Get<TwilioRequestFeature>()!;
        var headers = http.Response.Headers;
        headers["Twilio-Request-Id"] = Sids.New("RQ");
        headers["Twilio-Request-Duration"] = Stopwatch.GetElapsedTime(feature.StartTimestamp).TotalSeconds.ToString("F3", CultureInfo.InvariantCulture);
        if (feature.ConcurrentRequests is { } concurrent)
        {
            headers["Twilio-Concurrent-Requests"] = concurrent.ToString(CultureInfo.InvariantCulture);
        }

        return Task.CompletedTask;
    }
}
