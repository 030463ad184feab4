using System;

namespace TrustHubGen.Runtime;

/// <summary>
/// An answer that cannot be a Twilio API answer: a 2xx body that is not JSON (a proxy's or captive portal's HTML page,
/// an address that is not a Twilio API), or a body beyond <see cref="TwilioClientOptions.MaxResponseBytes"/>. The
/// message names the address the request went to and what was wrong.
/// </summary>
public sealed class TwilioInvalidResponseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TwilioInvalidResponseException(string message, string request, int status, string? contentType, Exception? innerException = null)
        : base(message, innerException)
    {
        Request = request;
        Status = status;
        ContentType = contentType;
    }

    /// <summary>The request as method and the URL it went to (no query, no credentials).</summary>
    public string Request { get; }

    /// <summary>The HTTP status of the answer.</summary>
    public int Status { get; }

    /// <summary>The answer's content type, when it had one.</summary>
    public string? ContentType { get; }
}
