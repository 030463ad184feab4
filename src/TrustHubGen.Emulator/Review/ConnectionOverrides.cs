using System.Globalization;

namespace TrustHubGen.Emulator.Review;

/// <summary>
/// How a webhook is delivered and retried, from Twilio's "Webhooks (HTTP callbacks): Connection Overrides" page
/// (twilio.com/docs/usage/webhooks/webhooks-connection-overrides): the defaults Twilio applies, changed per URL by a
/// fragment such as <c>#ct=1000&amp;rc=3&amp;rp=5xx,ct</c>. The fragment never travels in the request, and the
/// signature covers the URL without it.
/// </summary>
/// <param name="ConnectTimeout"><c>ct</c>: time to establish the TCP connection (100–10,000 ms, default 5,000).</param>
/// <param name="ReadTimeout"><c>rt</c>: time to the first response bytes after sending (100–15,000 ms, default 15,000).</param>
/// <param name="TotalTime"><c>tt</c>: time for all attempts together (100–15,000 ms, default 15,000).</param>
/// <param name="RetryCount"><c>rc</c>: retries after the first attempt (0–5, default 1).</param>
/// <param name="RetryOn"><c>rp</c>: which failures are retried: <c>ct</c> (connection failed), <c>rt</c> (no response
/// in time), <c>4xx</c>, <c>5xx</c>, or <c>all</c>; default <c>ct</c>.</param>
internal sealed record ConnectionOverrides(TimeSpan ConnectTimeout, TimeSpan ReadTimeout, TimeSpan TotalTime, int RetryCount, IReadOnlySet<string> RetryOn)
{
    public static ConnectionOverrides Default { get; } = new(
        TimeSpan.FromMilliseconds(5000), TimeSpan.FromMilliseconds(15000), TimeSpan.FromMilliseconds(15000), 1, new HashSet<string>(StringComparer.Ordinal) { Failure.Connect });

    /// <summary>The failure kinds <c>rp</c> names.</summary>
    public static class Failure
    {
        public const string Connect = "ct";
        public const string Read = "rt";
        public const string ClientError = "4xx";
        public const string ServerError = "5xx";
    }

    /// <summary>
    /// The overrides in <paramref name="url"/>'s fragment, and the problems found (an unknown key, a value out of
    /// range): a bad pair keeps its default, as the callback is still worth delivering.
    /// </summary>
    public static ConnectionOverrides Parse(Uri url, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        problems = found;
        var fragment = url.Fragment.TrimStart('#');
        if (fragment.Length == 0)
        {
            return Default;
        }

        var result = Default;
        foreach (var pair in fragment.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.IndexOf('=', StringComparison.Ordinal) is var at and >= 0 ? (pair[..at], Uri.UnescapeDataString(pair[(at + 1)..])) : (pair, "");
            switch (key)
            {
                case "ct":
                    result = Milliseconds(value, 100, 10_000) is { } ct ? result with { ConnectTimeout = ct } : Bad(key, value, "100 to 10000 (ms)");
                    break;
                case "rt":
                    result = Milliseconds(value, 100, 15_000) is { } rt ? result with { ReadTimeout = rt } : Bad(key, value, "100 to 15000 (ms)");
                    break;
                case "tt":
                    result = Milliseconds(value, 100, 15_000) is { } tt ? result with { TotalTime = tt } : Bad(key, value, "100 to 15000 (ms)");
                    break;
                case "rc":
                    result = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var rc) && rc is >= 0 and <= 5 ? result with { RetryCount = rc } : Bad(key, value, "0 to 5");
                    break;
                case "rp":
                    result = RetryPolicy(value) is { } rp ? result with { RetryOn = rp } : Bad(key, value, "a comma-separated list of 4xx, 5xx, ct, rt or all");
                    break;
                default:
                    // Edge (e) and SNI (sni) choose Twilio's egress, which means nothing on loopback.
                    if (key is not ("e" or "sni"))
                    {
                        found.Add($"unknown connection override \"{key}\"");
                    }

                    break;
            }
        }

        return result;

        ConnectionOverrides Bad(string key, string value, string expected)
        {
            found.Add($"connection override {key}=\"{value}\" is not {expected}; the default applies");
            return result;
        }
    }

    private static TimeSpan? Milliseconds(string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms >= min && ms <= max ? TimeSpan.FromMilliseconds(ms) : null;

    private static HashSet<string>? RetryPolicy(string value)
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (kind)
            {
                case "all":
                    kinds.UnionWith([Failure.Connect, Failure.Read, Failure.ClientError, Failure.ServerError]);
                    break;
                case Failure.Connect or Failure.Read or Failure.ClientError or Failure.ServerError:
                    kinds.Add(kind);
                    break;
                default:
                    return null;
            }
        }

        return kinds.Count == 0 ? null : kinds;
    }
}
