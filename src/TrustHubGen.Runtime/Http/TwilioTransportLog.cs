using System;
using Microsoft.Extensions.Logging;

namespace TrustHubGen.Runtime;

/// <summary>
/// The transport's log lines: method, URL without query, status, elapsed time and retries. Never headers,
/// query values or form values, which is where credentials and personal data live.
/// </summary>
internal static partial class TwilioTransportLog
{
    [LoggerMessage(EventId = 1, EventName = "TwilioRequest",
        Message = "Twilio {Method} {Url} answered {Status} in {ElapsedMilliseconds} ms after {Retries} retries")]
    public static partial void Answered(ILogger logger, LogLevel level, string method, string url, int status, long elapsedMilliseconds, int retries);

    [LoggerMessage(EventId = 2, EventName = "TwilioRequestFailed", Level = LogLevel.Warning,
        Message = "Twilio {Method} {Url} failed without an answer in {ElapsedMilliseconds} ms after {Retries} retries: {Error}")]
    public static partial void Failed(ILogger logger, string method, string url, long elapsedMilliseconds, int retries, string error, Exception exception);

    [LoggerMessage(EventId = 3, EventName = "TwilioRetry", Level = LogLevel.Debug,
        Message = "Twilio {Method} {Url}: retry {Attempt} in {DelayMilliseconds} ms after {Outcome}")]
    public static partial void Retrying(ILogger logger, string method, string url, int attempt, long delayMilliseconds, string outcome);

    [LoggerMessage(EventId = 4, EventName = "TwilioRequestCancelled", Level = LogLevel.Debug,
        Message = "Twilio {Method} {Url} cancelled after {ElapsedMilliseconds} ms and {Retries} retries")]
    public static partial void Cancelled(ILogger logger, string method, string url, long elapsedMilliseconds, int retries);

    /// <summary>Scheme, host, port and path only: no user info, no query.</summary>
    public static string SafeUrl(Uri uri) => uri.Scheme + "://" + uri.Authority + uri.AbsolutePath;
}
