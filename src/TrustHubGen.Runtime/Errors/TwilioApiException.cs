using System;
using System.Collections.Generic;

namespace TrustHubGen.Runtime;

/// <summary>
/// Twilio answered with an error body <c>{code, message, more_info, status}</c>. The message never contains credentials,
/// and is one line: control characters the server sent are spaces there (<see cref="TwilioMessage"/> keeps them).
/// A <see cref="TwilioCallException"/>, like every failure of a call to Twilio.
/// </summary>
public sealed class TwilioApiException : TwilioCallException
{
    /// <summary>Creates the exception from the parts of Twilio's error body.</summary>
    public TwilioApiException(int status, int? code, string twilioMessage, string? moreInfo, string request,
        IReadOnlyDictionary<string, string>? details = null, Exception? innerException = null)
        : base(Format(status, code, twilioMessage, moreInfo, request), request, innerException)
    {
        Status = status;
        Code = code;
        TwilioMessage = twilioMessage;
        MoreInfo = moreInfo;
        Details = details ?? new Dictionary<string, string>();
    }

    /// <summary>The HTTP status.</summary>
    public int Status { get; }

    /// <summary>Twilio's error code (e.g. 20429, 60711), when the body carried one.</summary>
    public int? Code { get; }

    /// <summary>Twilio's own message.</summary>
    public string TwilioMessage { get; }

    /// <summary>The documentation link Twilio gave, if any.</summary>
    public string? MoreInfo { get; }

    /// <summary>Extra details from the body's <c>details</c> object, flattened to strings.</summary>
    public IReadOnlyDictionary<string, string> Details { get; }

    // On one line whatever the server sent: the message goes into logs.
    private static string Format(int status, int? code, string message, string? moreInfo, string request) =>
        $"Twilio answered {status}{(code is null ? "" : $" with code {code}")} to {request}: {JsonBodyCheck.OneLine(message ?? "")}" +
        (moreInfo is null ? "" : $" (see {JsonBodyCheck.OneLine(moreInfo)})");
}
