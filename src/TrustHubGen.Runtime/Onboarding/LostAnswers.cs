using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// Writes whose answer was lost. The transport never repeats a POST that may have reached the service (a connection
/// dropped mid-answer, a 500): that could duplicate the write. The engine can do better, because it knows how to find
/// its own work: it reads the service's state, and writes again only what is not there. So a run through a flaky
/// network ends complete in one invocation, with no duplicate product, end user or assignment.
/// </summary>
internal static class LostAnswers
{
    /// <summary>How many times one write is found-or-retried after a lost answer before its failure is reported.</summary>
    public const int Rounds = 3;

    /// <summary>
    /// True when <paramref name="error"/> leaves the write's outcome unknown, or was transient (the transport's own
    /// retries ran out): no answer (a dropped connection, a timeout: <see cref="TwilioNoAnswerException"/>, or the raw
    /// .NET exception from an <see cref="ITrustHubOperations"/> of a test's own), a 5xx or a 429. Any other 4xx is the
    /// service's answer.
    /// </summary>
    public static bool LeftOutcomeUnknown(Exception error, CancellationToken cancellationToken) => error switch
    {
        TwilioNoAnswerException or HttpRequestException or TimeoutException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        TwilioApiException api => api.Status >= 500 || api.Status == 429 || api.Code == 20429,
        _ => false,
    };

    /// <summary>
    /// Runs <paramref name="write"/>. When its outcome is unknown, <paramref name="find"/> reads the state: what it finds
    /// is the result (the write had happened); otherwise the write runs again, up to <see cref="Rounds"/> times.
    /// </summary>
    /// <param name="write">The write.</param>
    /// <param name="find">A read that returns the write's effect when it exists, else null; null when repeating the write is harmless.</param>
    /// <param name="onRecovered">Called each time a lost answer is dealt with (found or written again).</param>
    /// <param name="cancellationToken">The run's token.</param>
    public static async Task<T> WriteAsync<T>(Func<Task<T>> write, Func<Task<T?>>? find, Action onRecovered, CancellationToken cancellationToken)
        where T : class
    {
        for (var round = 0; ; round++)
        {
            try
            {
                return await write().ConfigureAwait(false);
            }
            catch (Exception e) when (round < Rounds && LeftOutcomeUnknown(e, cancellationToken))
            {
                onRecovered();
                if (find is not null && await find().ConfigureAwait(false) is { } found) return found;
            }
        }
    }

    /// <summary>A 409 to an assignment: the object is already assigned (an earlier attempt took effect), which is the goal.</summary>
    public static async Task<T?> AcceptConflictAsync<T>(Func<Task<T>> call)
        where T : class
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (TwilioApiException e) when (e.Status == 409)
        {
            return null;
        }
    }

    /// <summary>Failures that end one number's or one product's part of a run, without stopping the others.</summary>
    public static bool IsPerCallFailure(Exception e, CancellationToken cancellationToken) =>
        e is TwilioCallException or HttpRequestException or JsonException or TimeoutException
        || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested);
}
