using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace TrustHubGen.Durable;

/// <summary>
/// Records each customer's <see cref="IsvCustomerStatus"/> in Hangfire's own storage (a hash per customer and a set of
/// unfinished customers), so every instance sharing the storage sees the same records and nothing else needs a database.
/// </summary>
public sealed class IsvOnboardingStore
{
    private const string OpenSet = "trusthub:isv:open";
    private const string FinishedSet = "trusthub:isv:finished";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private readonly JobStorage _storage;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _jobPresumedLostAfter;

    /// <summary>A store in <paramref name="storage"/>.</summary>
    /// <param name="storage">Hangfire's job storage, which keeps the records.</param>
    /// <param name="clock">The clock that dates the records.</param>
    /// <param name="jobPresumedLostAfter">How long a customer's job may stay enqueued or running before it no longer counts as
    /// pending (<see cref="PendingJob"/>); default <see cref="TrustHubIsvOnboardingOptions.CallbackOverdueAfter"/>'s.</param>
    public IsvOnboardingStore(JobStorage storage, TimeProvider? clock = null, TimeSpan? jobPresumedLostAfter = null)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _clock = clock ?? TimeProvider.System;
        _jobPresumedLostAfter = jobPresumedLostAfter ?? new TrustHubIsvOnboardingOptions().CallbackOverdueAfter;
    }

    private static string Key(string accountSid) => "trusthub:isv:" + accountSid;

    /// <summary>
    /// Marks the customer as under way; its next job records where it really stands. A customer started again keeps
    /// what was last read of it (profile, products, codes) until then; only its problems are cleared.
    /// </summary>
    internal void MarkStarted(string accountSid)
    {
        using var connection = _storage.GetConnection();
        var started = (Read(connection, accountSid) ?? new IsvCustomerStatus { AccountSid = accountSid, Stage = IsvOnboardingStage.Started })
            with { Stage = IsvOnboardingStage.Started, Problems = Array.Empty<string>(), LastError = null, UpdatedAt = _clock.GetUtcNow() };
        using var transaction = connection.CreateWriteTransaction();
        transaction.AddToSet(OpenSet, accountSid);
        transaction.RemoveFromSet(FinishedSet, accountSid);
        transaction.SetRangeInHash(Key(accountSid), Fields(started));
        transaction.Commit();
    }

    /// <summary>Records what a job read from the service; returns the record it replaced.</summary>
    internal IsvCustomerStatus? Record(IsvCustomerStatus status)
    {
        using var connection = _storage.GetConnection();
        var previous = Read(connection, status.AccountSid);
        using var transaction = connection.CreateWriteTransaction();
        transaction.SetRangeInHash(Key(status.AccountSid), Fields(status));
        if (status.IsFinished)
        {
            transaction.RemoveFromSet(OpenSet, status.AccountSid);
            transaction.AddToSet(FinishedSet, status.AccountSid);
        }
        else
        {
            transaction.AddToSet(OpenSet, status.AccountSid);
            transaction.RemoveFromSet(FinishedSet, status.AccountSid);
        }
        transaction.Commit();
        return previous;
    }

    /// <summary>The customer's last record, or null when it was never started.</summary>
    public IsvCustomerStatus? Get(string accountSid)
    {
        using var connection = _storage.GetConnection();
        return Read(connection, accountSid);
    }

    /// <summary>Remembers the customer's latest job, so that no other is added while it is pending (<see cref="PendingJob"/>).</summary>
    internal void RememberJob(string accountSid, string jobId)
    {
        using var connection = _storage.GetConnection();
        using var transaction = connection.CreateWriteTransaction();
        transaction.SetRangeInHash(Key(accountSid), [new KeyValuePair<string, string>(JobField, jobId)]);
        transaction.Commit();
    }

    /// <summary>
    /// The customer's latest job while it is pending (enqueued, processing, or waiting for a retry), with that state;
    /// null once it ended (succeeded, failed for good, deleted, expired), when none was remembered, or when it has been
    /// enqueued or running for longer than the store's <c>jobPresumedLostAfter</c>: such a job was lost (the storage failed
    /// while its state changed, as in a PostgreSQL outage, and no server will run it), and the customer needs another.
    /// </summary>
    internal (string Id, string State)? PendingJob(string accountSid)
    {
        using var connection = _storage.GetConnection();
        if (connection.GetAllEntriesFromHash(Key(accountSid)) is not { } fields || !fields.TryGetValue(JobField, out var id)) return null;
        if (connection.GetStateData(id) is not { Name: { } state } data || !PendingStates.Contains(state)) return null;
        var since = data.Data is { } values && (values.TryGetValue("EnqueuedAt", out var at) || values.TryGetValue("StartedAt", out at))
            ? JobHelper.DeserializeNullableDateTime(at)
            : null;
        if (since is { } time && _clock.GetUtcNow() - new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)) > _jobPresumedLostAfter) return null;
        return (id, state);
    }

    private const string JobField = "job";
    private static readonly HashSet<string> PendingStates =
        new(StringComparer.OrdinalIgnoreCase) { EnqueuedState.StateName, ScheduledState.StateName, ProcessingState.StateName, AwaitingState.StateName };

    /// <summary>The customers still under way.</summary>
    public IReadOnlyList<string> ListOpen()
    {
        using var connection = _storage.GetConnection();
        return connection.GetAllItemsFromSet(OpenSet).OrderBy(s => s, StringComparer.Ordinal).ToList();
    }

    /// <summary>The customers that are finished (completed, rejected or needing attention).</summary>
    public IReadOnlyList<string> ListFinished()
    {
        using var connection = _storage.GetConnection();
        return connection.GetAllItemsFromSet(FinishedSet).OrderBy(s => s, StringComparer.Ordinal).ToList();
    }

    private static IsvCustomerStatus? Read(IStorageConnection connection, string accountSid)
    {
        var fields = connection.GetAllEntriesFromHash(Key(accountSid));
        return fields is not null && fields.TryGetValue("status", out var json) ? JsonSerializer.Deserialize<IsvCustomerStatus>(json, Json) : null;
    }

    private static IEnumerable<KeyValuePair<string, string>> Fields(IsvCustomerStatus status) =>
    [
        new("status", JsonSerializer.Serialize(status, Json)),
        new("stage", status.Stage.ToString()),
        new("updated_at", status.UpdatedAt.ToString("O", CultureInfo.InvariantCulture)),
    ];
}
