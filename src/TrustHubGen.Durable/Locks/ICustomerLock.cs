using System;
using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Durable;

/// <summary>
/// One job at a time per customer, across every instance: the engine finds its earlier work from the service's state,
/// which is safe run after run but not for two runs at once (both would create the missing product).
/// </summary>
public interface ICustomerLock
{
    /// <summary>Holds the customer's lock until the result is disposed; the holder asks it before each write whether it still holds it.</summary>
    /// <exception cref="TimeoutException">Another job held it for all of <paramref name="timeout"/> (the job is retried).</exception>
    Task<IHeldCustomerLock> AcquireAsync(string customerAccountSid, TimeSpan timeout, CancellationToken cancellationToken);
}

/// <summary>
/// A customer's lock while held. A lock can end under its holder (PostgreSQL restarted, the connection holding it
/// dropped): another job may then take it, so the holder must stop before its next write. Released when disposed.
/// </summary>
public interface IHeldCustomerLock : IAsyncDisposable
{
    /// <summary>Cancelled once the lock is known to be gone (a periodic check found it so), to cut short what the holder waits for.</summary>
    CancellationToken Lost { get; }

    /// <summary>Proves the lock is still held now (for PostgreSQL, a round trip on the session holding it); call it before each write.</summary>
    /// <exception cref="CustomerLockLostException">The lock is gone (or released): the holder must not write.</exception>
    Task EnsureHeldAsync(CancellationToken cancellationToken);
}
