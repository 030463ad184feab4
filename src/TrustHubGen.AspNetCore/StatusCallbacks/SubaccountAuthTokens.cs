using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using TrustHubGen.Runtime;

namespace TrustHubGen.AspNetCore;

/// <summary>
/// The auth tokens of your subaccounts, fetched once each from Twilio with the parent's credentials
/// (<see cref="SubaccountAuthToken.FetchAsync"/>) and kept in memory. An account that is not yours answers 404 and gets
/// no token, so its callbacks are refused. Forged callbacks do not each become a request made with your credentials:
/// Twilio is asked about one account at most once per <see cref="LookupInterval"/> (a bad signature for one of your
/// accounts, or the same foreign account again), and about accounts with no token yet at most
/// <see cref="UnknownAccountLookups"/> times per interval unless Twilio finds them yours (random account SIDs). Give the
/// endpoint the accounts you expect (<see cref="TrustHubStatusCallbackOptions.IsExpectedAccount"/>) and forged callbacks
/// naming other accounts never reach this class.
/// </summary>
public sealed class SubaccountAuthTokens : IAuthTokenSource
{
    // Past this many remembered lookups, those older than the interval are forgotten (forged SIDs must not grow it forever).
    private const int PruneAbove = 10_000;
    private readonly ITwilioTransport _parent;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    // Monotonic timestamps (TimeProvider.GetTimestamp): a wall clock set back would otherwise stop lookups until it caught up.
    private readonly ConcurrentDictionary<string, long> _lookedUp = new(StringComparer.Ordinal);
    // Lookups of accounts with no token yet that have not (yet) found one, oldest first: the budget of UnknownAccountLookups.
    private readonly LinkedList<long> _unknownLookups = new();
    private long? _spentReportedAt;

    /// <summary>Tokens fetched through <paramref name="parentTransport"/> (the ISV's own credentials).</summary>
    public SubaccountAuthTokens(ITwilioTransport parentTransport)
        : this(parentTransport, TimeProvider.System)
    {
    }

    /// <summary>Tokens fetched through <paramref name="parentTransport"/>, the intervals measured on <paramref name="timeProvider"/>'s monotonic timestamps.</summary>
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

    /// <summary>
    /// How many lookups of accounts with no token yet may go to Twilio per <see cref="LookupInterval"/> without finding
    /// the account yours (default 30; those still waiting for Twilio's answer count). Past it, such accounts get no token
    /// until the oldest of those lookups is an interval old, and <see cref="Logger"/> says so once per interval. A lookup
    /// that finds your account gives its place back, so this bounds what forged callbacks naming random accounts cost,
    /// not how many customers you have; it can delay a new customer's first callback only while forgers spend it.
    /// </summary>
    public int UnknownAccountLookups { get; init; } = 30;

    /// <summary>Where a spent <see cref="UnknownAccountLookups"/> budget is reported (a warning). Null: not reported.</summary>
    public ILogger? Logger { get; init; }

    /// <inheritdoc />
    public async ValueTask<string?> GetAuthTokenAsync(string accountSid, bool refresh, CancellationToken cancellationToken)
    {
        // The SID goes into a URL path: only a well-formed account SID is looked up.
        if (SidFormat.Check(accountSid, "AC", "AccountSid") is not null) return null;
        var known = _tokens.TryGetValue(accountSid, out var cached) ? cached : null;
        if (known is not null && !refresh) return known;
        var now = _time.GetTimestamp();
        if (_lookedUp.TryGetValue(accountSid, out var last) && _time.GetElapsedTime(last, now) < LookupInterval) return known;
        // An account with no token yet may be any account at all: it spends the budget until Twilio finds it ours.
        var place = known is null ? TakeUnknownLookup(now) : null;
        if (known is null && place is null) return null;
        _lookedUp[accountSid] = now;
        if (_lookedUp.Count > PruneAbove) Prune(now);
        string? value;
        try
        {
            value = await SubaccountAuthToken.FetchAsync(_parent, accountSid, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _lookedUp.TryRemove(accountSid, out _);   // no answer: the next callback may ask again (its place stays spent)
            throw;
        }
        if (value is null)
        {
            _tokens.TryRemove(accountSid, out _);
            return null;
        }
        GiveBack(place);
        _tokens[accountSid] = value;
        return value;
    }

    private LinkedListNode<long>? TakeUnknownLookup(long now)
    {
        lock (_unknownLookups)
        {
            while (_unknownLookups.First is { } oldest && _time.GetElapsedTime(oldest.Value, now) >= LookupInterval) _unknownLookups.RemoveFirst();
            if (_unknownLookups.Count < UnknownAccountLookups) return _unknownLookups.AddLast(now);
            if (_spentReportedAt is { } reported && _time.GetElapsedTime(reported, now) < LookupInterval) return null;
            _spentReportedAt = now;
        }
        Logger?.LogWarning("SubaccountAuthTokens: {Count} lookups of accounts with no token found none within {Interval}; callbacks of other accounts " +
            "it does not know are refused without a lookup until the interval has passed. Forged callbacks naming random accounts do this: give the endpoint " +
            "the accounts you expect (TrustHubStatusCallbackOptions.IsExpectedAccount).", UnknownAccountLookups, LookupInterval);
        return null;
    }

    private void GiveBack(LinkedListNode<long>? place)
    {
        if (place is null) return;
        lock (_unknownLookups)
        {
            if (place.List is not null) _unknownLookups.Remove(place);
        }
    }

    private void Prune(long now)
    {
        foreach (var entry in _lookedUp)
        {
            if (_time.GetElapsedTime(entry.Value, now) >= LookupInterval) _lookedUp.TryRemove(entry.Key, out _);
        }
    }
}
