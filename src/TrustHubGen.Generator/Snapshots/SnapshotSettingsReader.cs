using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;
using TrustHubGen.Policies;
using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Generator.Snapshots;

/// <summary>
/// Reads <c>TrustHubGenSnapshotMaxAgeDays</c>, <c>TrustHubGenSnapshotToday</c> and <c>TrustHubGenSnapshotHandleLimit</c>
/// (set by the package's props).
/// </summary>
internal static class SnapshotSettingsReader
{
    public const int DefaultMaxAgeDays = 30;
    private const int LargestMaxAgeDays = 36500;

    /// <summary>
    /// The most profiles, numbers or trust products that get one generated member each. The compiler pays about
    /// 0.1 to 0.3 ms per member, and each number is named again under every profile and product that lists it, so
    /// 1,000 keeps the handles of a snapshot at the limit to about a second of compile time (docs/benchmarks.md).
    /// </summary>
    public const int DefaultHandleLimit = 1000;
    private const int LargestHandleLimit = 1000000;

    public static SnapshotSettings Read(AnalyzerConfigOptionsProvider provider)
    {
        var maxAgeText = Get(provider.GlobalOptions, "build_property.TrustHubGenSnapshotMaxAgeDays");
        var today = Get(provider.GlobalOptions, "build_property.TrustHubGenSnapshotToday");
        var handleLimitText = Get(provider.GlobalOptions, "build_property.TrustHubGenSnapshotHandleLimit");
        var diagnostics = new System.Collections.Generic.List<InputDiagnostic>();
        var maxAge = WholeNumber("TrustHubGenSnapshotMaxAgeDays", maxAgeText, DefaultMaxAgeDays, LargestMaxAgeDays, diagnostics,
            $"a whole number of days from 0 (no staleness check) to {LargestMaxAgeDays}");
        var handleLimit = WholeNumber("TrustHubGenSnapshotHandleLimit", handleLimitText, DefaultHandleLimit, LargestHandleLimit, diagnostics,
            $"a whole number from 0 (no per-item handles) to {LargestHandleLimit}");

        if (today.Length > 0 && !TryParseDay(today, out _))
        {
            diagnostics.Add(InputDiagnostic.Create(InputDiagnosticIds.SnapshotInvalidSetting, string.Empty, 0, 0, "TrustHubGenSnapshotToday", today,
                "a date in the form yyyy-MM-dd", "the snapshot's age is not checked."));
            today = string.Empty;
        }

        return new SnapshotSettings(maxAge, today, handleLimit, new EquatableArray<InputDiagnostic>(diagnostics));
    }

    /// <summary>The property's value, or <paramref name="fallback"/> with a TH0216 warning when it is not a whole number up to <paramref name="largest"/>.</summary>
    private static int WholeNumber(string property, string text, int fallback, int largest, System.Collections.Generic.List<InputDiagnostic> diagnostics, string expected)
    {
        if (text.Length == 0) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= largest) return value;
        diagnostics.Add(InputDiagnostic.Create(InputDiagnosticIds.SnapshotInvalidSetting, string.Empty, 0, 0, property, text, expected,
            $"the default, {fallback.ToString(CultureInfo.InvariantCulture)}, is used."));
        return fallback;
    }

    public static bool TryParseDay(string text, out DateTime day) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static string Get(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && value is not null ? value.Trim() : string.Empty;
}
