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

/// <summary>What the controller gave a request when it was let through: its order, the requests in flight then (itself included) and when.</summary>
internal readonly record struct ConcurrencyTicket(long Sequence, int InFlight, TimeSpan SentAt = default);

/// <summary>
/// Decides how many requests to one account may be in flight, from what the answers say. Twilio caps each account's
/// concurrent REST requests (100 by default), refuses those beyond with 429/20429, and reports the account's requests in
/// flight in <c>Twilio-Concurrent-Requests</c>. The controller:
/// <list type="bullet">
/// <item>starts small and doubles every round trip (slow start) until refusals come in numbers (a tenth of the limit, at
/// least 3, in one round trip), whose header names the cap; lone refusals below the cap are not taken as one (an injected
/// fault or another limit would otherwise ratchet the limit down to nothing);</item>
/// <item>then holds the service's count just under that cap (a margin of 2%, more if refusals still come at it): one run
/// alone rarely hits it again. The cap counts what the service is processing, not this process's requests still on their
/// way out or their answers on their way back (serialisation, the network, a busy client), so the limit is the target plus
/// how many more this process counts than the service does (<c>Twilio-Concurrent-Requests</c> against this process's own
/// count, smoothed over a few round trips of answers while no other client shares the account, at most the cap again, and
/// halved by a burst of refusals in one round trip, since a busy client that queued requests lets them out at once);
/// alone, answers that found the account full do not cut the limit (they are the count brushing the cap);</item>
/// <item>when other clients share the account (over a round trip's answers, the header counts on average more requests than
/// this process has in flight less those the service does not see, by more than that average's noise; a single answer
/// cannot tell a small second client from the noise), it is additive-increase / multiplicative-decrease: +1 per round
/// trip, cut by half the share of answers that found the account full, and by 30% on a refusal; AIMD is what makes
/// independent clients converge to equal shares;</item>
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
    private const int BurstOfRefusals = 3;
    private static readonly TimeSpan FirstProbeInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LongestProbeInterval = TimeSpan.FromSeconds(16);

    private readonly object _gate = new();
    private double _limit;
    private bool _slowStart = true;
    private int? _cap;
    private int _extraMargin;
    private int _cleanRoundTrips;   // round trips since the last refusal; a margin widened by refusals narrows again after many
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
    private int _windowCounted;      // answers of this round trip with the header, and the sums of what the service counted
    private double _windowBeyond;    // beyond this process's own count (Twilio-Concurrent-Requests minus the requests in flight)
    private double _windowBeyondSquares;
    private long _throttled;
    private long _admitted;
    private double _unseen;          // smoothed: this process's requests in flight that the service did not count
    private int _refusalsThisRoundTrip;
    private double _roundTripMs;     // smoothed time from send to a processed answer; 0 before the first

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

    /// <summary>
    /// The smoothed round trip of processed requests (send to answer), null before the first answer. A slot at the cap frees
    /// when an answer comes back, so a refused request has a slot again within about this time.
    /// </summary>
    public TimeSpan? RoundTrip
    {
        get
        {
            lock (_gate) return _roundTripMs > 0 ? TimeSpan.FromMilliseconds(_roundTripMs) : null;
        }
    }

    /// <summary>How many more requests this process counts in flight than the service does (smoothed); 0 until learned.</summary>
    public double Unseen
    {
        get
        {
            lock (_gate) return _unseen;
        }
    }

    /// <summary>Call when a request is let through at <paramref name="now"/>, with the requests now in flight (this one included).</summary>
    public ConcurrencyTicket OnSend(int inFlight, TimeSpan now)
    {
        lock (_gate) return new ConcurrencyTicket(++_sent, inFlight, now);
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
            else Admitted(ticket, accountInFlight, now);
            // A round trip ends with a processed answer: refusals can come back at once, which is no round trip.
            if (signal == ConcurrencySignal.Admitted && ticket.Sequence > _windowStart) EndRoundTrip(now);
            Clamp();
        }
    }

    /// <summary>A margin under the cap: answers and new requests cross on the wire, so a run exactly at the cap would see refusals.</summary>
    private int Target(int cap) => Math.Max(1, cap - Math.Max(1, (int)Math.Ceiling(cap * 0.02)) - _extraMargin);

    /// <summary>
    /// The limit that holds the service's count at <see cref="Target"/>: this process's own count runs ahead of the service's by
    /// the requests on their way (<see cref="Unseen"/>), at most the cap again (a bound against a wild estimate).
    /// </summary>
    private int TargetLimit(int cap) => Target(cap) + (int)Math.Min(_unseen, cap);

    private void Throttled(ConcurrencyTicket ticket, int? accountInFlight, TimeSpan now)
    {
        _throttled++;
        _cleanRoundTrips = 0;
        // Refusals in a burst say the estimate of requests the service does not count was too generous at that moment (a busy
        // client queues requests, then lets them out at once): halve it, once a round trip; the answers rebuild it slowly. A
        // lone refusal is the service's count brushing the cap, which the margin is for: halving at each took the estimate
        // to nothing and the limit a tenth under the cap.
        if (++_refusalsThisRoundTrip == BurstOfRefusals) _unseen /= 2;
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
        else if (!stale && _cap == cap && !shared && ticket.InFlight <= TargetLimit(cap))
        {
            // Refused while alone and under the target: the margin is too thin for this service's timing.
            _extraMargin = Math.Min(_extraMargin + 1, Math.Max(1, cap / 10));
        }
        if (_cap is { } known && known != cap) _extraMargin = 0;   // another cap: what was learned about the old one's margin does not apply
        _cap = cap;
        _capConfirmedAt = now;
        _slowStart = false;
        if (stale) return;
        _limit = shared ? _limit * CutOnSharedRefusal : Math.Min(_limit, TargetLimit(cap));
        _cutAfter = _sent;
    }

    private void Admitted(ConcurrencyTicket ticket, int? accountInFlight, TimeSpan now)
    {
        _admitted++;
        _windowAnswers++;
        var roundTrip = (now - ticket.SentAt).TotalMilliseconds;
        if (roundTrip > 0) _roundTripMs = _roundTripMs == 0 ? roundTrip : _roundTripMs + ((roundTrip - _roundTripMs) / 16);
        if (accountInFlight is { } account)
        {
            // Alone on the account (the service counts no more than this process has in flight), the difference is this
            // process's requests the service is not processing: on their way out, or answered and on their way back.
            var unseen = ticket.InFlight - account;
            if (unseen >= 0 && ticket.Sequence > _cutAfter) _unseen += (unseen - _unseen) / 256;
            _windowCounted++;
            _windowBeyond -= unseen;
            _windowBeyondSquares += (double)unseen * unseen;
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
        _limit = Math.Min(_limit, TargetLimit(cap));
        _cutAfter = _sent;
        _windowLowRefusals = 0;
        _windowLowCap = 0;
    }

    // Once per round trip (the first answer to a request sent after the last round trip ended).
    private void EndRoundTrip(TimeSpan now)
    {
        // A widened margin narrows by one after 64 round trips without a refusal: a few refusals on a busy moment must not cost
        // the rest of the run a tenth of the cap (one refusal per 64 round trips is well under 1% of the requests).
        if (++_cleanRoundTrips >= 64)
        {
            _cleanRoundTrips = 0;
            if (_extraMargin > 0) _extraMargin--;
        }
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
        else if (_windowFull > 0 && _windowStart >= _cutAfter && OthersSeen())
        {
            // The account was full when some of these were admitted, and others share it: cut in proportion, as DCTCP does for
            // marked packets, so that the clients converge to equal shares. Alone, the limit already holds the service's count
            // at the target: a full answer there is the wire's noise, and a cut would only leave the cap unused.
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
            _limit = Math.Max(_limit, TargetLimit(cap));
        }
        _windowStart = _sent;
        _windowAnswers = 0;
        _windowFull = 0;
        _windowCounted = 0;
        _refusalsThisRoundTrip = 0;
        _windowBeyond = 0;
        _windowBeyondSquares = 0;
    }

    // Whether another client held part of the account over this round trip: the service counted, on average, more than this
    // process had in flight less what the service usually does not see of it (Unseen), by more than the average's own noise.
    // Averaged over a round trip's answers, even a small second client stands out from the noise of single answers (which is
    // what starved one when each answer was judged alone). Without the header nothing tells: assume others, as before.
    private bool OthersSeen()
    {
        if (_windowCounted == 0) return true;
        var mean = _windowBeyond / _windowCounted;
        var variance = Math.Max(0, (_windowBeyondSquares / _windowCounted) - (mean * mean));
        return mean + _unseen > Math.Max(1, 3 * Math.Sqrt(variance / _windowCounted));
    }

    private void Clamp()
    {
        if (!_probing && _cap is { } cap) _limit = Math.Min(_limit, TargetLimit(cap));
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
            return $"limit {(int)_limit} of at most {Maximum}, cap {(_cap is null ? "unknown" : _cap.ToString())} (margin {(_cap is { } c ? c - Target(c) : 0)}), {_unseen:F1} unseen by the service{(_slowStart ? ", slow start" : "")}{(_probing ? ", probing" : "")}";
    }
}
