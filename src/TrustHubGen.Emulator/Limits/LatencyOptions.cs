namespace TrustHubGen.Emulator.Limits;

/// <summary>How the latency of each request is drawn.</summary>
public enum LatencyDistribution
{
    /// <summary>Uniform between <see cref="LatencyOptions.Mean"/> − <see cref="LatencyOptions.Jitter"/> and mean + jitter.</summary>
    Uniform,

    /// <summary>Normal with standard deviation <see cref="LatencyOptions.Jitter"/>, cut at zero and at mean + 4 × jitter.</summary>
    Normal,

    /// <summary>
    /// Log-normal with the given mean and standard deviation <see cref="LatencyOptions.Jitter"/>: most requests a little under
    /// the mean and a long tail of slow ones, the shape of real round trips.
    /// </summary>
    LogNormal,
}

/// <summary>
/// The time the emulated service takes to answer each request, standing in for the round trip to Twilio. A request waits
/// for it while holding its account's concurrency slot (so a run at the cap is bound by calls × latency ÷ cap, as against the
/// real service); requests refused by the cap wait for it too before their 429. Waiting uses timers, never the CPU.
/// </summary>
public sealed class LatencyOptions
{
    /// <summary>The mean time per request; zero (the default) answers at once.</summary>
    public TimeSpan Mean { get; set; }

    /// <summary>The spread around <see cref="Mean"/>: the half-width of the uniform range, or the standard deviation.</summary>
    public TimeSpan Jitter { get; set; }

    /// <summary>The shape of the spread; uniform by default.</summary>
    public LatencyDistribution Distribution { get; set; } = LatencyDistribution.Uniform;

    /// <summary>Seed of the draws, so a run can be repeated exactly.</summary>
    public int RandomSeed { get; set; } = 1;

    /// <summary>A copy, so a running emulator never sees later changes to an options object.</summary>
    internal LatencyOptions Clone() => new() { Mean = Mean, Jitter = Jitter, Distribution = Distribution, RandomSeed = RandomSeed };
}
