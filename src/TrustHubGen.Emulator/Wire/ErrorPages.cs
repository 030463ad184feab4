using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace TrustHubGen.Emulator.Wire;

/// <summary><c>GET /emulator/errors/{code}</c>: the page each of the emulator's own codes names in <c>more_info</c>.</summary>
internal static class ErrorPages
{
    public static async Task WriteAsync(HttpContext http)
    {
        var code = http.Request.RouteValues["code"] as string;
        if (int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && ErrorCodes.Descriptions.TryGetValue(value, out var description))
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync($"TrustHubGen emulator error {value}: {description}\nSee docs/emulator.md, \"Error codes\".\n", http.RequestAborted).ConfigureAwait(false);
            return;
        }

        http.Response.StatusCode = 404;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync($"No emulator error code \"{code}\".\n", http.RequestAborted).ConfigureAwait(false);
    }
}
