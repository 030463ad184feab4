namespace TrustHubGen.Emulator.Limits;

/// <summary>Draws each request's latency from <see cref="LatencyOptions"/> with one seeded random source.</summary>
internal sealed class LatencyModel
{
    private readonly LatencyOptions _options;
    private readonly Random _random;
    private readonly Lock _gate = new();

    public LatencyModel(LatencyOptions options)
    {
        _options = options.Clone();
        _random = new Random(_options.RandomSeed);
    }

    /// <summary>True when every draw is zero, so the hot path can skip the draw.</summary>
    public bool IsZero => _options.Mean <= TimeSpan.Zero && _options.Jitter <= TimeSpan.Zero;

    public TimeSpan Next()
    {
        if (IsZero)
        {
            return TimeSpan.Zero;
        }

        var mean = _options.Mean.TotalMilliseconds;
        var jitter = _options.Jitter.TotalMilliseconds;
        double u1, u2;
        lock (_gate)
        {
            u1 = _random.NextDouble();
            u2 = _random.NextDouble();
        }

        var milliseconds = jitter <= 0 ? mean : _options.Distribution switch
        {
            LatencyDistribution.Normal => Math.Min(mean + (jitter * StandardNormal(u1, u2)), mean + (4 * jitter)),
            LatencyDistribution.LogNormal => LogNormal(mean, jitter, StandardNormal(u1, u2)),
            _ => mean - jitter + (2 * jitter * u1),
        };
        return TimeSpan.FromMilliseconds(Math.Max(0, milliseconds));
    }

    // Box-Muller: one standard normal draw from two uniform ones (1 - u keeps the logarithm finite).
    private static double StandardNormal(double u1, double u2) => Math.Sqrt(-2 * Math.Log(1 - u1)) * Math.Cos(2 * Math.PI * u2);

    // The log-normal whose own mean and standard deviation are the ones asked for.
    private static double LogNormal(double mean, double deviation, double z)
    {
        if (mean <= 0)
        {
            return 0;
        }

        var sigma2 = Math.Log(1 + (deviation * deviation / (mean * mean)));
        var mu = Math.Log(mean) - (sigma2 / 2);
        return Math.Exp(mu + (Math.Sqrt(sigma2) * z));
    }
}
