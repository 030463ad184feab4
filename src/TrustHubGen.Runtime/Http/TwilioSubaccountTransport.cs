using System;
using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Runtime;

/// <summary>
/// A transport that acts for one subaccount: every request without its own <see cref="TwilioRequest.SubaccountSid"/>
/// is sent for <see cref="SubaccountSid"/> (the parent's secret, the subaccount's SID as user). Generated clients'
/// <c>ForSubaccount(sid)</c> wraps their transport in one; create it with
/// <see cref="TwilioTransportExtensions.ForSubaccount"/>.
/// </summary>
public sealed class TwilioSubaccountTransport : ITwilioTransport
{
    /// <summary>Wraps <paramref name="inner"/> to act for <paramref name="subaccountSid"/>.</summary>
    /// <exception cref="FormatException"><paramref name="subaccountSid"/> is not an account SID (<c>AC…</c>).</exception>
    public TwilioSubaccountTransport(ITwilioTransport inner, string subaccountSid)
    {
        Inner = inner ?? throw new ArgumentNullException(nameof(inner));
        SubaccountSid = SidFormat.Validate(subaccountSid, "AC", "Subaccount SID");
    }

    /// <summary>The transport that sends the requests.</summary>
    public ITwilioTransport Inner { get; }

    /// <summary>The subaccount the requests act for (<c>AC…</c>).</summary>
    public string SubaccountSid { get; }

    /// <inheritdoc />
    public Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        return Inner.SendAsync(request.SubaccountSid is null ? request.WithSubaccount(SubaccountSid) : request, cancellationToken);
    }

    /// <inheritdoc />
    public override string ToString() => $"TwilioSubaccountTransport {{ SubaccountSid = {SubaccountSid}, Inner = {Inner} }}";
}
