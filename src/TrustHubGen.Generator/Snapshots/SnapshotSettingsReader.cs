using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;
using TrustHubGen.Generator.Diagnostics;
using TrustHubGen.Policies;
using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Generator.Snapshots;

/// <summary>Reads <c>TrustHubGenSnapshotMaxAgeDays</c> and <c>TrustHubGenSnapshotToday</c> (set by the package's props).</summary>
internal static class SnapshotSettingsReader
{
    public const int DefaultMaxAgeDays = 30;
    private const int LargestMaxAgeDays = 36500;

    public static SnapshotSettings Read(AnalyzerConfigOptionsProvider provider)
    {
        var maxAgeText = Get(provider.GlobalOptions, "build_property.TrustHubGenSnapshotMaxAgeDays");
        var today = Get(provider.GlobalOptions, "build_property.TrustHubGenSnapshotToday");
        var maxAge = DefaultMaxAgeDays;
        var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>();
        if (maxAgeText.Length > 0
            && !(int.TryParse(maxAgeText, NumberStyles.None, CultureInfo.InvariantCulture, out maxAge) && maxAge <= LargestMaxAgeDays))
        {
            maxAge = DefaultMaxAgeDays;
            diagnostics.Add(new DiagnosticInfo(SnapshotDiagnosticIds.InvalidSetting,
                $"TrustHubGenSnapshotMaxAgeDays '{maxAgeText}' is not a whole number of days from 0 (no staleness check) to {LargestMaxAgeDays}; the default, {DefaultMaxAgeDays}, is used.",
                string.Empty, 0, 0, IsError: false));
        }

        if (today.Length > 0 && !TryParseDay(today, out _))
        {
            diagnostics.Add(new DiagnosticInfo(SnapshotDiagnosticIds.InvalidSetting,
                $"TrustHubGenSnapshotToday '{today}' is not a date in the form yyyy-MM-dd; the snapshot's age is not checked.",
                string.Empty, 0, 0, IsError: false));
            today = string.Empty;
        }

        return new SnapshotSettings(maxAge, today, new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    public static bool TryParseDay(string text, out DateTime day) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static string Get(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && value is not null ? value.Trim() : string.Empty;
}
