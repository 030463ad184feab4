using System;
using System.Threading;
using System.Threading.Tasks;
using Hangfire;
using Hangfire.Storage;

namespace TrustHubGen.Durable;

/// <summary>
/// The customer lock as a Hangfire distributed lock of the job storage: right for the in-memory storage, whose lock
/// lives in this process as long as its holder does (a crash takes both), so it is never lost while held.
/// </summary>
internal sealed class HangfireStorageCustomerLock(JobStorage storage) : ICustomerLock
{
    public Task<IHeldCustomerLock> AcquireAsync(string customerAccountSid, TimeSpan timeout, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = storage.GetConnection();
        try
        {
            var handle = connection.AcquireDistributedLock("trusthub:isv:lock:" + customerAccountSid, timeout);
            return Task.FromResult<IHeldCustomerLock>(new Held(customerAccountSid, connection, handle));
        }
        catch (DistributedLockTimeoutException e)
        {
            connection.Dispose();
            throw new TimeoutException($"Customer {customerAccountSid} stayed locked by another job for {timeout}; the job will be retried.", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private sealed class Held(string customer, IStorageConnection connection, IDisposable handle) : IHeldCustomerLock
    {
        private int _released;

        // Lost only by being released: the in-process lock cannot end under a live holder.
        public CancellationToken Lost => CancellationToken.None;

        public Task EnsureHeldAsync(CancellationToken cancellationToken) => Volatile.Read(ref _released) == 0
            ? Task.CompletedTask
            : Task.FromException(new CustomerLockLostException(customer, "the job released it"));

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 1) return ValueTask.CompletedTask;
            handle.Dispose();
            connection.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
