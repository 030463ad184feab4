using System;

namespace TrustHubGen.Runtime;

/// <summary>What one answered attempt says about the account's concurrency.</summary>
internal enum ConcurrencySignal
{
    /// <summary>The service processed the request (2xx, or a 4xx other than 429): it was admitted under the cap.</summary>
    Admitted,

    /// <summary>429 or code 20429: the account was at its cap and the request was not processed.</summary>
    Throttled,

    /// <summary>No answer, or a 5xx: says nothing about the cap.</summary>
    Unknown,
}

/// <summary>What the controller gave a request when it was let through: its order and the requests in flight then (itself included).</summary>
internal readonly record struct ConcurrencyTicket(long Sequence, int InFlight);

/// <summary>
/// Decides how many requests to one account may be in flight, from what the answers say. Twilio caps each account's
/// concurrent REST requests (100 by default), refuses those beyond with 429/20429, and reports the account's requests in
/// flight in <c>Twilio-Concurrent-Requests</c>. The controller:
/// <list type="bullet">
/// <item>starts small and doubles every round trip (slow start) until refusals come in numbers (a tenth of the limit, at
/// least 3, in one round trip), whose header names the cap; lone refusals below the cap are not taken as one (an injected
/// fault or another limit would otherwise ratchet the limit down to nothing);</item>
/// <item>then holds just under that cap (a margin of 2%, more if refusals still come at it): one run alone rarely hits it again;</item>
/// <item>when other clients share the account (the header counts more requests than this process has in flight), it is
/// additive-increase / multiplicative-decrease: +1 per round trip, cut by half the share of answers that found the account
/// full, and by 30% on a refusal; AIMD is what makes independent clients converge to equal shares;</item>
/// <item>probes above the learned cap now and then (after 2 s, doubling to 16 s while it has not moved), so a raised cap
/// is found; a lowered cap is found by the refusals it causes in its first round trip.</item>
/// <item>without the header (a transport that cannot read it), the requests this process had in flight stand for the count,
/// and each refusal is taken as the cap.</item>
/// </list>
/// Never above the user's maximum. Pure logic: time is passed in, so tests simulate hours of traffic in milliseconds.
/// </summary>
internal sealed class AdaptiveConcurrencyController
{
    private const double CutOnSharedRefusal = 0.7;
    private static readonly TimeSpan FirstProbeInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LongestProbeInterval = TimeSpan.FromSeconds(16);

    private readonly object _gate = new();
    private double _limit;
    private bool _slowStart = true;
    private int? _cap;
    private int _extraMargin;
    private TimeSpan _capConfirmedAt;
    private TimeSpan _probeInterval = FirstProbeInterval;
    private bool _probing;
    private double _probeStep;
    private int? _capBeforeProbe;
    private long _sent;
    private long _cutAfter;
    private long _windowStart;
    private int _windowAnswers;
    private int _windowFull;
    private int _windowLowRefusals;
    private int _windowLowCap;
    private long _throttled;
    private long _admitted;

    /// <summary>A controller that never lets more than <paramref name="maximum"/> through and starts at <paramref name="initial"/>.</summary>
    public AdaptiveConcurrencyController(int maximum, int initial)
    {
        if (maximum < 1) throw new ArgumentOutOfRangeException(nameof(maximum), maximum, "The maximum must be at least 1.");
        Maximum = maximum;
        _limit = Math.Clamp(initial, 1, maximum);
    }

    /// <summary>The user's bound.</summary>
    public int Maximum { get; }

    /// <summary>Requests that may be in flight now.</summary>
    public int Limit
    {
        get
        {
            lock (_gate) return (int)_limit;
        }
    }

    /// <summary>The account's cap as last learned (a refusal's header, or a higher count seen on an admitted request); null before any refusal.</summary>
    public int? LearnedCap
    {
        get
        {
            lock (_gate) return _cap;
        }
    }

    /// <summary>Answers counted so far: admitted and throttled.</summary>
    public (long Admitted, long Throttled) Answers
    {
        get
        {
            lock (_gate) return (_admitted, _throttled);
        }
    }

    /// <summary>Call when a request is let through, with the requests now in flight (this one included).</summary>
    public ConcurrencyTicket OnSend(int inFlight)
    {
        lock (_gate) return new ConcurrencyTicket(++_sent, inFlight);
    }

    /// <summary>
    /// Call with each answer: the signal, and <paramref name="accountInFlight"/> (<c>Twilio-Concurrent-Requests</c>: the
    /// account's requests in flight when the service admitted or refused this one) when the answer carried it.
    /// </summary>
    public void OnAnswer(ConcurrencyTicket ticket, ConcurrencySignal signal, int? accountInFlight, TimeSpan now)
    {
        if (signal == ConcurrencySignal.Unknown) return;
        lock (_gate)
        {
            if (signal == ConcurrencySignal.Throttled) Throttled(ticket, accountInFlight, now);
            else Admitted(accountInFlight);
            // A round trip ends with a processed answer: refusals can come back at once, which is no round trip.
            if (signal == ConcurrencySignal.Admitted && ticket.Sequence > _windowStart) EndRoundTrip(now);
            Clamp();
        }
    }

