using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;

namespace TrustHubGen.Emulator.Limits;

/// <summary>What the emulator counted since it started (see <see cref="Hosting.EmulatorHost.Statistics"/>).</summary>
/// <param name="Requests">Authenticated requests admitted past the concurrency cap (those answered by an injected fault included).</param>
/// <param name="RefusedByConcurrencyCap">Requests answered 429 (code 20429) because their account was at its cap.</param>
/// <param name="InjectedFaults">Requests answered by fault injection: 429s, 503s and dropped connections.</param>
/// <param name="PeakConcurrentRequests">The most requests of one account ever in flight at once, per account SID.</param>
public sealed record EmulatorStatistics(long Requests, long RefusedByConcurrencyCap, long InjectedFaults, IReadOnlyDictionary<string, int> PeakConcurrentRequests)
{
    /// <summary>The counts and each account's peak, in account order (the record's default printed the dictionary's type name).</summary>
    public override string ToString() =>
        $"EmulatorStatistics {{ Requests = {Requests}, RefusedByConcurrencyCap = {RefusedByConcurrencyCap}, InjectedFaults = {InjectedFaults}, " +
        $"PeakConcurrentRequests = {{ {string.Join(", ", PeakConcurrentRequests.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} = {p.Value}"))} }} }}";
}

/// <summary>The counters behind <see cref="EmulatorStatistics"/>: lock-free, one increment per request.</summary>
internal sealed class RequestCounters
{
    private readonly ConcurrentDictionary<string, StrongBox<int>> _peaks = new(StringComparer.Ordinal);
    private long _requests;
    private long _refused;
    private long _faults;

    public void Admitted(string accountSid, int inFlight)
    {
        Interlocked.Increment(ref _requests);
        var peak = _peaks.GetOrAdd(accountSid, static _ => new StrongBox<int>());
        var seen = Volatile.Read(ref peak.Value);
        while (inFlight > seen)
        {
            var previous = Interlocked.CompareExchange(ref peak.Value, inFlight, seen);
            if (previous == seen)
            {
                break;
            }

            seen = previous;
        }
    }

    public void Refused() => Interlocked.Increment(ref _refused);

    public void FaultInjected() => Interlocked.Increment(ref _faults);

    public EmulatorStatistics Snapshot() => new(
        Interlocked.Read(ref _requests),
        Interlocked.Read(ref _refused),
        Interlocked.Read(ref _faults),
        _peaks.ToDictionary(p => p.Key, p => Volatile.Read(ref p.Value.Value), StringComparer.Ordinal));
}
