using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using TrustHubGen.Emulator.Auth;

namespace TrustHubGen.Emulator.Limits;

/// <summary>
/// Twilio's per-account cap on concurrent requests (asked by <see cref="ServiceLimits.AdmitAsync"/>): one
/// concurrency limiter per authenticated account, no queue (a request beyond the cap is refused at once, never processed).
/// Without a cap each account still gets a limiter (of <see cref="int.MaxValue"/> permits), because its count of requests
/// in flight is what the <c>Twilio-Concurrent-Requests</c> header reports.
/// <para>
/// Why not <c>PartitionedRateLimiter.Create</c> over <see cref="ConcurrencyLimiter"/>: the partition lookup takes one
/// process-wide lock on every acquire and statistics read, the concurrency limiter another (per account) on every acquire
/// and release, and the in-flight count needed a second lookup. On this 2-core machine under load a lock holder is often
/// descheduled, and those locks were a large part of why the framework's pipeline answered small requests at 0.4x the
/// hand-written one (docs/benchmarks.md, "what cost what"). Here the partition is a lock-free dictionary read, the limit a
/// compare-and-swap on the account's count, and the limiter is asked once: its lease carries the count, which is handed to
/// the response headers (<see cref="TwilioRequestFeature.ConcurrentRequests"/>) for admitted and refused requests alike.
/// </para>
/// </summary>
internal sealed class AccountConcurrency : PartitionedRateLimiter<HttpContext>
{
    private volatile Setting _setting;

    public AccountConcurrency(int? cap) => _setting = new Setting(cap);

    /// <summary>The current cap; null when there is none.</summary>
    public int? Cap => _setting.Cap;

    /// <summary>
    /// Changes the cap for requests that arrive from now on. Requests in flight finish under the cap they were admitted
    /// with (their leases release into the previous setting's counters), as when Twilio changes an account's limit.
    /// </summary>
    public void SetCap(int? cap) => _setting = new Setting(cap);

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) =>
        resource.User.Identity is AccountIdentity identity && _setting.Limiters.TryGetValue(identity.Account.Sid, out var limiter) ? limiter.GetStatistics() : null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        if (resource.User.Identity is not AccountIdentity identity)
        {
            return AccountLease.Unlimited;
        }

        var setting = _setting;
        var limiter = setting.Limiters.GetOrAdd(identity.Account.Sid, static (_, s) => new AccountLimiter(s.PermitLimit), setting);
        var lease = limiter.TryAcquire(permitCount);
        if (resource.Features.Get<TwilioRequestFeature>() is { } feature)
        {
            feature.ConcurrentRequests = lease.InFlight;
        }

        return lease;
    }

    // No queue: an acquire never waits, so the asynchronous path is the synchronous one.
    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(resource, permitCount));

    /// <summary>One cap and its per-account counters; a new cap is a new setting, so old leases release into old counters.</summary>
    private sealed class Setting(int? cap)
    {
        public int? Cap { get; } = cap;

        public long PermitLimit => Cap ?? int.MaxValue;

        public ConcurrentDictionary<string, AccountLimiter> Limiters { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>An account's requests in flight, admitted up to the limit by compare-and-swap.</summary>
    private sealed class AccountLimiter(long permitLimit) : RateLimiter
    {
        private long _inFlight;

        public override TimeSpan? IdleDuration => null;

        public void Release(int permitCount) => Interlocked.Add(ref _inFlight, -permitCount);

        public override RateLimiterStatistics? GetStatistics() => new() { CurrentAvailablePermits = permitLimit - Volatile.Read(ref _inFlight) };

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => TryAcquire(permitCount);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            ValueTask.FromResult<RateLimitLease>(TryAcquire(permitCount));

        /// <summary>Admits when the count stays within the limit; the lease reports the count with this request (or, refused, the count).</summary>
        public AccountLease TryAcquire(int permitCount)
        {
            var current = Volatile.Read(ref _inFlight);
            while (true)
            {
                if (current + permitCount > permitLimit)
                {
                    return new AccountLease(false, null, 0, (int)Math.Min(int.MaxValue, current));
                }

                var seen = Interlocked.CompareExchange(ref _inFlight, current + permitCount, current);
                if (seen == current)
                {
                    return new AccountLease(true, this, permitCount, (int)Math.Min(int.MaxValue, current + permitCount));
                }

                current = seen;
            }
        }
    }

    /// <summary>A granted or refused permit, and the account's requests in flight it saw.</summary>
    private sealed class AccountLease(bool acquired, AccountLimiter? limiter, int permits, int? inFlight) : RateLimitLease
    {
        /// <summary>What an unauthenticated request gets: no limit and no count (authorization refuses it after).</summary>
        public static readonly AccountLease Unlimited = new(true, null, 0, null);

        private AccountLimiter? _limiter = limiter;

        public int? InFlight { get; } = inFlight;

        public override bool IsAcquired { get; } = acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            // Released once, however often the lease is disposed.
            Interlocked.Exchange(ref _limiter, null)?.Release(permits);
        }
    }
}
