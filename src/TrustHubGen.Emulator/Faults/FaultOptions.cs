namespace TrustHubGen.Emulator.Faults;

/// <summary>
/// Fault injection for resilience tests: per-route 429s, 503s, dropped connections and added latency. (Twilio's
/// per-account concurrency cap and its latency are service limits: <see cref="Hosting.EmulatorOptions.MaxConcurrentRequestsPerAccount"/>
/// and <see cref="Hosting.EmulatorOptions.Latency"/>.)
/// </summary>
public sealed class FaultOptions
{
    /// <summary>Rules tried in order; every rule whose method and path match a request applies to it.</summary>
    public IList<RouteFault> Routes { get; } = new List<RouteFault>();

    /// <summary>Seed of the random draws behind the rates, so a fault run can be repeated exactly.</summary>
    public int RandomSeed { get; set; } = 1;

    /// <summary>Reads a faults file (the format of <c>--faults FILE</c>, docs/emulator.md "Faults").</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">What error messages call the text, such as its path.</param>
    /// <exception cref="ArgumentException">The text is not a faults file; the message names the property and position.</exception>
    public static FaultOptions Parse(string json, string source = "faults") => FaultsFile.Parse(json, source);
}

/// <summary>Faults for the requests matching <see cref="Method"/> and <see cref="Path"/>.</summary>
public sealed class RouteFault
{
    /// <summary>HTTP method to match, or <c>*</c> for any.</summary>
    public string Method { get; set; } = "*";

    /// <summary>
    /// Path pattern: literal segments, <c>*</c> for exactly one segment, a final <c>**</c> for any rest.
    /// Example: <c>/v1/TrustProducts/*/ChannelEndpointAssignments</c>.
    /// </summary>
    public string Path { get; set; } = "/**";

    /// <summary>Share of matching requests (0–1) answered 429 with code 20429 and a <c>Retry-After</c> header.</summary>
    public double TooManyRequestsRate { get; set; }

    /// <summary>The <c>Retry-After</c> value sent with injected 429s, in seconds.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Share of matching requests (0–1) answered 503 with code 20503.</summary>
    public double ServiceUnavailableRate { get; set; }

    /// <summary>Share of matching requests (0–1) whose connection is dropped without any response.</summary>
    public double DropConnectionRate { get; set; }

    /// <summary>Delay added before matching requests are handled (on top of <see cref="Hosting.EmulatorOptions.Latency"/>).</summary>
    public TimeSpan Latency { get; set; }

    internal RouteFault Clone() => (RouteFault)MemberwiseClone();
}
