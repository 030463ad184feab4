using System;
using System.Collections.Generic;

namespace TrustHubGen.Runtime;

/// <summary>
/// Retry policy for throttling (429, Twilio code 20429: too many concurrent requests, never processed), server
/// errors (5xx; for POST only 502, 503 and 504 unless <see cref="RetryPostOnAnyServerError"/>) and connections that
/// could not be made. Other 4xx answers are never retried.
/// </summary>
public sealed class TwilioRetryOptions
{
    /// <summary>Retries after the first attempt; 0 disables retrying.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first backoff delay, doubled each retry (with jitter) unless the answer carries <c>Retry-After</c>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest single wait, including a <c>Retry-After</c> the server asks for.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Also retry a POST answered with 500 or another 5xx besides 502/503/504. Off by default: such an answer may come
    /// after Twilio created the resource, and a retried create would make a second one. Turn it on only when the
    /// caller finds earlier work itself (the onboarding engine does: it finds products by policy and name, and counts a
    /// 409 on an assignment as done).
    /// </summary>
    public bool RetryPostOnAnyServerError { get; set; }

    /// <summary>
    /// Called before each backoff wait (for progress reports). It runs on the request's path: keep it quick, and do
    /// not throw (an exception from it fails the request).
    /// </summary>
    public Action<TwilioRetryInfo>? OnRetry { get; set; }

    /// <summary>Every problem with these settings, each a sentence naming the setting; empty when valid.</summary>
    public IReadOnlyList<string> GetValidationProblems()
    {
        var problems = new List<string>();
        if (MaxRetries < 0) problems.Add($"Retry.MaxRetries is {MaxRetries}; use 0 to disable retrying or a positive count.");
        if (BaseDelay < TimeSpan.Zero) problems.Add($"Retry.BaseDelay is {BaseDelay}; it must not be negative.");
        if (MaxDelay <= TimeSpan.Zero) problems.Add($"Retry.MaxDelay is {MaxDelay}; it must be positive.");
        else if (BaseDelay > MaxDelay) problems.Add($"Retry.BaseDelay ({BaseDelay}) is longer than Retry.MaxDelay ({MaxDelay}).");
        if (MaxDelay > TimeSpan.FromDays(1)) problems.Add($"Retry.MaxDelay is {MaxDelay}; it must be at most one day.");
        return problems;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"TwilioRetryOptions {{ MaxRetries = {MaxRetries}, BaseDelay = {BaseDelay}, MaxDelay = {MaxDelay}, RetryPostOnAnyServerError = {RetryPostOnAnyServerError} }}";
}