    /// <summary>A margin under the cap: answers and new requests cross on the wire, so a run exactly at the cap would see refusals.</summary>
    private int Target(int cap) => Math.Max(1, cap - Math.Max(1, (int)Math.Ceiling(cap * 0.02)) - _extraMargin);

    private void Throttled(ConcurrencyTicket ticket, int? accountInFlight, TimeSpan now)
    {
        _throttled++;
        var cap = Math.Max(1, accountInFlight ?? ticket.InFlight);
        if (accountInFlight is not null && (_cap is not { } learned || cap < learned))
        {
            // Not yet a cap, or refused below the learned one: a cap reached (or lowered) refuses many requests at once, while a
            // refusal that is not about concurrency (another limit, an injected fault) comes alone. Taking each lone refusal as
            // the cap would ratchet the limit down to nothing, so they count per round trip, and only many make a cap. (Without
            // the header nothing tells the two apart, and each refusal is taken as the cap.)
            _windowLowRefusals++;
            _windowLowCap = Math.Max(_windowLowCap, cap);
            if (_windowLowRefusals >= Math.Max(3, _limit / 10)) CapFromRefusals(now);
            return;
        }
        // Another client holds part of the account when the service counted clearly more than this process had in flight.
        // (Not while probing: then this process alone may hold more than the cap, with refusals in flight among its own.)
        var shared = !_probing && accountInFlight is { } account && account - ticket.InFlight > Math.Max(3, cap / 20);
        var stale = ticket.Sequence <= _cutAfter;   // sent before the last cut: it reflects the old limit, not this one
        if (_probing && !stale)
        {
            _probing = false;
            _probeInterval = _capBeforeProbe == cap ? Min(_probeInterval + _probeInterval, LongestProbeInterval) : FirstProbeInterval;
        }
        else if (!stale && _cap == cap && !shared && ticket.InFlight <= Target(cap))
        {
            // Refused while alone and under the target: the margin is too thin for this service's timing.
            _extraMargin = Math.Min(_extraMargin + 1, Math.Max(1, cap / 10));
        }
        if (_cap is { } known && known != cap) _extraMargin = 0;   // another cap: what was learned about the old one's margin does not apply
        _cap = cap;
        _capConfirmedAt = now;
        _slowStart = false;
        if (stale) return;
        _limit = shared ? _limit * CutOnSharedRefusal : Math.Min(_limit, Target(cap));
        _cutAfter = _sent;
    }

    private void Admitted(int? accountInFlight)
    {
        _admitted++;
        _windowAnswers++;
        if (accountInFlight is { } account)
        {
            if (_cap is { } cap && account > cap) _cap = account;   // admitted above the learned cap: it was raised
            if (_cap is { } known && account >= known)
            {
                _windowFull++;
                _slowStart = false;
            }
        }
        if (_slowStart) _limit += 1;
    }

    // Many refusals in one round trip (a tenth of the limit, at least 3): the cap is about the highest count they reported
    // (found, or lowered).
    private void CapFromRefusals(TimeSpan now)
    {
        var cap = _windowLowCap;
        _cap = cap;
        _slowStart = false;
        _extraMargin = 0;
        _capConfirmedAt = now;
        _probing = false;
        _probeInterval = FirstProbeInterval;
        _limit = Math.Min(_limit, Target(cap));
        _cutAfter = _sent;
        _windowLowRefusals = 0;
        _windowLowCap = 0;
    }

    // Once per round trip (the first answer to a request sent after the last round trip ended).
    private void EndRoundTrip(TimeSpan now)
    {
        _windowLowRefusals = 0;
        _windowLowCap = 0;
        if (_probing)
        {
            _limit += _probeStep;
            // Doubling finds a much raised cap in a few round trips; the bound keeps the overshoot (refused) small.
            _probeStep = Math.Min(_probeStep * 2, Math.Max(2, (_capBeforeProbe ?? 0) / 20));
            if (_limit >= Maximum)
            {
                // The cap is at least the user's maximum: nothing left to learn until a refusal says otherwise.
                _probing = false;
                _cap = null;
            }
        }
        else if (_windowFull > 0 && _windowStart >= _cutAfter)
        {
            // The account was full when some of these were admitted: cut in proportion, as DCTCP does for marked packets.
            _limit *= 1 - ((double)_windowFull / Math.Max(1, _windowAnswers) / 2);
            _cutAfter = _sent;
        }
        else if (!_slowStart)
        {
            _limit += 1;
        }

        if (!_probing && _cap is { } cap && now - _capConfirmedAt >= _probeInterval)
        {
            _probing = true;
            _probeStep = 1;
            _capBeforeProbe = cap;
            _limit = Math.Max(_limit, Target(cap));
        }
        _windowStart = _sent;
        _windowAnswers = 0;
        _windowFull = 0;
    }

    private void Clamp()
    {
        if (!_probing && _cap is { } cap) _limit = Math.Min(_limit, Target(cap));
        if (_limit >= Maximum)
        {
            _limit = Maximum;
            _slowStart = false;
        }
        if (_limit < 1) _limit = 1;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <inheritdoc />
    public override string ToString()
    {
        lock (_gate)
            return $"limit {(int)_limit} of at most {Maximum}, cap {(_cap is null ? "unknown" : _cap.ToString())}{(_slowStart ? ", slow start" : "")}{(_probing ? ", probing" : "")}";
    }
}
