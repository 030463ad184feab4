using System.Diagnostics;
using System.Net.Sockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Review;

/// <summary>
/// POSTs bundle status changes to <c>StatusCallback</c> URLs, in order, from one background loop: signed as Twilio
/// signs webhooks (<see cref="WebhookSignature"/>) and retried as Twilio retries them (<see cref="ConnectionOverrides"/>).
/// Only loopback URLs are called, redirects are never followed, and no connection leaves the machine
/// (<see cref="LoopbackOnlyHttp"/>).
/// </summary>
internal sealed class StatusCallbackSender : IAsyncDisposable
{
    private readonly Channel<StatusChange> _queue = Channel.CreateUnbounded<StatusChange>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HttpClient _http = LoopbackOnlyHttp.CreateClient();
    private readonly EmulatorState _state;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public StatusCallbackSender(EmulatorState state, ILogger logger)
    {
        _state = state;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    public void Enqueue(StatusChange change) => _queue.Writer.TryWrite(change);

    /// <summary>The form fields of a status callback, in the order documented in docs/emulator.md.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> FormOf(StatusChange change) =>
    [
        new("AccountSid", change.AccountSid),
        new("BundleSid", change.BundleSid),
        new("PolicySid", change.PolicySid),
        new("Status", change.Status),
        new("Errors", string.Join(",", change.Errors)),
        new("DateUpdated", WireDates.Iso(change.DateUpdated)),
    ];

    private async Task RunAsync()
    {
        try
        {
            await foreach (var change in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                await DeliverAsync(change).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Disposed while a delivery was waiting: the rest of the queue is dropped.
        }
    }

    private async Task DeliverAsync(StatusChange change)
    {
        if (!Uri.TryCreate(change.Url, UriKind.Absolute, out var uri) || !LoopbackOnlyHttp.IsLoopbackUrl(uri))
        {
            _logger.LogWarning("Not calling StatusCallback {Url} for {Bundle}: the emulator only calls loopback URLs.", change.Url, change.BundleSid);
            return;
        }

        if (!_state.Accounts.TryGetValue(change.AccountSid, out var account))
        {
            return;
        }

        var overrides = ConnectionOverrides.Parse(uri, out var problems);
        foreach (var problem in problems)
        {
            _logger.LogWarning("StatusCallback {Url}: {Problem}.", change.Url, problem);
        }

        // The request never carries the fragment, so neither does the signed URL.
        var target = uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped);
        var form = FormOf(change);
        var signature = WebhookSignature.Compute(account.AuthToken, target, form);
        var idempotencyToken = $"{change.BundleSid}-{Guid.NewGuid():N}";
        var clock = Stopwatch.StartNew();
        for (var attempt = 0; ; attempt++)
        {
            var remaining = overrides.TotalTime - clock.Elapsed;
            var failure = await AttemptAsync(change, target, form, signature, idempotencyToken, overrides, remaining).ConfigureAwait(false);
            if (failure is null)
            {
                return;
            }

            var retry = failure.Kind is { } kind && overrides.RetryOn.Contains(kind) && attempt < overrides.RetryCount
                && clock.Elapsed < overrides.TotalTime;
            _logger.LogWarning("StatusCallback {Url} for {Bundle} ({Status}) failed: {Problem}{Next}", change.Url, change.BundleSid, change.Status, failure.Message,
                retry ? $"; retry {attempt + 1} of {overrides.RetryCount}" : "; not retried");
            if (!retry)
            {
                return;
            }
        }
    }

    /// <summary>One delivery attempt; null when the receiver answered 2xx.</summary>
    private async Task<DeliveryFailure?> AttemptAsync(StatusChange change, string target, IReadOnlyList<KeyValuePair<string, string>> form, string signature, string idempotencyToken, ConnectionOverrides overrides, TimeSpan remaining)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(form) };
        request.Headers.TryAddWithoutValidation(WebhookSignature.Header, signature);
        request.Headers.TryAddWithoutValidation("I-Twilio-Idempotency-Token", idempotencyToken);
        request.Headers.TryAddWithoutValidation("User-Agent", "TwilioProxy/1.1");
        request.Options.Set(LoopbackOnlyHttp.ConnectTimeout, overrides.ConnectTimeout);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        var budget = overrides.ConnectTimeout + overrides.ReadTimeout;
        timeout.CancelAfter(remaining < budget ? (remaining > TimeSpan.Zero ? remaining : TimeSpan.FromMilliseconds(1)) : budget);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return status switch
            {
                >= 200 and < 300 => null,
                >= 300 and < 400 => new DeliveryFailure(null, $"answered {status} to {response.Headers.Location}; redirects are not followed (the emulator calls only the URL given)"),
                >= 400 and < 500 => new DeliveryFailure(ConnectionOverrides.Failure.ClientError, $"answered {status}"),
                _ => new DeliveryFailure(ConnectionOverrides.Failure.ServerError, $"answered {status}"),
            };
        }
        catch (HttpRequestException e) when (e.InnerException is NonLoopbackTargetException refused)
        {
            return new DeliveryFailure(null, refused.Message);
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException || e.HttpRequestError == HttpRequestError.ConnectionError)
        {
            return new DeliveryFailure(ConnectionOverrides.Failure.Connect, $"could not connect ({e.Message})");
        }
        catch (HttpRequestException e)
        {
            return new DeliveryFailure(ConnectionOverrides.Failure.Read, e.Message);
        }
        catch (OperationCanceledException) when (!_stopping.IsCancellationRequested)
        {
            return new DeliveryFailure(ConnectionOverrides.Failure.Read, $"no response within {(int)overrides.ReadTimeout.TotalMilliseconds} ms");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();

        // Queued callbacks are still sent, but a dead receiver does not hold the shutdown for long.
        if (await Task.WhenAny(_loop, Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false) != _loop)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }

        await _loop.ConfigureAwait(false);
        _http.Dispose();
        _stopping.Dispose();
    }

    private sealed record DeliveryFailure(string? Kind, string Message);
}

/// <summary>One status change to report.</summary>
internal sealed record StatusChange(string Url, string AccountSid, string BundleSid, string PolicySid, string Status, IReadOnlyList<int> Errors, DateTimeOffset DateUpdated);
