using System;

namespace TrustHubGen.Runtime;

/// <summary>What every attempt of one <see cref="TwilioAttemptTransport.SendAsync"/> call shares.</summary>
internal sealed class SendState
{
    public SendState(TwilioRequest request, Uri uri)
    {
        Request = request;
        Uri = uri;
        // The address the request really goes to (an emulator, a proxy, a region), not the spec's host: errors and
        // retry reports must point where the user can look.
        Description = request.Method.Method + " " + TwilioTransportLog.SafeUrl(uri);
    }

    public TwilioRequest Request { get; }

    public Uri Uri { get; }

    public string Description { get; }

    public int Attempts { get; set; }

    /// <summary>
    /// Set when the last attempt was refused at the account's concurrency cap and an adaptive gate knows the round trip: a
    /// slot frees at the next answer, so the first retry waits this long rather than the whole <c>Retry-After</c>.
    /// </summary>
    public TimeSpan? ThrottledRoundTrip { get; set; }

    public override string ToString() => Description;
}
