using System;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace TrustHubGen.Durable;

/// <summary>
/// The customer lock as a PostgreSQL transaction-level advisory lock (<c>pg_try_advisory_xact_lock</c>) held by an open
/// transaction for the job's duration. PostgreSQL ends it with the session: a worker killed with SIGKILL frees its
/// customers at once, where a lock row (Hangfire.PostgreSql's distributed locks) would stay until its timeout. The
/// other side of that: a server restart or a dropped connection frees it under a live job, which
/// <see cref="HeldAdvisoryLock"/> finds out before the job's next write.
/// </summary>
internal sealed class PostgreSqlAdvisoryCustomerLock(string connectionString, TimeSpan? checkEvery = null) : ICustomerLock
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    /// <summary>How often a held lock's session is checked between the holder's own checks (<see cref="IHeldCustomerLock.Lost"/>).</summary>
    internal static readonly TimeSpan DefaultCheckEvery = TimeSpan.FromSeconds(5);

    public async Task<IHeldCustomerLock> AcquireAsync(string customerAccountSid, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var deadline = DateTimeOffset.UtcNow + timeout;
            while (true)
            {
                await using (var command = new NpgsqlCommand("SELECT pg_try_advisory_xact_lock(hashtextextended(@key, 0))", connection, transaction))
                {
                    command.Parameters.AddWithValue("key", "trusthub:isv:" + customerAccountSid);
                    if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
                        return new HeldAdvisoryLock(customerAccountSid, connection, transaction, checkEvery ?? DefaultCheckEvery);
                }
                if (DateTimeOffset.UtcNow + Poll > deadline)
                    throw new TimeoutException($"Customer {customerAccountSid} stayed locked by another job for {timeout}; the job will be retried.");
                await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
