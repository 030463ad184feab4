using System;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace TrustHubGen.Runtime;

/// <summary>Builds the Polly pipeline behind <see cref="TwilioHttpTransport"/> from <see cref="TwilioRetryOptions"/>.</summary>
internal static class TwilioRetryPipeline
{
    public static readonly ResiliencePropertyKey<SendState> State = new("TrustHubGen.SendState");

    public static ResiliencePipeline<TwilioAttempt> Build(TwilioRetryOptions options, TimeProvider timeProvider, Action<TwilioRetryInfo, SendState> onRetry)
    {
        if (options.MaxRetries == 0) return ResiliencePipeline<TwilioAttempt>.Empty;
        var maxDelay = options.MaxDelay;
        return new ResiliencePipelineBuilder<TwilioAttempt> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<TwilioAttempt>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = maxDelay,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context, options.RetryPostOnAnyServerError)),
                // Polly does not cap generator delays with MaxDelay, so the cap is applied here.
                DelayGenerator = args => new ValueTask<TimeSpan?>(Delay(args.Outcome.Result, args.AttemptNumber, args.Context, maxDelay)),
                OnRetry = args =>
                {
                    var state = args.Context.Properties.GetValue(State, null!);
                    var answer = args.Outcome.Result;
                    onRetry(new TwilioRetryInfo(state.Description, args.AttemptNumber + 1, answer?.Status, answer?.Code,
                        args.RetryDelay, answer?.RetryAfter is not null, args.Outcome.Exception), state);
                    return default;
                },
            })
            .Build();
    }

    // The wait before a retry; null = Polly's exponential backoff with jitter. A refusal at the account's concurrency cap
    // (429/20429: "too many concurrent requests", never processed) asks for Retry-After: 1 second, but a slot frees at the next
    // answer: when the adaptive gate knows the round trip, the FIRST retry waits one round trip instead (the gate has already
    // lowered its limit, so the retry also waits there until a slot frees). A request refused again honours Retry-After,
    // so a cap held by others is not hammered.
    private static TimeSpan? Delay(TwilioAttempt? attempt, int attemptNumber, ResilienceContext context, TimeSpan maxDelay)
    {
        if (attempt is null) return null;
        var wait = attempt.RetryAfter;
        if (attemptNumber == 0 && context.Properties.GetValue(State, null!).ThrottledRoundTrip is { } roundTrip && (wait is null || roundTrip < wait))
            wait = roundTrip;
        return wait is { } w ? (w > maxDelay ? maxDelay : w) : null;
    }

    private static bool ShouldRetry(Outcome<TwilioAttempt> outcome, ResilienceContext context, bool retryPostOnAnyServerError)
    {
        // The caller's cancellation ends the call; an attempt's HttpClient.Timeout is a failure like a dropped connection.
        if (outcome.Exception is OperationCanceledException cancelled && (context.CancellationToken.IsCancellationRequested || !TransientFailures.IsClientTimeout(cancelled)))
            return false;
        var method = context.Properties.GetValue(State, null!).Request.Method;
        if (outcome.Exception is { } exception) return TransientFailures.IsRetryable(exception, method);
        return outcome.Result is { } attempt && TransientFailures.IsRetryable(attempt, method, retryPostOnAnyServerError);
    }
}
