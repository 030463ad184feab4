using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using TrustHubGen.Runtime;

namespace TrustHubGen.AspNetCore;

/// <summary>
/// The auth tokens of your subaccounts, fetched once each from Twilio with the parent's credentials
/// (<see cref="SubaccountAuthToken.FetchAsync"/>) and kept in memory. An account that is not yours answers 404 and gets
/// no token, so its callbacks are refused. Twilio is asked about one account at most once per <see cref="LookupInterval"/>:
/// forged callbacks (a bad signature for one of your accounts, or the same foreign account again) do not each become a
/// request made with your credentials.
/// </summary>
public sealed class SubaccountAuthTokens : IAuthTokenSource
{
    // Past this many remembered lookups, those older than the interval are forgotten (forged SIDs must not grow it forever).
    private const int PruneAbove = 10_000;
    private readonly ITwilioTransport _parent;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lookedUp = new(StringComparer.Ordinal);

    /// <summary>Tokens fetched through <paramref name="parentTransport"/> (the ISV's own credentials).</summary>
    public SubaccountAuthTokens(ITwilioTransport parentTransport)
        : this(parentTransport, TimeProvider.System)
    {
    }

    /// <summary>Tokens fetched through <paramref name="parentTransport"/>, the lookup interval measured on <paramref name="timeProvider"/>.</summary>
    public SubaccountAuthTokens(ITwilioTransport parentTransport, TimeProvider timeProvider)
    {
        _parent = parentTransport ?? throw new ArgumentNullException(nameof(parentTransport));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    /// <summary>
    /// The least time between two lookups of one account (default one minute). A token rotated within it verifies from the
    /// next lookup on; the reconciliation moves a customer whose callback was refused meanwhile.
    /// </summary>
    public TimeSpan LookupInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    public async ValueTask<string?> GetAuthTokenAsync(string accountSid, bool refresh, CancellationToken cancellationToken)
    {
        // The SID goes into a URL path: only a well-formed account SID is looked up.
        if (SidFormat.Check(accountSid, "AC", "AccountSid") is not null) return null;
        var known = _tokens.TryGetValue(accountSid, out var cached) ? cached : null;
        if (known is not null && !refresh) return known;
        var now = _time.GetUtcNow();
        if (_lookedUp.TryGetValue(accountSid, out var last) && now - last < LookupInterval) return known;
        _lookedUp[accountSid] = now;
        if (_lookedUp.Count > PruneAbove) Prune(now);
        string? value;
        try
        {
            value = await SubaccountAuthToken.FetchAsync(_parent, accountSid, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _lookedUp.TryRemove(accountSid, out _);   // no answer: the next callback may ask again
            throw;
        }
        if (value is null)
        {
            _tokens.TryRemove(accountSid, out _);
            return null;
        }
        _tokens[accountSid] = value;
        return value;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var entry in _lookedUp)
        {
            if (now - entry.Value >= LookupInterval) _lookedUp.TryRemove(entry.Key, out _);
        }
    }
}
