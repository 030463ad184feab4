using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.AspNetCore;

/// <summary>
/// Where Trust Hub status callbacks arrive and how their signatures are checked
/// (<c>services.AddTrustHubStatusCallbacks(o =&gt; …)</c>; see docs/durable.md).
/// </summary>
public sealed class TrustHubStatusCallbackOptions
{
    /// <summary>The path the endpoint is mapped at, relative to the app's path base. Default <c>/trusthub/status-callback</c>.</summary>
    public string Path { get; set; } = "/trusthub/status-callback";

    /// <summary>
    /// The public URL of the app's root as Twilio calls it, e.g. <c>https://isv.example.com/hooks/</c> when a proxy
    /// forwards <c>https://isv.example.com/hooks/…</c> to the app. Twilio signs the URL it calls, so behind a proxy
    /// (TLS offload, another host name, a path prefix) the signature is checked against this URL followed by the
    /// request's path and query, never against the URL the app sees. Null: the URL the app sees (scheme, host,
    /// path base; honour <c>X-Forwarded-*</c> with ASP.NET Core's forwarded-headers middleware if your proxy sends them).
    /// It is also the base of <see cref="CallbackUrl"/>, the URL the onboarding gives Twilio.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// Auth tokens by account SID (<c>AC…</c>): Twilio signs a callback with the token of the account that owns the
    /// bundle, so an ISV's customers' callbacks are signed with their subaccounts' tokens. Looked up before
    /// <see cref="AuthTokenSource"/>.
    /// </summary>
    public IDictionary<string, string> AuthTokens { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Finds the auth tokens of accounts not in <see cref="AuthTokens"/>, such as <see cref="SubaccountAuthTokens"/>
    /// (fetched from Twilio with the parent's credentials). Null: only <see cref="AuthTokens"/>.
    /// </summary>
    public IAuthTokenSource? AuthTokenSource { get; set; }

    /// <summary>
    /// Which accounts' callbacks this app expects, e.g. your customers' subaccounts: a callback naming any other account
    /// is refused with 403, the answer a wrong signature gets, before any token is looked up, so forged callbacks naming
    /// random accounts cost no request to Twilio. Called with the callback's <c>AccountSid</c> (well-formed, not yet
    /// verified: untrusted input) when it is not in <see cref="AuthTokens"/>. Null: every well-formed account goes to
    /// <see cref="AuthTokenSource"/> (<see cref="SubaccountAuthTokens"/> then bounds its lookups of accounts it does not
    /// know: <see cref="SubaccountAuthTokens.UnknownAccountLookups"/>). The durable onboarding (TrustHubGen.Durable) sets
    /// it, unless you did, to the customers its <c>IIsvCustomerDirectory</c> knows.
    /// </summary>
    public Func<string, CancellationToken, ValueTask<bool>>? IsExpectedAccount { get; set; }

    /// <summary>
    /// The absolute URL Twilio must call: <see cref="PublicBaseUrl"/> joined with <see cref="Path"/>; null without a
    /// <see cref="PublicBaseUrl"/> (an app behind no proxy still needs to say where it is reachable).
    /// </summary>
    public Uri? CallbackUrl => PublicBaseUrl is null ? null : JoinPublic(PublicBaseUrl, Path, "");

    internal static Uri JoinPublic(Uri publicBase, string path, string query)
    {
        var root = publicBase.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return new Uri(root + "/" + path.TrimStart('/') + query);
    }

    internal IEnumerable<string> GetValidationProblems()
    {
        if (string.IsNullOrWhiteSpace(Path) || !Path.StartsWith('/'))
            yield return $"TrustHubStatusCallbackOptions.Path \"{Path}\" must start with '/', e.g. /trusthub/status-callback.";
        if (PublicBaseUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || url.Query.Length > 0 || url.Fragment.Length > 0))
            yield return $"TrustHubStatusCallbackOptions.PublicBaseUrl \"{url}\" must be an absolute http(s) URL without query or fragment, e.g. https://isv.example.com/.";
    }
}
