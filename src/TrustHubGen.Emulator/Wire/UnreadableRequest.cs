using System.Text;
using Microsoft.AspNetCore.Http;

namespace TrustHubGen.Emulator.Wire;

/// <summary>
/// Turns what ASP.NET Core throws while reading a request's form into the 4xx a service answers, instead of a 500 that
/// clients (ours included) would retry. The limits are ASP.NET Core's defaults, which docs/emulator.md states: 1,024 form
/// fields, keys of 2,048 characters, values of 4 MB, bodies of 30 MB, and a minimum upload rate.
/// </summary>
internal static class UnreadableRequest
{
    /// <summary>The refusal for <paramref name="exception"/>, or null when it says nothing about the request's body.</summary>
    public static ApiException? Classify(Exception exception) => exception switch
    {
        // Kestrel's own verdicts on the body: too large (413), too slow (408), shorter than its Content-Length (400).
        BadHttpRequestException bad => new ApiException(bad.StatusCode, bad.StatusCode == 413 ? ErrorCodes.RequestTooLarge : ErrorCodes.UnreadableBody, Describe(bad)),

        // The form reader's limits and multipart parser.
        InvalidDataException data when data.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase) && !data.Message.Contains("key", StringComparison.OrdinalIgnoreCase)
            => new ApiException(413, ErrorCodes.RequestTooLarge, $"The request body is too large: {data.Message} Send each value under 4 MB."),
        InvalidDataException data => new ApiException(400, ErrorCodes.UnreadableBody, $"The request body cannot be read: {data.Message}"),

        // A multipart body that ends before its closing boundary.
        IOException io when io.Message.Contains("end of Stream", StringComparison.OrdinalIgnoreCase)
            => new ApiException(400, ErrorCodes.UnreadableBody, "The request body ends before its multipart closing boundary (truncated body)."),

        // A charset .NET refuses to decode (UTF-7 is disabled for security: NotSupportedException; unknown names too).
        ArgumentException or InvalidOperationException or NotSupportedException or DecoderFallbackException when LooksLikeCharset(exception)
            => new ApiException(400, ErrorCodes.UnreadableBody, $"The request's charset cannot be decoded ({exception.Message}); send the form as UTF-8: Content-Type: application/x-www-form-urlencoded; charset=utf-8."),
        _ => null,
    };

    /// <summary>True when the exception means the client closed the connection or aborted the request.</summary>
    public static bool IsClientGone(HttpContext http, Exception exception) =>
        http.RequestAborted.IsCancellationRequested
        && exception is OperationCanceledException or IOException or ObjectDisposedException;

    private static string Describe(BadHttpRequestException bad) => bad.StatusCode switch
    {
        413 => "The request body is too large (over 30 MB).",
        408 => "The request body arrived too slowly (below the minimum upload rate); send it at once.",
        _ => $"The request body cannot be read: {bad.Message}",
    };

    private static bool LooksLikeCharset(Exception exception) =>
        exception.Message.Contains("encoding", StringComparison.OrdinalIgnoreCase)
        || exception.Message.Contains("charset", StringComparison.OrdinalIgnoreCase)
        || exception.Message.Contains("utf-7", StringComparison.OrdinalIgnoreCase)
        || exception is DecoderFallbackException;
}
