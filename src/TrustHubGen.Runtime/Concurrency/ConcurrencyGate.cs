using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Runtime;

/// <summary>
/// Lets requests to one account through while fewer than the controller's limit are in flight; the others wait in line.
/// Waiting requests are grouped by <see cref="ConcurrencyFlow"/> (one per onboarding run) and the flows take turns, so
/// runs sharing the account in one process share it equally, whatever their own parallelism.
/// </summary>
internal sealed class ConcurrencyGate
{
    private readonly object _lock = new();
    private readonly Dictionary<object, Queue<Waiter>> _waiting = new();
    private readonly LinkedList<object> _turns = new();
    private readonly TimeProvider _time;
    private readonly long _started;
    private int _inFlight;
    private int _waiters;

    public ConcurrencyGate(AdaptiveConcurrencyController controller, TimeProvider timeProvider)
    {
        Controller = controller;
        _time = timeProvider;
        _started = timeProvider.GetTimestamp();
    }

    public AdaptiveConcurrencyController Controller { get; }

    /// <summary>Requests let through and not answered yet.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Requests waiting for a turn.</summary>
    public int Waiting => Volatile.Read(ref _waiters);

    /// <summary>Waits for a turn; dispose the lease when the answer is in (after <see cref="ConcurrencyLease.Answered"/>).</summary>
    public ValueTask<ConcurrencyLease> EnterAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var flow = ConcurrencyFlow.Current;
        Waiter waiter;
        lock (_lock)
        {
            if (_waiters == 0 && _inFlight < Controller.Limit) return new ValueTask<ConcurrencyLease>(Admit());
            waiter = new Waiter(this, cancellationToken);
            if (!_waiting.TryGetValue(flow, out var queue))
            {
                queue = new Queue<Waiter>();
                _waiting.Add(flow, queue);
            }
            if (queue.Count == 0) _turns.AddLast(flow);
            queue.Enqueue(waiter);
            _waiters++;
        }
        if (cancellationToken.CanBeCanceled)
            waiter.Registration = cancellationToken.Register(static state => ((Waiter)state!).Cancel(), waiter);
        return new ValueTask<ConcurrencyLease>(waiter.Task);
    }

    // Under the lock.
    private ConcurrencyLease Admit()
    {
        _inFlight++;
        return new ConcurrencyLease(this, Controller.OnSend(_inFlight, _time.GetElapsedTime(_started)));
    }

    internal void Release(ConcurrencyTicket ticket, ConcurrencySignal signal, int? accountInFlight)
    {
        Controller.OnAnswer(ticket, signal, accountInFlight, _time.GetElapsedTime(_started));
        List<(Waiter, ConcurrencyLease)>? granted = null;
        lock (_lock)
        {
            _inFlight--;
            while (_waiters > 0 && _inFlight < Controller.Limit)
            {
                var waiter = NextInTurn();
                if (waiter is null) break;
                (granted ??= new()).Add((waiter, Admit()));
            }
        }
        // Completed outside the lock (continuations run asynchronously in any case).
        if (granted is null) return;
        foreach (var (waiter, lease) in granted) waiter.Grant(lease);
    }

    // Under the lock: the next waiting request of the flow whose turn it is; the flow goes to the back of the line.
    private Waiter? NextInTurn()
    {
        while (_turns.First is { } node)
        {
            var flow = node.Value;
            _turns.RemoveFirst();
            var queue = _waiting[flow];
            Waiter? next = null;
            while (queue.Count > 0 && next is null)
            {
                var candidate = queue.Dequeue();
                if (candidate.IsWaiting)
                {
                    candidate.IsWaiting = false;
                    _waiters--;
                    next = candidate;
                }
            }
            if (queue.Count > 0) _turns.AddLast(flow);
            else _waiting.Remove(flow);
            if (next is not null) return next;
        }
        return null;
    }

    // A cancelled request stays in its queue and is skipped when its turn comes; it stops counting at once.
    private bool Withdraw(Waiter waiter)
    {
        lock (_lock)
        {
            if (!waiter.IsWaiting) return false;
            waiter.IsWaiting = false;
            _waiters--;
            return true;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{InFlight} in flight, {Waiting} waiting, {Controller}";

    private sealed class Waiter(ConcurrencyGate gate, CancellationToken cancellationToken)
    {
        private readonly TaskCompletionSource<ConcurrencyLease> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<ConcurrencyLease> Task => _completion.Task;

        public CancellationTokenRegistration Registration { get; set; }

        /// <summary>True until granted or cancelled; changed only under the gate's lock.</summary>
        public bool IsWaiting { get; set; } = true;

        public void Grant(ConcurrencyLease lease)
        {
            Registration.Dispose();
            _completion.SetResult(lease);
        }

        public void Cancel()
        {
            if (gate.Withdraw(this)) _completion.SetCanceled(cancellationToken);
        }
    }
}

/// <summary>One request's turn at the gate: report the answer, then dispose (or just dispose when there was none).</summary>
internal sealed class ConcurrencyLease : IDisposable
{
    private readonly ConcurrencyGate _gate;
    private readonly ConcurrencyTicket _ticket;
    private ConcurrencySignal _signal = ConcurrencySignal.Unknown;
    private int? _accountInFlight;
    private int _released;

    public ConcurrencyLease(ConcurrencyGate gate, ConcurrencyTicket ticket)
    {
        _gate = gate;
        _ticket = ticket;
    }

    /// <summary>The requests in flight when this one was let through (itself included).</summary>
    public int InFlight => _ticket.InFlight;

    /// <summary>Records what the answer said; <paramref name="accountInFlight"/> is <c>Twilio-Concurrent-Requests</c> when present.</summary>
    public void Answered(ConcurrencySignal signal, int? accountInFlight)
    {
        _signal = signal;
        _accountInFlight = accountInFlight;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) _gate.Release(_ticket, _signal, _accountInFlight);
    }
}
