using System;

namespace TrustHubGen.Runtime;

/// <summary>What every attempt of one <see cref="TwilioHttpTransport.SendAsync"/> call shares.</summary>
internal sealed class SendState
{
    public SendState(TwilioRequest request, Uri uri, string authorization, string? form)
    {
        Request = request;
        Uri = uri;
        Authorization = authorization;
        Form = form;
        Description = request.ToString();
    }

    public TwilioRequest Request { get; }

    public Uri Uri { get; }

    /// <summary>The Basic auth value; never logged or put in a message.</summary>
    public string Authorization { get; }

    public string? Form { get; }

    public string Description { get; }

    public int Attempts { get; set; }

    public override string ToString() => Description;
}
