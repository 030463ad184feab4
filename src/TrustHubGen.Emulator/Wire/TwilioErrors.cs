using Microsoft.AspNetCore.Http;

namespace TrustHubGen.Emulator.Wire;

/// <summary>Writes replies, and refusals as Twilio's error body <c>{code, message, more_info, status}</c>, to a response.</summary>
internal static class TwilioErrors
{
    /// <summary>The emulator's own origin, for absolute <c>url</c>s, <c>links</c> and <c>more_info</c> of its own codes.</summary>
    public static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";

    public static Task WriteAsync(HttpContext http, ApiException refusal) =>
        WriteAsync(http, Reply.Error(refusal.Status, refusal.Code, refusal.Message, BaseUrl(http), refusal.RetryAfterSeconds));

    public static async Task WriteAsync(HttpContext http, Reply reply)
    {
        var response = http.Response;
        response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers)
        {
            response.Headers[name] = value;
        }

        if (reply.Body.Length > 0)
        {
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = reply.Body.Length;
            await response.Body.WriteAsync(reply.Body, http.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Bodiless 4xx/5xx that ASP.NET Core answers itself (no route: 404; a route without this method: 405) get Twilio's body,
    /// as the service sends it for every error.
    /// </summary>
    public static Task WriteStatusCodePageAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        var refusal = http.Response.StatusCode switch
        {
            404 => ApiException.NotFound(path),
            405 => new ApiException(405, ErrorCodes.MethodNotAllowed, $"Method {http.Request.Method} is not allowed on {path}."),
            var status => new ApiException(status, status >= 500 ? ErrorCodes.InternalError : ErrorCodes.InvalidParameter, $"The emulator answered {status} to {http.Request.Method} {path}."),
        };
        return WriteAsync(http, refusal);
    }
}
