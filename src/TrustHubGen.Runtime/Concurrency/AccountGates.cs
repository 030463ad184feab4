using System;
using System.Collections.Concurrent;

namespace TrustHubGen.Runtime;

/// <summary>
/// One <see cref="ConcurrencyGate"/> per account and service: Twilio's cap is per account across its product hosts
/// (<c>trusthub.twilio.com</c>, <c>api.twilio.com</c>, regional edges), so those share one gate; any other address (an
/// emulator, a proxy) is a service of its own.
/// </summary>
internal sealed class AccountGates(int maximum, int initial)
{
    private readonly ConcurrentDictionary<(string Service, string Account), ConcurrencyGate> _gates = new();

    /// <summary>The gate for requests to <paramref name="uri"/> acting for <paramref name="accountSid"/>.</summary>
    public ConcurrencyGate For(Uri uri, string accountSid, TimeProvider timeProvider) =>
        _gates.GetOrAdd((Service(uri), accountSid),
            static (_, state) => new ConcurrencyGate(new AdaptiveConcurrencyController(state.maximum, state.initial), state.timeProvider),
            (maximum, initial, timeProvider));

    private static string Service(Uri uri) =>
        TwilioHosts.Contains(uri) ? "twilio.com" : uri.Scheme + "://" + uri.Authority;
}
