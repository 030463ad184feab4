using System.Globalization;

namespace TrustHubGen.Emulator.Wire;

/// <summary>Trust Hub v1 writes ISO 8601 UTC dates; API 2010 writes RFC 2822 ones.</summary>
internal static class WireDates
{
    // Dates have whole seconds and come in runs (a seed, a burst of creates), so one remembered value per thread
    // saves most of the formatting on list pages.
    [ThreadStatic]
    private static (long Ticks, string Value) _lastIso;

    [ThreadStatic]
    private static (long Ticks, string Value) _lastRfc;

    public static string Iso(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        if (_lastIso.Value is not null && _lastIso.Ticks == ticks)
        {
            return _lastIso.Value;
        }

        var text = value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        _lastIso = (ticks, text);
        return text;
    }

    public static string Rfc2822(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        if (_lastRfc.Value is not null && _lastRfc.Ticks == ticks)
        {
            return _lastRfc.Value;
        }

        var text = value.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
        _lastRfc = (ticks, text);
        return text;
    }

    public static DateTimeOffset ParseIso(string value) =>
        DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
