using System;
using Twilio.Clients;
using TrustHubGen.Runtime;

namespace TrustHubGen.Twilio;

/// <summary>How <see cref="TwilioRestClientTransport"/> retries, and which client acts for a subaccount.</summary>
public sealed class TwilioRestClientTransportOptions
{
    /// <summary>
    /// TrustHubGen's retry policy (429 and code 20429, 5xx; <c>Retry-After</c> honoured when Twilio's client exposes the
    /// answer's headers). Twilio's client itself never retries, so a request is retried by this policy only.
    /// </summary>
    public TwilioRetryOptions Retry { get; set; } = new();

    /// <summary>The clock for backoff waits; tests substitute a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The client that acts for a subaccount (<c>transport.ForSubaccount(sid)</c>, an ISV's customer). Trust Hub v1 acts
    /// for the account the credentials name, so a subaccount needs a client of its own, e.g.
    /// <c>sid =&gt; new TwilioRestClient(sid, parentAuthToken)</c> (Twilio accepts the parent's token for its subaccounts).
    /// The client must log in as the subaccount (accountSid: alone only fills API 2010 paths; a client logged in as
    /// another account is refused). Called once per subaccount; the transport keeps the client.
    /// Null: requests for a subaccount fail with a message saying so.
    /// </summary>
    public Func<string, ITwilioRestClient>? SubaccountClient { get; set; }
}
