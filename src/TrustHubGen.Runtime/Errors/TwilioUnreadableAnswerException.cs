using System;

namespace TrustHubGen.Runtime;

/// <summary>
/// A 2xx answer the SDK cannot read: JSON, but not what the generated readers expect (a value of another type or format, a
/// SID of another kind, a list page without its items). The message names the request, the address it went to and the
/// value (<see cref="Path"/>, <c>$.results[3].date_created</c>); the reader's own error is the
/// <see cref="Exception.InnerException"/>. A <see cref="TwilioCallException"/>, like every failure of a call to Twilio.
/// </summary>
/// <remarks>
/// Unlike <see cref="TwilioInvalidResponseException"/> (an answer that cannot be a Twilio API's: check the address), this
/// answer probably is Twilio's and the service did the work: a POST's resource exists. Read the state before writing
/// again. A service that answers so has changed beyond the spec this SDK was generated from: report it.
/// </remarks>
public sealed class TwilioUnreadableAnswerException : TwilioCallException
{
    /// <summary>Creates the exception for the answer to <paramref name="request"/> (method and address, no credentials).</summary>
    public TwilioUnreadableAnswerException(string message, string request, int status, string? path, Exception? innerException = null)
        : base(message, request, innerException)
    {
        Status = status;
        Path = path;
    }

    /// <summary>The HTTP status of the answer (2xx).</summary>
    public int Status { get; }

    /// <summary>The JSON path of the value that could not be read (<c>$.date_created</c>); null when the whole answer is at fault.</summary>
    public string? Path { get; }
}
