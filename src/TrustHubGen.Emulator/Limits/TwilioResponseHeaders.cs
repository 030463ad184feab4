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
        headers["Twilio-Request-Id"] = NewRequestId();
        headers["Twilio-Request-Duration"] = Stopwatch.GetElapsedTime(feature.StartTimestamp).TotalSeconds.ToString("F3", CultureInfo.InvariantCulture);
        if (feature.ConcurrentRequests is { } concurrent)
        {
            headers["Twilio-Concurrent-Requests"] = concurrent.ToString(CultureInfo.InvariantCulture);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// <c>RQ</c> + 32 hex digits. Not <see cref="Sids.New"/>: <see cref="Guid.NewGuid"/> asks the kernel for randomness on
    /// every call (a system call per response, a few percent of a small request's cost), and a request id needs to be
    /// unique, not unpredictable; <see cref="Random.Shared"/> is randomly seeded and per-thread.
    /// </summary>
    private static string NewRequestId() => string.Create(34, 0, static (chars, _) =>
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        chars[0] = 'R';
        chars[1] = 'Q';
        Convert.TryToHexStringLower(bytes, chars[2..], out _);
    });
}
