using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Polly;

namespace TrustHubGen.Runtime;

/// <summary>
/// The transport policy every way of sending shares: retries for throttled (429, code 20429), failed (5xx) and
/// unconnected attempts with exponential backoff and jitter honouring <c>Retry-After</c>
/// (<see cref="TwilioRetryOptions"/>), one log line per request without secrets, 2xx bodies checked to be JSON
/// (<see cref="TwilioInvalidResponseException"/>), <see cref="TwilioApiException"/> for error answers and
/// <see cref="TwilioNoAnswerException"/> when the retries end without an answer, each naming the address the request
/// really went to (all are <see cref="TwilioCallException"/>s; the caller's cancellation stays an
/// <see cref="OperationCanceledException"/>). A subclass
/// only sends one attempt: <see cref="TwilioHttpTransport"/> over <see cref="System.Net.Http.HttpClient"/>, or the
/// TrustHubGen.Twilio bridge over the user's Twilio client, which itself never retries, so nothing is retried twice.
/// </summary>
public abstract class TwilioAttemptTransport : ITwilioAccountTransport
{
    private readonly TwilioRetryOptions _retry;
    private readonly ILogger? _logger;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<TwilioAttempt> _pipeline;
    private readonly AccountGates? _gates;

    /// <summary>
    /// Creates the policy from <paramref name="retry"/>, waiting on <paramref name="timeProvider"/>, with the default
    /// adaptive concurrency (<see cref="TwilioConcurrencyOptions"/>) for this transport alone.
    /// </summary>
    /// <exception cref="ArgumentException">The retry options are invalid; the message lists every problem.</exception>
    protected TwilioAttemptTransport(TwilioRetryOptions retry, TimeProvider timeProvider, ILogger? logger)
        : this(retry, new TwilioConcurrencyOptions(), timeProvider, logger)
    {
    }

    /// <summary>
    /// Creates the policy from <paramref name="retry"/> and <paramref name="concurrency"/> (transports given the same
    /// concurrency options share one gate per account), waiting on <paramref name="timeProvider"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The retry or concurrency options are invalid; the message lists every problem.</exception>
    protected TwilioAttemptTransport(TwilioRetryOptions retry, TwilioConcurrencyOptions concurrency, TimeProvider timeProvider, ILogger? logger)
    {
        _retry = retry ?? throw new ArgumentNullException(nameof(retry));
        if (concurrency is null) throw new ArgumentNullException(nameof(concurrency));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        var problems = retry.GetValidationProblems();
        if (problems.Count > 0) throw new ArgumentException("The retry options are invalid: " + string.Join(" ", problems), nameof(retry));
        var concurrencyProblems = concurrency.GetValidationProblems();
        if (concurrencyProblems.Count > 0) throw new ArgumentException("The concurrency options are invalid: " + string.Join(" ", concurrencyProblems), nameof(concurrency));
        _logger = logger;
        _pipeline = TwilioRetryPipeline.Build(retry, _time, ReportRetry);
        _gates = concurrency.Adaptive ? concurrency.Gates : null;
    }

    /// <inheritdoc />
    public abstract string AccountSid { get; }

    /// <inheritdoc />
    public async Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        var state = new SendState(request, ResolveUri(request));
        var started = _time.GetTimestamp();
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(TwilioRetryPipeline.State, state);
        TwilioAttempt attempt;
        try
        {
            attempt = await _pipeline.ExecuteAsync(
                static (ctx, s) =>
                {
                    s.State.Attempts++;
                    return s.Transport.SendThroughGateAsync(s.State, ctx.CancellationToken);
                },
                context, (Transport: this, State: state)).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested)
        {
            AttemptTelemetry.CallFinished(state, null, exception);
            if (_logger is not null)
                TwilioTransportLog.Cancelled(_logger, request.Method.Method, TwilioTransportLog.SafeUrl(state.Uri), ElapsedMs(started), Retries(state));
            throw;
        }
        catch (Exception exception)
        {
            AttemptTelemetry.CallFinished(state, null, exception);
            if (_logger is not null)
                TwilioTransportLog.Failed(_logger, request.Method.Method, TwilioTransportLog.SafeUrl(state.Uri), ElapsedMs(started),
                    Retries(state), exception.GetType().Name, exception);
            // Only here, once the retries are over: the retry pipeline classified the attempts' own exceptions (TransientFailures).
            if (TwilioNoAnswerException.IsNoAnswer(exception)) throw new TwilioNoAnswerException(state.Description, state.Attempts, exception);
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        AttemptTelemetry.CallFinished(state, attempt.Status, null);
        LogAnswer(state, attempt.Status, started);
        if (!attempt.IsSuccess) throw attempt.ToException(state.Description);
        // A body filtered as it streamed in was checked to be JSON on the way; a subclass that cannot stream (a client
        // library's) handed the whole body: filter it here, which checks it too.
        if (attempt.BodyFiltered) return new TwilioResponse(attempt.Status, attempt.Body, state.Uri);
        if (request.AnswerFilter is { } filter) return new TwilioResponse(attempt.Status, filter.Apply(attempt.Body.Span, state.Description, attempt.Status, attempt.ContentType), state.Uri);
        JsonBodyCheck.EnsureJson(attempt.Body.Span, attempt.Status, attempt.ContentType, state.Description);
        return new TwilioResponse(attempt.Status, attempt.Body, state.Uri);
    }

