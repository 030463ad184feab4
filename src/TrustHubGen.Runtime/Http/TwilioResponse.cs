using System;

namespace TrustHubGen.Runtime;

/// <summary>A successful (2xx) response: status and the raw JSON body, parsed by generated readers.</summary>
public sealed class TwilioResponse
{
    /// <summary>Creates a response.</summary>
    public TwilioResponse(int statusCode, ReadOnlyMemory<byte> body, Uri requestUri)
    {
        StatusCode = statusCode;
        Body = body;
        RequestUri = requestUri;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The UTF-8 JSON body (empty for 204).</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The absolute URI the request went to (after base-address overrides), for resolving relative page links.</summary>
    public Uri RequestUri { get; }

    /// <summary>
    /// <paramref name="request"/> for messages: its method and the address it really went to (an emulator, a proxy),
    /// as the transport's errors name it; no query, no credentials.
    /// </summary>
    internal string Describe(TwilioRequest request) =>
        RequestUri is { IsAbsoluteUri: true } uri ? request.Method.Method + " " + TwilioTransportLog.SafeUrl(uri) : request.ToString();
}
