using System;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace TrustHubGen.Runtime;

/// <summary>Builds the Polly pipeline behind <see cref="TwilioHttpTransport"/> from <see cref="TwilioRetryOptions"/>.</summary>
internal static class TwilioRetryPipeline
{
    public static readonly ResiliencePropertyKey<SendState> State = new("TrustHubGen.SendState");

    public static ResiliencePipeline<TwilioAttempt> Build(TwilioRetryOptions options, TimeProvider timeProvider, Action<TwilioRetryInfo> onRetry)
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
                DelayGenerator = args => new ValueTask<TimeSpan?>(
                    args.Outcome.Result?.RetryAfter is { } wait ? (wait > maxDelay ? maxDelay : wait) : null),
                OnRetry = args =>
                {
                    var state = args.Context.Properties.GetValue(State, null!);
                    var answer = args.Outcome.Result;
                    onRetry(new TwilioRetryInfo(state.Description, args.AttemptNumber + 1, answer?.Status, answer?.Code,
                        args.RetryDelay, answer?.RetryAfter is not null, args.Outcome.Exception));
                    return default;
                },
            })
            .Build();
    }

    private static bool ShouldRetry(Outcome<TwilioAttempt> outcome, ResilienceContext context, bool retryPostOnAnyServerError)
    {
        if (outcome.Exception is OperationCanceledException) return false;
        var method = context.Properties.GetValue(State, null!).Request.Method;
        if (outcome.Exception is { } exception) return TransientFailures.IsRetryable(exception, method);
        return outcome.Result is { } attempt && TransientFailures.IsRetryable(attempt, method, retryPostOnAnyServerError);
    }
}
