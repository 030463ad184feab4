using System;

namespace TrustHubGen.Runtime;

/// <summary>Helpers generated clients use on any <see cref="ITwilioTransport"/>.</summary>
public static class TwilioTransportExtensions
{
    /// <summary>
    /// A transport acting for <paramref name="subaccountSid"/>. Calling it on a subaccount transport switches to the
    /// new subaccount rather than nesting.
    /// </summary>
    /// <exception cref="FormatException"><paramref name="subaccountSid"/> is not an account SID (<c>AC…</c>).</exception>
    public static TwilioSubaccountTransport ForSubaccount(this ITwilioTransport transport, string subaccountSid)
    {
        if (transport is null) throw new ArgumentNullException(nameof(transport));
        var inner = transport is TwilioSubaccountTransport sub ? sub.Inner : transport;
        return new TwilioSubaccountTransport(inner, subaccountSid);
    }

    /// <summary>
    /// The account requests through <paramref name="transport"/> act for, for path parameters such as API 2010's
    /// <c>{AccountSid}</c>: the subaccount of a <see cref="TwilioSubaccountTransport"/>, the credentials' account of a
    /// <see cref="ITwilioAccountTransport"/> (such as <see cref="TwilioHttpTransport"/>), otherwise null (a custom transport that does not say).
    /// </summary>
    public static string? GetAccountSid(this ITwilioTransport transport) => transport switch
    {
        null => throw new ArgumentNullException(nameof(transport)),
        TwilioSubaccountTransport sub => sub.SubaccountSid,
        ITwilioAccountTransport account => account.AccountSid,
        _ => null,
    };
}
