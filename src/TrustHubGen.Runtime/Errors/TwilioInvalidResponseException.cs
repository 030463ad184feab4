using System;

namespace TrustHubGen.Runtime;

/// <summary>
/// An answer that cannot be a Twilio API answer: a 2xx body that is not JSON (a proxy's or captive portal's HTML page,
/// an address that is not a Twilio API), or a body beyond <see cref="TwilioClientOptions.MaxResponseBytes"/>. The
/// message names the address the request went to and what was wrong. A <see cref="TwilioCallException"/>, like every
/// failure of a call to Twilio.
/// </summary>
public sealed class TwilioInvalidResponseException : TwilioCallException
{
    /// <summary>Creates the exception.</summary>
    public TwilioInvalidResponseException(string message, string request, int status, string? contentType, Exception? innerException = null)
        : base(message, request, innerException)
    {
        Status = status;
        ContentType = contentType;
    }

    /// <summary>The HTTP status of the answer.</summary>
    public int Status { get; }

    /// <summary>The answer's content type, when it had one.</summary>
    public string? ContentType { get; }
}
