using System;
using System.Net.Http.Headers;

namespace TrustHubGen.Runtime;

/// <summary>Turns <c>Retry-After</c> (seconds or an HTTP date) into a delay from now, as every transport honours it.</summary>
public static class RetryAfterHeader
{
    /// <summary>The delay <paramref name="header"/> asks for, never negative; null without a header.</summary>
    public static TimeSpan? ToDelay(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header is null) return null;
        if (header.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}
