using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Runtime;

/// <summary>
/// The <see cref="HttpClient"/> transport: resolves the host, adds Basic auth and sends the request.
/// Works with <c>IHttpClientFactory</c>: pass the factory's client.
/// </summary>
public sealed class TwilioHttpTransport : ITwilioTransport
{
    private readonly HttpClient _httpClient;
    private readonly TwilioClientOptions _options;

    /// <summary>Creates a transport over <paramref name="httpClient"/> with <paramref name="options"/>.</summary>
    public TwilioHttpTransport(HttpClient httpClient, TwilioClientOptions options)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        if (options.Credentials is null) throw new ArgumentException("TwilioClientOptions.Credentials must be set.", nameof(options));
    }

    /// <inheritdoc />
    public async Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        var uri = BuildUri(request);
        using var message = new HttpRequestMessage(request.Method, uri);
        var credentials = request.SubaccountSid is null ? _options.Credentials! : _options.Credentials!.ForSubaccount(request.SubaccountSid);
        message.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials.ToBasicAuthorizationValue());
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (request.Form is not null)
            message.Content = new StringContent(request.Form.ToUrlEncoded(), Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode) return new TwilioResponse((int)response.StatusCode, body, uri);
        throw TwilioErrorBody.ToException((int)response.StatusCode, body, request.ToString());
    }

    /// <summary>The absolute URI for <paramref name="request"/> after base-address overrides.</summary>
    public Uri BuildUri(TwilioRequest request)
    {
        if (request.AbsoluteUrl is not null) return Redirect(request.AbsoluteUrl);
        var server = _options.ResolveServer(request.ServerUrl);
        var builder = new UriBuilder(new Uri(server, request.Path)) { Query = request.Query.ToUrlEncoded() };
        return builder.Uri;
    }

    // next_page_url points at the real host; keep following the same override as the first page.
    private Uri Redirect(Uri absolute)
    {
        var origin = absolute.GetLeftPart(UriPartial.Authority);
        var server = _options.ResolveServer(origin);
        return new Uri(server, absolute.PathAndQuery);
    }
}
