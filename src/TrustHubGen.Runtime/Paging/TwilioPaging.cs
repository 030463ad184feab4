using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;

namespace TrustHubGen.Runtime;

/// <summary>Reads Twilio list endpoints page by page as one lazy sequence.</summary>
public static class TwilioPaging
{
    /// <summary>
    /// Sends <paramref name="firstPage"/>, yields the items of the array named <paramref name="itemsKey"/> (such as
    /// <c>results</c>, <c>customer_profiles</c>, <c>incoming_phone_numbers</c>), and follows <c>meta.next_page_url</c>
    /// (Trust Hub v1, absolute) or <c>next_page_uri</c> (API 2010, relative to the host) until there is none.
    /// A page is fetched only when the consumer asks for an item beyond the previous page, so stopping early
    /// fetches no more pages. Follow-up pages keep the first request's <see cref="TwilioRequest.SubaccountSid"/>
    /// and go through the transport's base-address overrides.
    /// </summary>
    /// <exception cref="TwilioInvalidResponseException">A page is empty (a proxy's empty 200).</exception>
    /// <exception cref="TwilioUnreadableAnswerException">
    /// A page is not JSON, lacks the items array, holds a value the item reader refuses, or links back to a page already
    /// read (which would never end); the message names the request and <see cref="TwilioUnreadableAnswerException.Path"/>
    /// the value (<c>$.results[3].date_created</c>).
    /// </exception>
    public static IAsyncEnumerable<T> ListAsync<T>(ITwilioTransport transport, TwilioRequest firstPage, string itemsKey,
        JsonItemReader<T> readItem, CancellationToken cancellationToken = default)
    {
        if (transport is null) throw new ArgumentNullException(nameof(transport));
        if (firstPage is null) throw new ArgumentNullException(nameof(firstPage));
        if (string.IsNullOrEmpty(itemsKey)) throw new ArgumentException("itemsKey must name the page's items array, such as \"results\".", nameof(itemsKey));
        if (readItem is null) throw new ArgumentNullException(nameof(readItem));
        return ListCoreAsync(transport, firstPage, itemsKey, readItem, cancellationToken);
    }

    private static async IAsyncEnumerable<T> ListCoreAsync<T>(ITwilioTransport transport, TwilioRequest firstPage, string itemsKey,
        JsonItemReader<T> readItem, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = firstPage;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var response = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var description = response.Describe(request);
            if (JsonBodyCheck.IsBlank(response.Body.Span)) throw JsonAnswer.Empty(description, response.StatusCode, $"a list page (a JSON object with a \"{itemsKey}\" array)");
            var page = TwilioPage<T>.Read(response.Body.Span, itemsKey, readItem, description, response.StatusCode);
            foreach (var item in page.Items)
            {
                yield return item;
            }
            if (page.NextLink is null) yield break;

            var next = ResolveNextLink(page.NextLink, firstPage, response, request);
            if (!seen.Add(next.AbsoluteUri))
                throw new TwilioUnreadableAnswerException($"The list {firstPage} links back to a page already read ({TwilioTransportLog.SafeUrl(next)}); stopping instead of looping forever.", description, response.StatusCode, path: null);
            request = new TwilioRequest(HttpMethod.Get, firstPage.ServerUrl, firstPage.Path)
            {
                AbsoluteUrl = next,
                SubaccountSid = firstPage.SubaccountSid,
            };
        }
    }

    // A 2010 next_page_uri ("/2010-04-01/...") is relative to the host. Resolving it against the spec's host (or the
    // previous absolute link) lets the transport apply base-address overrides, path prefixes included, exactly as it
    // does for Trust Hub's absolute next_page_url; the response's own URI is the fallback for hostless requests.
    private static Uri ResolveNextLink(string link, TwilioRequest firstPage, TwilioResponse response, TwilioRequest current)
    {
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
            return absolute;
        var origin = current.AbsoluteUrl is { IsAbsoluteUri: true } previous ? previous
            : Uri.TryCreate(firstPage.ServerUrl, UriKind.Absolute, out var server) ? server
            : response.RequestUri;
        if (Uri.TryCreate(origin, link, out var resolved)) return resolved;
        throw new InvalidOperationException($"The list {firstPage} gave a next-page link that is not a URL: \"{link}\".");
    }
}
