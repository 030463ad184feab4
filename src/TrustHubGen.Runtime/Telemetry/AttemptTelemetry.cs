using System;
using System.Diagnostics;
using System.Globalization;

namespace TrustHubGen.Runtime;

/// <summary>
/// The spans and measurements of Twilio calls, after OpenTelemetry's HTTP client conventions: a Client span per attempt
/// named by the method, with <c>http.request.method</c>, <c>server.address</c>, <c>server.port</c>, <c>url.full</c> (without
/// query or user info: queries carry phone numbers and names), <c>http.request.resend_count</c>,
/// <c>http.response.status_code</c> and <c>error.type</c>; plus Twilio's error code (<c>twilio.error_code</c>).
/// </summary>
internal static class AttemptTelemetry
{
    public static Activity? Start(SendState state)
    {
        var activity = TrustHubGenTelemetry.Source.StartActivity(state.Request.Method.Method, ActivityKind.Client);
        if (activity is null) return null;
        if (activity.IsAllDataRequested)
        {
            activity.SetTag("http.request.method", state.Request.Method.Method);
            activity.SetTag("server.address", state.Uri.Host);
            activity.SetTag("server.port", state.Uri.Port);
            activity.SetTag("url.full", TwilioTransportLog.SafeUrl(state.Uri));
            if (state.Attempts > 1) activity.SetTag("http.request.resend_count", state.Attempts - 1);
        }
        return activity;
    }

    public static void Answered(Activity? activity, SendState state, TwilioAttempt attempt, long started)
    {
        var errorType = attempt.Status >= 400 ? attempt.Status.ToString(CultureInfo.InvariantCulture) : null;
        if (activity is not null)
        {
            activity.SetTag("http.response.status_code", attempt.Status);
            if (errorType is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error);
                activity.SetTag("error.type", errorType);
                if (attempt.Code is { } code) activity.SetTag("twilio.error_code", code);
            }
        }
        if (TrustHubGenTelemetry.RequestDuration.Enabled)
            TrustHubGenTelemetry.RequestDuration.Record(TrustHubGenTelemetry.SecondsSince(started), Tags(state, attempt.Status, errorType));
        if (ConcurrencySignals.Of(attempt) == ConcurrencySignal.Throttled && TrustHubGenTelemetry.Throttled.Enabled)
            TrustHubGenTelemetry.Throttled.Add(1, Tags(state, attempt.Status, errorType));
    }

    public static void Failed(Activity? activity, SendState state, Exception exception, long started)
    {
        var errorType = ErrorType(exception);
        if (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error);
            activity.SetTag("error.type", errorType);
        }
        if (TrustHubGenTelemetry.RequestDuration.Enabled)
            TrustHubGenTelemetry.RequestDuration.Record(TrustHubGenTelemetry.SecondsSince(started), Tags(state, null, errorType));
    }

    /// <summary>One call done, its retries included: its final status, or the exception that ended it.</summary>
    public static void CallFinished(SendState state, int? status, Exception? exception)
    {
        if (!TrustHubGenTelemetry.Calls.Enabled) return;
        var errorType = exception is not null ? ErrorType(exception) : status >= 400 ? status.Value.ToString(CultureInfo.InvariantCulture) : null;
        TrustHubGenTelemetry.Calls.Add(1, Tags(state, status, errorType));
    }

    /// <summary>One retry, tagged as the call's other metrics are (method, server address and port, status, error type).</summary>
    public static void Retrying(TwilioRetryInfo info, SendState state)
    {
        if (!TrustHubGenTelemetry.Retries.Enabled) return;
        var errorType = info.Status is { } s ? s.ToString(CultureInfo.InvariantCulture) : info.Exception is { } e ? ErrorType(e) : "_OTHER";
        TrustHubGenTelemetry.Retries.Add(1, Tags(state, info.Status, errorType));
    }

    private static TagList Tags(SendState state, int? status, string? errorType)
    {
        var tags = new TagList
        {
            { "http.request.method", state.Request.Method.Method },
            { "server.address", state.Uri.Host },
            { "server.port", state.Uri.Port },
        };
        if (status is { } code) tags.Add("http.response.status_code", code);
        if (errorType is not null) tags.Add("error.type", errorType);
        return tags;
    }

    private static string ErrorType(Exception exception) => exception.GetType().FullName ?? "_OTHER";
}
