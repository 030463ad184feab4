using System;
using System.Net.Http;

namespace TrustHubGen.Runtime;

/// <summary>One REST call as generated code describes it; the transport resolves the host and adds auth.</summary>
public sealed class TwilioRequest
{
    /// <summary>Creates a request for <paramref name="path"/> on the spec's server (e.g. <c>https://trusthub.twilio.com</c>).</summary>
    public TwilioRequest(HttpMethod method, string serverUrl, string path)
    {
        Method = method ?? throw new ArgumentNullException(nameof(method));
        ServerUrl = serverUrl ?? throw new ArgumentNullException(nameof(serverUrl));
        Path = path ?? throw new ArgumentNullException(nameof(path));
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The server the spec names for this operation; <see cref="TwilioClientOptions.BaseAddresses"/> may redirect it.</summary>
    public string ServerUrl { get; }

    /// <summary>The path with path parameters already escaped, starting with '/'.</summary>
    public string Path { get; }

    /// <summary>Query-string parameters.</summary>
    public TwilioParameters Query { get; } = new();

    /// <summary>The form body, or null for requests without one.</summary>
    public TwilioParameters? Form { get; set; }

    /// <summary>
    /// An absolute URL that replaces <see cref="ServerUrl"/>, <see cref="Path"/> and <see cref="Query"/>
    /// (used to follow a page's <c>next_page_url</c>).
    /// </summary>
    public Uri? AbsoluteUrl { get; init; }

    /// <summary>A subaccount to act for; null acts for the credentials' own account.</summary>
    public string? SubaccountSid { get; init; }

    /// <summary>
    /// Set by the engine for answers it reads only part of (evaluations): the transport keeps the 2xx answer without the
    /// filtered items, as it streams in (<see cref="JsonAnswerFilter"/>).
    /// </summary>
    internal JsonAnswerFilter? AnswerFilter { get; set; }

    /// <summary>
    /// A copy of this request acting for <paramref name="subaccountSid"/> (null: the credentials' own account),
    /// with the same query, form and absolute URL.
    /// </summary>
    /// <exception cref="FormatException"><paramref name="subaccountSid"/> is not an account SID (<c>AC…</c>).</exception>
    public TwilioRequest WithSubaccount(string? subaccountSid)
    {
        if (subaccountSid is not null) SidFormat.Validate(subaccountSid, "AC", "Subaccount SID");
        var copy = new TwilioRequest(Method, ServerUrl, Path) { AbsoluteUrl = AbsoluteUrl, SubaccountSid = subaccountSid, Form = Form, AnswerFilter = AnswerFilter };
        foreach (var pair in Query) copy.Query.Add(pair.Key, pair.Value);
        return copy;
    }

    /// <summary>A short description for logs: method and URL without query, never credentials or body values.</summary>
    public override string ToString() =>
        $"{Method} {(AbsoluteUrl is { IsAbsoluteUri: true } ? TwilioTransportLog.SafeUrl(AbsoluteUrl) : ServerUrl.TrimEnd('/') + Path)}";
}
