using System;

namespace TrustHubGen.Runtime;

/// <summary>One retry about to happen, as reported to <see cref="TwilioRetryOptions.OnRetry"/>. Holds no credentials or body values.</summary>
public sealed class TwilioRetryInfo
{
    /// <summary>Creates the report.</summary>
    public TwilioRetryInfo(string request, int attempt, int? status, int? code, TimeSpan delay, bool fromRetryAfter, Exception? exception)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        Attempt = attempt;
        Status = status;
        Code = code;
        Delay = delay;
        FromRetryAfter = fromRetryAfter;
        Exception = exception;
    }

    /// <summary>The request as method and URL without query (see <see cref="TwilioRequest.ToString"/>).</summary>
    public string Request { get; }

    /// <summary>The number of this retry: 1 for the first retry.</summary>
    public int Attempt { get; }

    /// <summary>The HTTP status of the failed attempt (429, 503…); null when no answer arrived (connection failure).</summary>
    public int? Status { get; }

    /// <summary>Twilio's error code from the failed answer's body (e.g. 20429), when it carried one.</summary>
    public int? Code { get; }

    /// <summary>How long the transport waits before the retry.</summary>
    public TimeSpan Delay { get; }

    /// <summary>True when <see cref="Delay"/> came from the answer's <c>Retry-After</c> header (capped at the maximum delay).</summary>
    public bool FromRetryAfter { get; }

    /// <summary>
    /// The transport failure that caused the retry, when no answer arrived, as .NET or the client library reported it (an
    /// <see cref="System.Net.Http.HttpRequestException"/>, a timeout's <see cref="System.Threading.Tasks.TaskCanceledException"/>):
    /// the retries decide on it. When they run out, the caller gets a <see cref="TwilioNoAnswerException"/> wrapping the last one.
    /// </summary>
    public Exception? Exception { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"Retry {Attempt} of {Request} in {Delay.TotalMilliseconds:0} ms after " +
        (Status is null ? Exception?.GetType().Name ?? "a failure" : $"{Status}{(Code is null ? "" : $" (code {Code})")}") +
        (FromRetryAfter ? " (Retry-After)" : "");
}
