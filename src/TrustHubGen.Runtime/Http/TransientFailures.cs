using System;
using System.Threading.Tasks;
using System.Net.Http;

namespace TrustHubGen.Runtime;

/// <summary>Which failed attempts are worth repeating.</summary>
internal static class TransientFailures
{
    /// <summary>Twilio's code for "too many concurrent requests": the request was never processed.</summary>
    public const int TooManyConcurrentRequests = 20429;

    /// <summary>
    /// 429 and any answer with code 20429 (never processed), and 5xx. Other 4xx answers would fail the same way again.
    /// For a method that is not safe to repeat (POST), a 500 or other server error may come after the resource was
    /// created, so only 502, 503 and 504 (the request did not reach a working server) are retried, unless the caller
    /// opts in with <see cref="TwilioRetryOptions.RetryPostOnAnyServerError"/>.
    /// </summary>
    public static bool IsRetryable(TwilioAttempt attempt, HttpMethod method, bool retryPostOnAnyServerError)
    {
        if (attempt.Status == 429 || (attempt.Status >= 400 && attempt.Code == TooManyConcurrentRequests)) return true;
        if (attempt.Status < 500) return false;
        return IsIdempotent(method) || retryPostOnAnyServerError || attempt.Status is 502 or 503 or 504;
    }

    /// <summary>
    /// A connection that could not be made (the request never left) is retried for every method; a connection
    /// dropped mid-answer only for methods safe to repeat, because a POST may already have taken effect. .NET reports a
    /// connection dropped before the answer's headers as <see cref="HttpRequestException"/>, and one dropped in the middle
    /// of the body (read as it streams in) as <see cref="HttpIOException"/>: both say <see cref="HttpRequestError.ResponseEnded"/>.
    /// </summary>
    public static bool IsRetryable(Exception exception, HttpMethod method)
    {
        // HttpClient.Timeout: the request may have been processed, so only an idempotent one is sent again.
        if (IsClientTimeout(exception)) return IsIdempotent(method);
        HttpRequestError? error = exception switch
        {
            HttpRequestException http => http.HttpRequestError,
            HttpIOException io => io.HttpRequestError,
            _ => null,
        };
        return error switch
        {
            HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError => true,
            HttpRequestError.ResponseEnded => IsIdempotent(method),
            _ => false,
        };
    }

    /// <summary>An attempt ended by <c>HttpClient.Timeout</c> (not by the caller's token): a TaskCanceledException wrapping a TimeoutException.</summary>
    public static bool IsClientTimeout(Exception exception) => exception is TaskCanceledException { InnerException: TimeoutException };

    private static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Delete || method == HttpMethod.Options;
}
