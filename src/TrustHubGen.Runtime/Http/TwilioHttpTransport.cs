using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace TrustHubGen.Runtime;

/// <summary>
/// The <see cref="HttpClient"/> transport: resolves the host (base-address overrides), adds Basic auth and sends one
/// attempt; <see cref="TwilioAttemptTransport"/> retries throttled (429, code 20429), failed (5xx) and unconnected
/// attempts with exponential backoff and jitter, honouring <c>Retry-After</c>. Works with <c>IHttpClientFactory</c>:
/// pass the factory's client, or use <see cref="TwilioServiceCollectionExtensions.AddTwilioTransport"/>.
/// </summary>
public sealed class TwilioHttpTransport : TwilioAttemptTransport
{
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private readonly HttpClient _httpClient;
    private readonly TwilioClientOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates a transport over <paramref name="httpClient"/> with <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">
    /// The options are invalid, or <paramref name="httpClient"/> has a <see cref="HttpClient.BaseAddress"/> the transport would ignore.
    /// </exception>
    public TwilioHttpTransport(HttpClient httpClient, TwilioClientOptions options)
        : this(httpClient, options, logger: null)
    {
    }

    /// <summary>Creates a transport that also writes one log line per request to <paramref name="logger"/>.</summary>
    /// <exception cref="ArgumentException">
    /// The options are invalid (the message lists every problem), or <paramref name="httpClient"/> has a
    /// <see cref="HttpClient.BaseAddress"/> the transport would ignore (neither a Twilio host nor one of the options'
    /// base addresses): where requests go is <see cref="TwilioClientOptions.BaseAddresses"/> and
    /// <see cref="TwilioClientOptions.UseBaseAddressForAllHosts"/>.
    /// </exception>
    public TwilioHttpTransport(HttpClient httpClient, TwilioClientOptions options, ILogger? logger)
        : base(Validated(options).Retry, options.Concurrency, options.TimeProvider, logger)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _options = options;
        if (httpClient.BaseAddress is { } ignored && !IsWhereRequestsGo(ignored))
            throw new ArgumentException(
                $"HttpClient.BaseAddress is {TwilioClientOptions.DescribeAddress(ignored)}, but TwilioHttpTransport does not use it: each request goes to " +
                "the Twilio host its operation names (such as https://trusthub.twilio.com) unless TwilioClientOptions redirects it. To send every " +
                $"request there, call options.UseBaseAddressForAllHosts(new Uri(\"{TwilioClientOptions.DescribeAddress(ignored)}\")) (or set " +
                "options.BaseAddresses for one host) and leave HttpClient.BaseAddress unset.", nameof(httpClient));
        _time = options.TimeProvider;
    }

    /// <summary>The account the credentials act for (<c>AC…</c>); requests may act for a subaccount instead.</summary>
    public override string AccountSid => _options.Credentials!.AccountSid;

    /// <summary>The absolute URI for <paramref name="request"/> after base-address overrides.</summary>
    public override Uri BuildUri(TwilioRequest request)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        if (request.AbsoluteUrl is not null) return Redirect(request.AbsoluteUrl);
        var server = _options.ResolveServer(request.ServerUrl);
        var query = request.Query.ToUrlEncoded();
        return new Uri(Combine(server, request.Path) + (query.Length == 0 ? "" : "?" + query));
    }

    /// <summary>Names the transport and its options, never the secret.</summary>
    public override string ToString() => $"TwilioHttpTransport {{ {_options} }}";

    /// <inheritdoc />
    protected override async ValueTask<TwilioAttempt> SendAttemptAsync(TwilioRequest request, Uri uri, CancellationToken cancellationToken)
    {
        var credentials = request.SubaccountSid is null ? _options.Credentials! : _options.Credentials!.ForSubaccount(request.SubaccountSid);
        using var message = new HttpRequestMessage(request.Method, uri);
        message.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials.ToBasicAuthorizationValue());
        message.Headers.Accept.Add(AcceptJson);
        if (request.Form is { } form)
            message.Content = new StringContent(form.ToUrlEncoded(), Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var description = request.Method.Method + " " + TwilioTransportLog.SafeUrl(uri);
        var filter = response.IsSuccessStatusCode ? request.AnswerFilter : null;
        var body = filter is not null
            ? await filter.ReadAsync(response.Content, _options.MaxResponseBytes, description, (int)response.StatusCode, cancellationToken).ConfigureAwait(false)
            : await ResponseBody.ReadAsync(response.Content, _options.MaxResponseBytes, description, cancellationToken).ConfigureAwait(false);
        var retryAfter = response.IsSuccessStatusCode ? null : RetryAfterHeader.ToDelay(response.Headers.RetryAfter, _time.GetUtcNow());
        var attempt = TwilioAttempt.Answered((int)response.StatusCode, body, response.Content.Headers.ContentType?.ToString(), retryAfter,
            ConcurrencySignals.ReadConcurrentRequests(response.Headers));
        return filter is null ? attempt : attempt.AsFiltered();
    }

    private static TwilioClientOptions Validated(TwilioClientOptions options)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        var problems = options.GetValidationProblems();
        if (problems.Count > 0)
            throw new ArgumentException("TwilioClientOptions are invalid: " + string.Join(" ", problems), nameof(options));
        return options;
    }

    // next_page_url points at the real host; keep following the same override as the first page.
    private Uri Redirect(Uri absolute)
    {
        if (!absolute.IsAbsoluteUri) throw new ArgumentException($"TwilioRequest.AbsoluteUrl must be absolute, not \"{absolute.OriginalString}\".", nameof(absolute));
        if (IsUnderOverride(absolute)) return absolute;
        var server = _options.ResolveServer(absolute.GetLeftPart(UriPartial.Authority));
        return new Uri(Combine(server, absolute.PathAndQuery));
    }

    // An HttpClient.BaseAddress on a Twilio host or on one of the overrides says nothing the options do not; any other one
    // would be silently ignored, and the requests, credentials included, would go somewhere the user did not mean.
    private bool IsWhereRequestsGo(Uri baseAddress) =>
        TwilioHosts.Contains(baseAddress)
        || IsUnderOverride(new Uri(baseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"));

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
