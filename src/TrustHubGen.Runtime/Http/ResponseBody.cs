using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Runtime;

/// <summary>Reads an answer's body with a bound, so a broken or hostile server cannot make the process buffer gigabytes.</summary>
internal static class ResponseBody
{
    public static async Task<byte[]> ReadAsync(HttpContent content, long maxBytes, string request, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength is { } declared && declared > maxBytes) throw TooLarge(request, maxBytes, content.Headers.ContentType?.ToString());
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream(content.Headers.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(request, maxBytes, content.Headers.ContentType?.ToString());
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>The error for an answer (or, with <paramref name="what"/>, the part of it kept) beyond the limit.</summary>
    public static TwilioInvalidResponseException TooLarge(string request, long maxBytes, string? contentType, string what = "") => new(
        $"The answer to {request}{what} is larger than TwilioClientOptions.MaxResponseBytes ({maxBytes} bytes); Twilio's largest pages are a few MB. " +
        "Check that the address points at Twilio or the emulator, or raise MaxResponseBytes.",
        request, 0, contentType);
}
