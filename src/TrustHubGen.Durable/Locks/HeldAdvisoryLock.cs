using System;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace TrustHubGen.Durable;

/// <summary>
/// An advisory lock held by a transaction of <c>connection</c>'s session. The lock lives exactly as long as that session
/// and transaction, so a round trip on the session that answers with the same backend proves the lock is still held;
/// a failed one (server restarted, connection dropped, backend terminated, no answer in time) means it may be gone.
/// </summary>
internal sealed class HeldAdvisoryLock : IHeldCustomerLock
{
    // A check that gets no answer in this long counts as a lost lock: the lock cannot be proved held.
    private const int CheckTimeoutSeconds = 15;

    private readonly string _customer;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly int _backend;
    private readonly SemaphoreSlim _turn = new(1, 1);   // one command at a time on the connection: the holder's checks and the watch
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watch;
    private (string Why, Exception? Cause)? _gone;

    public HeldAdvisoryLock(string customer, NpgsqlConnection connection, NpgsqlTransaction transaction, TimeSpan checkEvery)
    {
        _customer = customer;
        _connection = connection;
        _transaction = transaction;
        _backend = connection.ProcessID;
        _watch = WatchAsync(checkEvery);
    }

    public CancellationToken Lost => _lost.Token;

    public async Task EnsureHeldAsync(CancellationToken cancellationToken)
    {
        if (await CheckAsync(cancellationToken).ConfigureAwait(false) is { } gone)
            throw new CustomerLockLostException(_customer, gone.Why, gone.Cause);
    }

    private async Task<(string Why, Exception? Cause)?> CheckAsync(CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_gone is null)
            {
                try
                {
                    // Not cancelled by the caller: a command cancelled mid-way could leave the session unusable.
                    await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", _connection, _transaction) { CommandTimeout = CheckTimeoutSeconds };
                    if (await command.ExecuteScalarAsync(CancellationToken.None).ConfigureAwait(false) is not int backend || backend != _backend)
                        _gone = ($"its PostgreSQL session (backend {_backend}) was replaced", null);
                }
                catch (Exception e)
                {
                    _gone = ($"the PostgreSQL session holding it (backend {_backend}) failed: {DurableServiceCollectionExtensions.Causes(e, skipOuter: false)}", e);
                }
            }
        }
        finally
        {
            _turn.Release();
        }
        if (_gone is not null && !_lost.IsCancellationRequested) await _lost.CancelAsync().ConfigureAwait(false);
        return _gone;
    }

    private async Task WatchAsync(TimeSpan every)
    {
        try
        {
            while (_gone is null)
            {
                await Task.Delay(every, _stop.Token).ConfigureAwait(false);
                await CheckAsync(_stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Released.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _watch.ConfigureAwait(false);
        await _turn.WaitAsync().ConfigureAwait(false);
        try
        {
            // Nothing was written in the transaction: ending it only releases the lock, and a session that is gone has released it already.
            if (_gone is null)
            {
                try
                {
                    await _transaction.CommitAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
                {
                    // The session failed since the last check: PostgreSQL ended the transaction, and the lock with it.
                }
            }
            _gone ??= ("the job released it", null);
            await _transaction.DisposeAsync().ConfigureAwait(false);
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _turn.Release();
        }
    }
}
