using System;

namespace TrustHubGen.Durable;

/// <summary>
/// A job's customer lock ended while the job ran (PostgreSQL restarted, the lock's connection dropped): another job may
/// hold it now, so the job stopped before its next write. Hangfire retries it: the retry takes the lock again and finds
/// the work done so far in the service's state.
/// </summary>
public sealed class CustomerLockLostException : Exception
{
    /// <summary>The lock of <paramref name="customerAccountSid"/> is gone because of <paramref name="why"/>.</summary>
    public CustomerLockLostException(string customerAccountSid, string why, Exception? innerException = null)
        : base($"Customer {customerAccountSid}: the job's lock on it ended while the job ran ({why}), so another job may hold it; " +
            "the job stopped before its next write to Twilio and will be retried.", innerException)
    {
        CustomerAccountSid = customerAccountSid;
    }

    /// <summary>The customer whose lock was lost.</summary>
    public string CustomerAccountSid { get; }
}
