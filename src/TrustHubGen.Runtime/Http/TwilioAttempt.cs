using System;
using System.Collections.Generic;

namespace TrustHubGen.Runtime;

/// <summary>
/// One answered attempt of a request, as a <see cref="TwilioAttemptTransport"/> reports it: a status with the body read
/// completely (so a retry never holds a response open), or an error a client library already decoded.
/// </summary>
public sealed class TwilioAttempt
{
    private readonly Refusal? _refusal;
    private int? _code;
    private bool _codeRead;

    private TwilioAttempt(int status, ReadOnlyMemory<byte> body, string? contentType, TimeSpan? retryAfter, Refusal? refusal, int? concurrentRequests = null)
    {
        ConcurrentRequests = concurrentRequests is >= 0 ? concurrentRequests : null;
        Status = status;
        Body = body;
        ContentType = contentType;
        RetryAfter = retryAfter is { } wait && wait < TimeSpan.Zero ? TimeSpan.Zero : retryAfter;
        _refusal = refusal;
        if (refusal is not null)
        {
            _code = refusal.Code;
            _codeRead = true;
        }
    }

    /// <summary>An answer as it came over the wire: status, raw body (JSON, or Twilio's error body), content type and <c>Retry-After</c>.</summary>
    public static TwilioAttempt Answered(int status, ReadOnlyMemory<byte> body, string? contentType = null, TimeSpan? retryAfter = null) =>
        new(status, body, contentType, retryAfter, null);

    /// <summary>
    /// An answer as it came over the wire, with Twilio's <c>Twilio-Concurrent-Requests</c> header (the account's requests in
    /// flight when the service admitted or refused this one), which lets the transport's adaptive concurrency find the cap.
    /// </summary>
    public static TwilioAttempt Answered(int status, ReadOnlyMemory<byte> body, string? contentType, TimeSpan? retryAfter, int? concurrentRequests) =>
        new(status, body, contentType, retryAfter, null, concurrentRequests);

    /// <summary>
    /// An error answer a client library already decoded (Twilio's <c>ApiException</c>): status, Twilio's code, message and
    /// documentation link, and the wait the server asked for when it is known.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is a 2xx status.</exception>
    public static TwilioAttempt Refused(int status, int? code, string message, string? moreInfo = null,
        IReadOnlyDictionary<string, string>? details = null, TimeSpan? retryAfter = null, Exception? cause = null)
    {
        if (status is >= 200 and < 300) throw new ArgumentOutOfRangeException(nameof(status), status, "A refused attempt needs an error status (not 2xx).");
        return new(status, ReadOnlyMemory<byte>.Empty, null, retryAfter, new Refusal(code, message ?? "(no message)", moreInfo, details, cause));
    }

    /// <summary>The HTTP status.</summary>
    public int Status { get; }

    /// <summary>The body (empty for a <see cref="Refused"/> attempt and for 204).</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The body already went through the request's answer filter as it streamed in (it is JSON, and filtered).</summary>
    internal bool BodyFiltered { get; private set; }

    /// <summary>Marks <see cref="Body"/> as filtered by the transport that read it (<see cref="TwilioRequest.AnswerFilter"/>).</summary>
    internal TwilioAttempt AsFiltered()
    {
        BodyFiltered = true;
        return this;
    }

    /// <summary>The answer's <c>Content-Type</c>, for messages about bodies that are not JSON.</summary>
    public string? ContentType { get; }

    /// <summary>The wait the server asked for (<c>Retry-After</c>), already converted from a date to a delay.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The <c>Twilio-Concurrent-Requests</c> header: the account's requests in flight, this one included; null when absent.</summary>
    public int? ConcurrentRequests { get; }

    /// <summary>True for 2xx.</summary>
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>Twilio's error code (from the decoded error or the body), only for error answers.</summary>
    public int? Code
    {
        get
        {
            if (!_codeRead)
            {
                _code = IsSuccess ? null : TwilioErrorBody.TryReadCode(Body.Span);
                _codeRead = true;
            }
            return _code;
        }
    }

    internal TwilioApiException ToException(string request) => _refusal is { } r
        ? new TwilioApiException(Status, r.Code, r.Message, r.MoreInfo, request, r.Details, r.Cause)
        : TwilioErrorBody.ToException(Status, Body.Span, request);

    private sealed record Refusal(int? Code, string Message, string? MoreInfo, IReadOnlyDictionary<string, string>? Details, Exception? Cause);
}
