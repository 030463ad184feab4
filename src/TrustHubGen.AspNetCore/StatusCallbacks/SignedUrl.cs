using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace TrustHubGen.AspNetCore;

/// <summary>The URL Twilio signed: the one it called, which behind a proxy is not the one the app sees.</summary>
internal static class SignedUrl
{
    public static string Of(HttpRequest request, TrustHubStatusCallbackOptions options) =>
        options.PublicBaseUrl is { } publicBase
            ? TrustHubStatusCallbackOptions.JoinPublic(publicBase, request.Path.Value ?? "", request.QueryString.Value ?? "").AbsoluteUri
            : request.GetEncodedUrl();
}
