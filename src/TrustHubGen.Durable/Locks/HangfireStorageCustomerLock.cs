using System;
using System.Threading;
using System.Threading.Tasks;
using Hangfire;
using Hangfire.Storage;

namespace TrustHubGen.Durable;

/// <summary>
/// The customer lock as a Hangfire distributed lock of the job storage: right for the in-memory storage (one process,
/// so a crash takes the lock with it) and for storages whose locks end with their holder.
/// </summary>
internal sealed class HangfireStorageCustomerLock(JobStorage storage) : ICustomerLock
{
    public Task<IAsyncDisposable> AcquireAsync(string customerAccountSid, TimeSpan timeout, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = storage.GetConnection();
        try
        {
            var handle = connection.AcquireDistributedLock("trusthub:isv:lock:" + customerAccountSid, timeout);
            return Task.FromResult<IAsyncDisposable>(new Held(connection, handle));
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

    private sealed class Held(IStorageConnection connection, IDisposable handle) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            handle.Dispose();
            connection.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
