namespace TrustHubGen.Generator.Snapshots;

/// <summary>Names of the snapshot pipeline's steps; the incremental tests assert on them.</summary>
internal static class SnapshotTrackingNames
{
    /// <summary>One snapshot file read by <c>AccountSnapshotReader</c>.</summary>
    public const string SnapshotFiles = nameof(SnapshotFiles);

    /// <summary>The snapshot settings (maximum age, today's date) from MSBuild properties.</summary>
    public const string SnapshotSettings = nameof(SnapshotSettings);

    /// <summary>All snapshot files collected: the one used, and an error for any other.</summary>
    public const string SnapshotSet = nameof(SnapshotSet);

    /// <summary>The handle names and types derived from the snapshot used.</summary>
    public const string SnapshotHandles = nameof(SnapshotHandles);

    /// <summary>The notice (TH0219) for a kind with more items than the handle limit.</summary>
    public const string SnapshotHandleLimit = nameof(SnapshotHandleLimit);

    /// <summary>The staleness check of each snapshot file against today's date.</summary>
    public const string SnapshotStaleness = nameof(SnapshotStaleness);
}
