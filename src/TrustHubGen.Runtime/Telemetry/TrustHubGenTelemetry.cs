using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TrustHubGen.Runtime;

/// <summary>
/// The names under which the runtime reports traces and metrics, for an OpenTelemetry SDK to listen to:
/// <c>.AddSource(TrustHubGenTelemetry.ActivitySourceName)</c> and <c>.AddMeter(TrustHubGenTelemetry.MeterName)</c>.
/// Spans: one per attempt of a Twilio call (kind Client, OpenTelemetry's HTTP client conventions) and one per onboarding
/// run and stage. Metrics: <c>http.client.request.duration</c> per attempt, and <c>trusthub.client.*</c> and
/// <c>trusthub.onboarding.*</c> counters. No tag carries a secret, a query string, a form value, an e-mail address, a phone
/// number or an attribute value (such as a CNAM display name): only methods, hosts, paths (which hold SIDs), statuses,
/// Twilio error codes, policy names and counts.
/// </summary>
public static class TrustHubGenTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> name: <c>TrustHubGen</c>.</summary>
    public const string ActivitySourceName = "TrustHubGen";

    /// <summary>The <see cref="Meter"/> name: <c>TrustHubGen</c>.</summary>
    public const string MeterName = "TrustHubGen";

    private static readonly string? Version = typeof(TrustHubGenTelemetry).Assembly.GetName().Version?.ToString();

    internal static readonly ActivitySource Source = new(ActivitySourceName, Version);

    internal static readonly Meter Meter = new(MeterName, Version);

    /// <summary>OpenTelemetry's <c>http.client.request.duration</c>: one measurement per attempt, in seconds.</summary>
    internal static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "http.client.request.duration", "s", "Duration of each attempt of a Twilio call, from sending to the answer's body read.");

    internal static readonly Counter<long> Calls = Meter.CreateCounter<long>(
        "trusthub.client.calls", "{call}", "Twilio calls finished (retries included in one call), by method and final status.");

    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "trusthub.client.retries", "{retry}", "Attempts repeated after a 429, a 5xx or a failed connection.");

    internal static readonly Counter<long> Throttled = Meter.CreateCounter<long>(
        "trusthub.client.throttled", "{answer}", "Answers 429 (or code 20429): the account was at its concurrency cap; never processed.");

    internal static readonly UpDownCounter<long> InFlight = Meter.CreateUpDownCounter<long>(
        "trusthub.client.concurrency.in_flight", "{request}", "Attempts let through the adaptive gate and not answered yet.");

    internal static readonly Histogram<double> GateWait = Meter.CreateHistogram<double>(
        "trusthub.client.concurrency.wait", "s", "Time an attempt waited for its turn at the account's adaptive gate.");

    internal static readonly Counter<long> Numbers = Meter.CreateCounter<long>(
        "trusthub.onboarding.numbers", "{number}", "Number assignments finished by onboarding runs, by policy (none: the Business Profile) and outcome.");

    /// <summary>Seconds since <paramref name="started"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    internal static double SecondsSince(long started) => Stopwatch.GetElapsedTime(started).TotalSeconds;

    /// <summary>Starts an internal span for an onboarding stage; null when nobody listens.</summary>
    internal static Activity? StartStage(string name, string? policy = null)
    {
        var activity = Source.StartActivity(name, ActivityKind.Internal);
        if (activity is not null && policy is not null) activity.SetTag("trusthub.policy", policy);
        return activity;
    }

    /// <summary>Marks <paramref name="activity"/> failed with the exception's type (never its message: it may quote input).</summary>
    internal static void Fail(Activity? activity, Exception exception)
    {
        if (activity is null) return;
        activity.SetStatus(ActivityStatusCode.Error);
        activity.SetTag("error.type", exception.GetType().FullName);
    }
}
