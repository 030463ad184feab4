using System.Globalization;
using System.Linq;
using System.Net.Http.Headers;

namespace TrustHubGen.Runtime;

/// <summary>What an attempt's answer tells the account's <see cref="AdaptiveConcurrencyController"/>.</summary>
internal static class ConcurrencySignals
{
    /// <summary>The header Twilio sends on every answer: the account's requests in flight, this one included.</summary>
    public const string ConcurrentRequestsHeader = "Twilio-Concurrent-Requests";

    /// <summary>429 or code 20429: refused at the cap. 5xx: says nothing about the cap. Anything else was processed.</summary>
    public static ConcurrencySignal Of(TwilioAttempt attempt) =>
        attempt.Status == 429 || (attempt.Status >= 400 && attempt.Code == TransientFailures.TooManyConcurrentRequests) ? ConcurrencySignal.Throttled
        : attempt.Status >= 500 ? ConcurrencySignal.Unknown
        : ConcurrencySignal.Admitted;

    /// <summary>The <c>Twilio-Concurrent-Requests</c> header as a count; null when absent or not a whole number.</summary>
    public static int? ReadConcurrentRequests(HttpResponseHeaders headers) =>
        headers.TryGetValues(ConcurrentRequestsHeader, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
}
