using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Polly;

namespace TrustHubGen.Runtime;

/// <summary>
/// The <see cref="HttpClient"/> transport: resolves the host, adds Basic auth, sends the request and retries
/// throttled (429, code 20429), failed (5xx) and unconnected attempts with exponential backoff and jitter,
/// honouring <c>Retry-After</c>. Works with <c>IHttpClientFactory</c>: pass the factory's client, or use
/// <see cref="TwilioServiceCollectionExtensions.AddTwilioTransport"/>.
/// </summary>
public sealed class TwilioHttpTransport : ITwilioTransport
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private readonly HttpClient _httpClient;
    private readonly TwilioClientOptions _options;
    private readonly ILogger? _logger;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<HttpAttempt> _pipeline;

    /// <summary>Creates a transport over <paramref name="httpClient"/> with <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public TwilioHttpTransport(HttpClient httpClient, TwilioClientOptions options)
        : this(httpClient, options, logger: null)
    {
    }

    /// <summary>Creates a transport that also writes one log line per request to <paramref name="logger"/>.</summary>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public TwilioHttpTransport(HttpClient httpClient, TwilioClientOptions options, ILogger? logger)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        var problems = options.GetValidationProblems();
        if (problems.Count > 0)
            throw new ArgumentException("TwilioClientOptions are invalid: " + string.Join(" ", problems), nameof(options));
        _logger = logger;
        _time = options.TimeProvider;
        _pipeline = TwilioRetryPipeline.Build(options.Retry, _time, ReportRetry);
    }

    /// <summary>The account the credentials act for (<c>AC…</c>); requests may act for a subaccount instead.</summary>
    public string AccountSid => _options.Credentials!.AccountSid;

    /// <inheritdoc />
    public async Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        var credentials = request.SubaccountSid is null ? _options.Credentials! : _options.Credentials!.ForSubaccount(request.SubaccountSid);
        var state = new SendState(request, BuildUri(request), credentials.ToBasicAuthorizationValue(), request.Form?.ToUrlEncoded());
        var started = _time.GetTimestamp();
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(TwilioRetryPipeline.State, state);
        HttpAttempt attempt;
        try
        {
            attempt = await _pipeline.ExecuteAsync(
                static (ctx, s) => s.Transport.SendOnceAsync(s.State, ctx.CancellationToken),
                context, (Transport: this, State: state)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            if (_logger is not null)
                TwilioTransportLog.Cancelled(_logger, request.Method.Method, TwilioTransportLog.SafeUrl(state.Uri), ElapsedMs(started), Retries(state));
            throw;
        }
        catch (Exception exception)
        {
            if (_logger is not null)
                TwilioTransportLog.Failed(_logger, request.Method.Method, TwilioTransportLog.SafeUrl(state.Uri), ElapsedMs(started),
                    Retries(state), exception.GetType().Name, exception);
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        LogAnswer(state, attempt.Status, started);
        if (attempt.IsSuccess) return new TwilioResponse(attempt.Status, attempt.Body, state.Uri);
        throw TwilioErrorBody.ToException(attempt.Status, attempt.Body, state.Description);
    }

    /// <summary>The absolute URI for <paramref name="request"/> after base-address overrides.</summary>
    public Uri BuildUri(TwilioRequest request)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        if (request.AbsoluteUrl is not null) return Redirect(request.AbsoluteUrl);
        var server = _options.ResolveServer(request.ServerUrl);
        var query = request.Query.ToUrlEncoded();
        return new Uri(Combine(server, request.Path) + (query.Length == 0 ? "" : "?" + query));
    }

    /// <summary>Names the transport and its options, never the secret.</summary>
    public override string ToString() => $"TwilioHttpTransport {{ {_options} }}";

    private async ValueTask<HttpAttempt> SendOnceAsync(SendState state, CancellationToken cancellationToken)
    {
        state.Attempts++;
        using var message = new HttpRequestMessage(state.Request.Method, state.Uri);
        message.Headers.Authorization = new AuthenticationHeaderValue("Basic", state.Authorization);
        message.Headers.Accept.Add(AcceptJson);
        if (state.Form is not null)
            message.Content = new StringContent(state.Form, Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var retryAfter = response.IsSuccessStatusCode ? null : RetryAfterHeader.ToDelay(response.Headers.RetryAfter, _time.GetUtcNow());
        return new HttpAttempt((int)response.StatusCode, body, retryAfter);
    }

    private void ReportRetry(TwilioRetryInfo info)
    {
        if (_logger is not null && _logger.IsEnabled(LogLevel.Debug))
        {
            var space = info.Request.IndexOf(' ');
            TwilioTransportLog.Retrying(_logger, info.Request.Substring(0, space), info.Request.Substring(space + 1), info.Attempt,
                (long)info.Delay.TotalMilliseconds,
                info.Status is null ? info.Exception?.GetType().Name ?? "a failure" : $"{info.Status}{(info.Code is null ? "" : $" (code {info.Code})")}");
        }
        _options.Retry.OnRetry?.Invoke(info);
    }

    private void LogAnswer(SendState state, int status, long started)
    {
        if (_logger is null) return;
        var level = status switch { < 400 => LogLevel.Information, 429 or >= 500 => LogLevel.Warning, _ => LogLevel.Information };
        TwilioTransportLog.Answered(_logger, level, state.Request.Method.Method, TwilioTransportLog.SafeUrl(state.Uri), status, ElapsedMs(started), Retries(state));
    }

    private long ElapsedMs(long started) => (long)_time.GetElapsedTime(started).TotalMilliseconds;

    private static int Retries(SendState state) => Math.Max(0, state.Attempts - 1);

    // next_page_url points at the real host; keep following the same override as the first page.
    private Uri Redirect(Uri absolute)
    {
        if (!absolute.IsAbsoluteUri) throw new ArgumentException($"TwilioRequest.AbsoluteUrl must be absolute, not \"{absolute.OriginalString}\".", nameof(absolute));
        if (IsUnderOverride(absolute)) return absolute;
        var server = _options.ResolveServer(absolute.GetLeftPart(UriPartial.Authority));
        return new Uri(Combine(server, absolute.PathAndQuery));
    }

    // A link an emulator or proxy wrote with its own address (and path prefix) is already where it should go.
    private bool IsUnderOverride(Uri absolute)
    {
        var targets = _options.BaseAddresses.Values.Append(_options.AllHostsBaseAddress);
        foreach (var target in targets)
        {
            if (target is null) continue;
            var prefix = target.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/";
            if (absolute.AbsoluteUri.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // Keeps a base address's path prefix (a proxy at https://proxy.example/twilio/), which new Uri(base, "/v1/…") would drop.
    private static string Combine(Uri server, string pathAndQuery) =>
        server.GetLeftPart(UriPartial.Authority) + server.AbsolutePath.TrimEnd('/') + (pathAndQuery.StartsWith("/", StringComparison.Ordinal) ? pathAndQuery : "/" + pathAndQuery);
}
