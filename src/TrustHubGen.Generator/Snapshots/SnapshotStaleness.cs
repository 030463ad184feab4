using System;
using System.Globalization;
using TrustHubGen.Generator.Diagnostics;
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
    public static EquatableArray<DiagnosticInfo> Check(SnapshotFileResult file, SnapshotSettings settings)
    {
        if (file.Snapshot is null || settings.MaxAgeDays == 0 || !SnapshotSettingsReader.TryParseDay(settings.Today, out var today)
            || !AccountSnapshotReader.TryParseTimestamp(file.Snapshot.CapturedAt, out var capturedAt))
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var capturedDay = capturedAt.UtcDateTime.Date;
        var age = (int)(today - capturedDay).TotalDays;
        if (age <= settings.MaxAgeDays) return EquatableArray<DiagnosticInfo>.Empty;

        var message = string.Format(CultureInfo.InvariantCulture,
            "The account snapshot was captured on {0:yyyy-MM-dd}, {1} days ago, more than TrustHubGenSnapshotMaxAgeDays ({2}); the account may have changed since. "
            + "Run `trusthub sync` to capture it again, or raise TrustHubGenSnapshotMaxAgeDays.",
            capturedDay, age, settings.MaxAgeDays);
        return EquatableArray.Create(new DiagnosticInfo(SnapshotDiagnosticIds.StaleSnapshot, message, file.Path, file.CapturedAtLine, file.CapturedAtColumn, IsError: false));
    }
}
