using System;
using System.Globalization;
using TrustHubGen.Policies;
using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Generator.Snapshots;

/// <summary>
/// The stale-snapshot warning (TH0214). The clock never enters the generator: today's date arrives as the
/// <c>TrustHubGenSnapshotToday</c> property (the package's props set it to the UTC date when MSBuild evaluates the
/// project), so the same inputs always give the same diagnostics, and the step reruns at most once a day.
/// </summary>
internal static class SnapshotStaleness
{
    public static EquatableArray<InputDiagnostic> Check(SnapshotFileResult file, SnapshotSettings settings)
    {
        if (file.Snapshot is null || settings.MaxAgeDays == 0 || !SnapshotSettingsReader.TryParseDay(settings.Today, out var today)
            || !AccountSnapshotReader.TryParseTimestamp(file.Snapshot.CapturedAt, out var capturedAt))
        {
            return EquatableArray<InputDiagnostic>.Empty;
        }

        var capturedDay = capturedAt.UtcDateTime.Date;
        var age = (int)(today - capturedDay).TotalDays;
        if (age <= settings.MaxAgeDays) return EquatableArray<InputDiagnostic>.Empty;

        return EquatableArray.Create(InputDiagnostic.Create(InputDiagnosticIds.SnapshotStale, file.Path, file.CapturedAtLine, file.CapturedAtColumn,
            capturedDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), age.ToString(CultureInfo.InvariantCulture), settings.MaxAgeDays.ToString(CultureInfo.InvariantCulture)));
    }
}