    /// <summary>The absolute URI <paramref name="request"/> goes to (for messages and logs; no credentials in it).</summary>
    public abstract Uri BuildUri(TwilioRequest request);

    /// <summary>
    /// Sends one attempt to <paramref name="uri"/> (from <see cref="BuildUri"/>) and reports the answer, error answers
    /// included. Throw only when no answer arrived: an <see cref="System.Net.Http.HttpRequestException"/> that could not
    /// connect is retried for every method, one cut off mid-answer only for methods safe to repeat. Once the retries are
    /// over, such a failure (an <see cref="System.Net.Http.HttpRequestException"/>, an <see cref="System.IO.IOException"/>,
    /// a timeout) reaches the caller as the <c>InnerException</c> of a <see cref="TwilioNoAnswerException"/>.
    /// </summary>
    protected abstract ValueTask<TwilioAttempt> SendAttemptAsync(TwilioRequest request, Uri uri, CancellationToken cancellationToken);

    // One attempt waits for its account's turn and holds it until the answer is in; backoff waits hold no turn.
    private async ValueTask<TwilioAttempt> SendThroughGateAsync(SendState state, CancellationToken cancellationToken)
    {
        ConcurrencyLease? lease = null;
        ConcurrencyGate? gate = null;
        state.ThrottledRoundTrip = null;
        if (_gates is not null)
        {
            var waitStarted = Stopwatch.GetTimestamp();
            gate = _gates.For(state.Uri, state.Request.SubaccountSid ?? AccountSid, _time);
            lease = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
            if (TrustHubGenTelemetry.GateWait.Enabled)
                TrustHubGenTelemetry.GateWait.Record(TrustHubGenTelemetry.SecondsSince(waitStarted), new KeyValuePair<string, object?>("server.address", state.Uri.Host));
        }
        using (lease)
        {
            using var activity = AttemptTelemetry.Start(state);
            var started = Stopwatch.GetTimestamp();
            var host = new KeyValuePair<string, object?>("server.address", state.Uri.Host);
            TrustHubGenTelemetry.InFlight.Add(1, host);
            try
            {
                var attempt = await SendAttemptAsync(state.Request, state.Uri, cancellationToken).ConfigureAwait(false);
                var signal = ConcurrencySignals.Of(attempt);
                lease?.Answered(signal, attempt.ConcurrentRequests);
                if (signal == ConcurrencySignal.Throttled) state.ThrottledRoundTrip = gate?.Controller.RoundTrip;
                AttemptTelemetry.Answered(activity, state, attempt, started);
                return attempt;
            }
            catch (Exception exception)
            {
                AttemptTelemetry.Failed(activity, state, exception, started);
                throw;
            }
            finally
            {
                TrustHubGenTelemetry.InFlight.Add(-1, host);
            }
        }
    }

    private Uri ResolveUri(TwilioRequest request)
    {
        var uri = BuildUri(request);
        return uri is { IsAbsoluteUri: true } ? uri : throw new InvalidOperationException($"{GetType().Name}.BuildUri gave no absolute URI for {request}.");
    }

    private void ReportRetry(TwilioRetryInfo info, SendState state)
    {
        AttemptTelemetry.Retrying(info, state);
        if (_logger is not null && _logger.IsEnabled(LogLevel.Debug))
        {
            var space = info.Request.IndexOf(' ');
            TwilioTransportLog.Retrying(_logger, info.Request.Substring(0, space), info.Request.Substring(space + 1), info.Attempt,
                (long)info.Delay.TotalMilliseconds,
                info.Status is null ? info.Exception?.GetType().Name ?? "a failure" : $"{info.Status}{(info.Code is null ? "" : $" (code {info.Code})")}");
        }
        _retry.OnRetry?.Invoke(info);
    }

    private void LogAnswer(SendState state, int status, long started)
    {
        if (_logger is null) return;
        var level = status switch { < 400 => LogLevel.Information, 429 or >= 500 => LogLevel.Warning, _ => LogLevel.Information };
        TwilioTransportLog.Answered(_logger, level, state.Request.Method.Method, TwilioTransportLog.SafeUrl(state.Uri), status, ElapsedMs(started), Retries(state));
    }

    private long ElapsedMs(long started) => (long)_time.GetElapsedTime(started).TotalMilliseconds;

    private static int Retries(SendState state) => Math.Max(0, state.Attempts - 1);
}

/// <summary>A transport that knows the account its credentials act for (for API 2010's <c>{AccountSid}</c> path parameter).</summary>
public interface ITwilioAccountTransport : ITwilioTransport
{
    /// <summary>The account the credentials act for (<c>AC…</c>); requests may act for a subaccount instead.</summary>
    string AccountSid { get; }
}
