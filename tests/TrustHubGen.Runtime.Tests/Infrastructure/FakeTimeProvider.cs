namespace TrustHubGen.Runtime.Tests.Infrastructure;

/// <summary>
/// A clock that never sleeps: it records every wait the code under test asks for and either completes it at once
/// or (with <see cref="HoldTimers"/>) never, so cancellation during a wait can be tested without real time passing.
/// </summary>
public sealed class FakeTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private long _ticks;

    public FakeTimeProvider(DateTimeOffset now) => Now = now;

    public DateTimeOffset Now { get; }

    /// <summary>When true, timers never fire (a wait lasts until cancelled).</summary>
    public bool HoldTimers { get; init; }

    public List<TimeSpan> Waits { get; } = new();

    /// <summary>Completed when the first timer is created, so a test can act while code waits.</summary>
    public TaskCompletionSource WaitStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override DateTimeOffset GetUtcNow() => Now;

    // Each reading advances a fake millisecond, so elapsed times are deterministic and non-negative.
    public override long GetTimestamp() => Interlocked.Add(ref _ticks, TimestampFrequency / 1000);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_gate) Waits.Add(dueTime);
            WaitStarted.TrySetResult();
            if (!HoldTimers) ThreadPool.QueueUserWorkItem(_ => callback(state));
        }
        return new InertTimer();
    }

    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
