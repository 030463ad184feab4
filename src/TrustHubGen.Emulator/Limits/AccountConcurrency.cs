using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using TrustHubGen.Emulator.Auth;

namespace TrustHubGen.Emulator.Limits;

/// <summary>
/// Twilio's per-account cap on concurrent requests, as the limiter of ASP.NET Core's rate-limiting middleware: one
/// <see cref="ConcurrencyLimiter"/> per authenticated account, no queue (a request beyond the cap is refused at once, never
/// processed). Without a cap each account still gets a limiter (of <see cref="int.MaxValue"/> permits), because its count of
/// requests in flight is what the <c>Twilio-Concurrent-Requests</c> header reports.
/// </summary>
internal sealed class AccountConcurrency : IDisposable
{
    private readonly Lock _gate = new();
    private volatile Setting _setting;

    public AccountConcurrency(int? cap)
    {
        _setting = new Setting(cap, 0);
        Limiter = PartitionedRateLimiter.Create<HttpContext, PartitionKey>(Partition);
    }

    /// <summary>What the middleware's global limiter is.</summary>
    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    /// <summary>The current cap; null when there is none.</summary>
    public int? Cap => _setting.Cap;

    /// <summary>
    /// Changes the cap for requests that arrive from now on. Requests in flight finish under the cap they were admitted
    /// with (a new limiter generation per account), as when Twilio changes an account's limit.
    /// </summary>
    public void SetCap(int? cap)
    {
        lock (_gate)
        {
            _setting = new Setting(cap, _setting.Generation + 1);
        }
    }

    /// <summary>Requests of this request's account in flight now, this one included; null for unauthenticated requests.</summary>
    public int? InFlight(HttpContext http)
    {
        if (http.User.Identity is not AccountIdentity)
        {
            return null;
        }

        var statistics = Limiter.GetStatistics(http);
        return statistics is null ? null : (int)Math.Min(int.MaxValue, _setting.PermitLimit - statistics.CurrentAvailablePermits);
    }

    private RateLimitPartition<PartitionKey> Partition(HttpContext http)
    {
        var setting = _setting;
        return http.User.Identity is AccountIdentity identity
            ? new RateLimitPartition<PartitionKey>(new PartitionKey(identity.Account.Sid, setting.Generation), setting.CreateLimiter)
            : RateLimitPartition.GetNoLimiter(PartitionKey.Anonymous);
    }

    public void Dispose() => Limiter.Dispose();

    private readonly record struct PartitionKey(string AccountSid, int Generation)
    {
        public static PartitionKey Anonymous => new("", -1);
    }

    private sealed class Setting(int? cap, int generation)
    {
        public int? Cap { get; } = cap;

        public int Generation { get; } = generation;

        public long PermitLimit => Cap ?? int.MaxValue;

        public RateLimiter CreateLimiter(PartitionKey key) =>
            new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = (int)PermitLimit, QueueLimit = 0 });
    }
}
