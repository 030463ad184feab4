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
    /// <summary>Holds the customer's lock until the result is disposed.</summary>
    /// <exception cref="TimeoutException">Another job held it for all of <paramref name="timeout"/> (the job is retried).</exception>
    Task<IAsyncDisposable> AcquireAsync(string customerAccountSid, TimeSpan timeout, CancellationToken cancellationToken);
}
