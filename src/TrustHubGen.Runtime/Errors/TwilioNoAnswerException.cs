using System;
using System.IO;
using System.Net.Http;
using Polly;
using Polly.Timeout;

namespace TrustHubGen.Runtime;

/// <summary>
/// A call to Twilio got no answer, after the transport's retries: the connection was refused or could not be made (DNS,
/// TLS, a proxy), the answer was cut off, or the attempt timed out (<see cref="HttpClient.Timeout"/>, a timeout of a
/// handler of the user's own). The last attempt's failure is the <see cref="Exception.InnerException"/>, as .NET or the
/// client library reported it. The message names the request, the attempts and the causes, never a credential.
/// </summary>
/// <remarks>
/// Whether Twilio processed the request is unknown unless <see cref="HttpRequestError"/> says the connection was never
/// made (<see cref="System.Net.Http.HttpRequestError.ConnectionError"/>, <see cref="System.Net.Http.HttpRequestError.NameResolutionError"/>):
/// the transport repeats a request only when that is safe (any method when it could not connect; a read, never a POST,
/// when the answer was lost), so after a failed write, read the state before writing again. The caller's own
/// cancellation is never this exception: it stays an <see cref="OperationCanceledException"/>.
/// </remarks>
public sealed class TwilioNoAnswerException : TwilioCallException
{
    /// <summary>
    /// Creates the exception for <paramref name="request"/> (method and address, no credentials), which got no answer in
    /// <paramref name="attempts"/> attempts, the last ending with <paramref name="innerException"/>.
    /// </summary>
    public TwilioNoAnswerException(string request, int attempts, Exception innerException)
        : base(Format(request, attempts, innerException ?? throw new ArgumentNullException(nameof(innerException))), request, innerException)
    {
        if (attempts < 1) throw new ArgumentOutOfRangeException(nameof(attempts), attempts, "A request that got no answer was sent at least once.");
        Attempts = attempts;
        HttpRequestError = ErrorOf(innerException);
        TimedOut = IsTimeout(innerException);
    }

    /// <summary>How many times the request was sent (1 when it was not retried).</summary>
    public int Attempts { get; }

    /// <summary>
    /// .NET's reason for the last attempt's failure (from its <see cref="HttpRequestException"/> or <see cref="HttpIOException"/>):
    /// <see cref="System.Net.Http.HttpRequestError.ConnectionError"/>, <see cref="System.Net.Http.HttpRequestError.NameResolutionError"/>,
    /// <see cref="System.Net.Http.HttpRequestError.SecureConnectionError"/>, <see cref="System.Net.Http.HttpRequestError.ResponseEnded"/>…;
    /// <see cref="System.Net.Http.HttpRequestError.Unknown"/> for a timeout.
    /// </summary>
    public HttpRequestError HttpRequestError { get; }

    /// <summary>The last attempt timed out (<see cref="HttpClient.Timeout"/> or a handler's timeout), rather than failing.</summary>
    public bool TimedOut { get; }

    /// <summary>
    /// True for what the transports report when an attempt got no answer and the caller did not cancel: the exceptions
    /// this type wraps once the retries are over. Anything else (a bug, invalid arguments) is let through.
    /// </summary>
    internal static bool IsNoAnswer(Exception exception) =>
        exception is HttpRequestException or IOException or OperationCanceledException or TimeoutException or ExecutionRejectedException;

    private static string Format(string request, int attempts, Exception failure)
    {
        var tries = attempts > 1 ? $" in {attempts} attempts" : "";
        // A timeout's own message says which timeout elapsed; its inner ones only repeat "The operation was canceled".
        if (IsTimeout(failure)) return $"{request} got no answer in time{tries}: {JsonBodyCheck.OneLine(Cause(failure.Message))}.";
        // .NET's messages name no address ("An error occurred while sending the request.", "The SSL connection could not be
        // established, see inner exception."): the causes down the chain, each once, leaving out what already names the request.
        var address = request.IndexOf(' ') is var space and >= 0 ? request.Substring(space + 1) : request;
        var reason = "";
        for (var e = failure; e is not null; e = e.InnerException)
        {
            var cause = Cause(e.Message);
            if (cause.Length == 0 || cause.Contains(address, StringComparison.OrdinalIgnoreCase) || reason.Contains(cause, StringComparison.Ordinal)) continue;
            reason += (reason.Length == 0 ? "" : ": ") + cause;
        }
        if (reason.Length == 0) reason = failure.GetType().Name;
        return $"{request} got no answer{tries}: {JsonBodyCheck.OneLine(reason)}.";
    }

    private static string Cause(string message) => message.Replace(", see inner exception", "", StringComparison.Ordinal).Trim().TrimEnd('.');

    private static HttpRequestError ErrorOf(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException http) return http.HttpRequestError;
            if (e is HttpIOException io) return io.HttpRequestError;
        }
        return HttpRequestError.Unknown;
    }

    private static bool IsTimeout(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException or TimeoutRejectedException) return true;
        }
        return false;
    }
}
