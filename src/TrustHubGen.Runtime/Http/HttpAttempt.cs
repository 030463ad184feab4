using System;

namespace TrustHubGen.Runtime;

/// <summary>One answered HTTP attempt, read completely so the response can be disposed before a retry.</summary>
internal sealed class HttpAttempt
{
    private int? _code;
    private bool _codeRead;

    public HttpAttempt(int status, byte[] body, TimeSpan? retryAfter)
    {
        Status = status;
        Body = body;
        RetryAfter = retryAfter;
    }

    public int Status { get; }

    public byte[] Body { get; }

    /// <summary>The wait the server asked for (<c>Retry-After</c>), already converted from a date to a delay.</summary>
    public TimeSpan? RetryAfter { get; }

    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>Twilio's error code from the body, read on first use and only for error answers.</summary>
    public int? Code
    {
        get
        {
            if (!_codeRead)
            {
                _code = IsSuccess ? null : TwilioErrorBody.TryReadCode(Body);
                _codeRead = true;
            }
            return _code;
        }
    }
}
