using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using TrustHubGen.Runtime;

namespace TrustHubGen.AspNetCore;

/// <summary>
/// The auth tokens of your subaccounts, fetched once each from Twilio with the parent's credentials
/// (<see cref="SubaccountAuthToken.FetchAsync"/>) and kept in memory. An account that is not yours answers 404 and gets
/// no token, so its callbacks are refused.
/// </summary>
public sealed class SubaccountAuthTokens : IAuthTokenSource
{
    private readonly ITwilioTransport _parent;
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    /// <summary>Tokens fetched through <paramref name="parentTransport"/> (the ISV's own credentials).</summary>
    public SubaccountAuthTokens(ITwilioTransport parentTransport) =>
        _parent = parentTransport ?? throw new ArgumentNullException(nameof(parentTransport));

    /// <inheritdoc />
    public async ValueTask<string?> GetAuthTokenAsync(string accountSid, bool refresh, CancellationToken cancellationToken)
    {
        // The SID goes into a URL path: only a well-formed account SID is looked up.
        if (SidFormat.Check(accountSid, "AC", "AccountSid") is not null) return null;
        if (!refresh && _tokens.TryGetValue(accountSid, out var cached)) return cached;
        if (await SubaccountAuthToken.FetchAsync(_parent, accountSid, cancellationToken).ConfigureAwait(false) is not { } value)
        {
            _tokens.TryRemove(accountSid, out _);
            return null;
        }
        _tokens[accountSid] = value;
        return value;
    }
}
