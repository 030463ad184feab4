namespace TrustHubGen.Emulator.Clients;

/// <summary>
/// Sends requests for <c>https://*.twilio.com</c> to the emulator instead (same path and query), for clients that have no
/// base-address setting, such as Twilio's own C# library: <c>new TwilioRestClient(sid, token, httpClient: new
/// SystemNetHttpClient(new HttpClient(emulator.CreateTwilioHandler())))</c>. Other hosts pass through unchanged.
/// </summary>
public sealed class TwilioRedirectHandler : DelegatingHandler
{
    private readonly Uri _target;

    /// <summary>Redirects to <paramref name="emulatorBaseAddress"/> over <paramref name="innerHandler"/>.</summary>
    /// <param name="emulatorBaseAddress">Where the emulator listens (<see cref="Hosting.EmulatorHost.BaseAddress"/>).</param>
    /// <param name="innerHandler">The handler that sends the rewritten requests; a new <see cref="SocketsHttpHandler"/> when null.</param>
    public TwilioRedirectHandler(Uri emulatorBaseAddress, HttpMessageHandler? innerHandler = null)
        : base(innerHandler ?? new SocketsHttpHandler())
    {
        ArgumentNullException.ThrowIfNull(emulatorBaseAddress);
        _target = emulatorBaseAddress;
    }

    /// <summary>True for Twilio's API hosts (<c>twilio.com</c> and its subdomains, regional and edge ones included).</summary>
    public static bool IsTwilioHost(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.Host.Equals("twilio.com", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".twilio.com", StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Redirect(request);
        return base.SendAsync(request, cancellationToken);
    }

    /// <inheritdoc />
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Redirect(request);
        return base.Send(request, cancellationToken);
    }

    private void Redirect(HttpRequestMessage request)
    {
        if (request.RequestUri is { IsAbsoluteUri: true } uri && IsTwilioHost(uri))
        {
            request.RequestUri = new UriBuilder(_target) { Path = uri.AbsolutePath, Query = uri.Query.TrimStart('?') }.Uri;
        }
    }
}
