using System;
using System.Collections.Generic;
using TrustHubGen.Runtime;
using TwilioHttp = Twilio.Http;

namespace TrustHubGen.Twilio;

/// <summary>
/// A TrustHubGen request as Twilio's client builds its own: the product's <c>Domain</c> (the first label of the
/// spec's <c>https://&lt;product&gt;.twilio.com</c> server), the path, query and form parameters. Region and edge are
/// left to the client, which rewrites the host as it does for every Twilio call.
/// </summary>
internal static class TwilioRequestMapping
{
    private const string TwilioHostSuffix = ".twilio.com";

    public static TwilioHttp.Request ToTwilio(TwilioRequest request)
    {
        var domain = ProductOf(request.ServerUrl, request);
        var path = request.Path;
        var query = new List<KeyValuePair<string, string>>(request.Query);
        if (request.AbsoluteUrl is { IsAbsoluteUri: true } link)
        {
            // A next-page link. Twilio's links name Twilio's host; links an emulator or proxy wrote name their own host,
            // and are followed on the first page's product host, where the client's own routing sends them.
            if (link.Host.EndsWith(TwilioHostSuffix, StringComparison.OrdinalIgnoreCase)) domain = link.Host.Split('.')[0];
            path = link.AbsolutePath;
            query = ParseQuery(link.Query);
        }
        var form = request.Form is null ? null : new List<KeyValuePair<string, string>>(request.Form);
        return new TwilioHttp.Request(request.Method.Method, domain, path, region: null, queryParams: query, postParams: form);
    }

    private static string ProductOf(string serverUrl, TwilioRequest request)
    {
        if (Uri.TryCreate(serverUrl, UriKind.Absolute, out var server) && server.Host.EndsWith(TwilioHostSuffix, StringComparison.OrdinalIgnoreCase)
            && server.AbsolutePath is "/" or "")
            return server.Host.Substring(0, server.Host.Length - TwilioHostSuffix.Length).Split('.')[0];
        throw new NotSupportedException(
            $"{request} names the server {serverUrl}, which is not a Twilio product host (https://<product>.twilio.com): Twilio's client " +
            "can only call Twilio. Use TwilioHttpTransport with TwilioClientOptions.BaseAddresses for other servers.");
    }

    private static List<KeyValuePair<string, string>> ParseQuery(string query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part.Substring(0, equals);
            var value = equals < 0 ? "" : part.Substring(equals + 1);
            pairs.Add(new(Unescape(name), Unescape(value)));
        }
        return pairs;
    }

    private static string Unescape(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
