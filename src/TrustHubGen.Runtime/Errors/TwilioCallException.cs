using System;

namespace TrustHubGen.Runtime;

/// <summary>
/// A call to Twilio failed: the base of every failure the transports report for a request, so one <c>catch</c> handles
/// them all. <see cref="TwilioApiException"/>: Twilio answered with an error (4xx/5xx). <see cref="TwilioInvalidResponseException"/>:
/// an answer that cannot be a Twilio API's (a proxy's HTML page, an empty or oversized body).
/// <see cref="TwilioNoAnswerException"/>: no answer came after the retries (refused connection, DNS, TLS, an answer cut
/// off, a timeout). The caller's own cancellation is never one of these: it stays an <see cref="OperationCanceledException"/>.
/// </summary>
/// <remarks>
/// Not named <c>TwilioException</c>: Twilio's C# library has <c>Twilio.Exceptions.TwilioException</c>, and a file that
/// imports both <c>Twilio.Exceptions</c> and <c>TrustHubGen.Runtime</c> (as one using the TrustHubGen.Twilio bridge does)
/// could then not write the name without a compile error (CS0104, ambiguous reference). "Call" names what failed: one
/// request to Twilio, however many attempts it took.
/// </remarks>
public abstract class TwilioCallException : Exception
{
    /// <summary>Creates the exception for <paramref name="request"/> (method and address, no credentials).</summary>
    protected TwilioCallException(string message, string request, Exception? innerException)
        : base(message, innerException)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
    }

    /// <summary>
    /// The request as method and the address it went to, without query string, user info or credentials (no body):
    /// <c>GET https://trusthub.twilio.com/v1/CustomerProfiles</c>. The address is the one really used (an emulator, a
    /// proxy, a region), not the spec's host.
    /// </summary>
    public string Request { get; }
}
