namespace TrustHubGen.Emulator.Faults;

/// <summary>What the injector decided for one request.</summary>
internal enum FaultOutcome
{
    None,
    TooManyRequests,
    ServiceUnavailable,
    DropConnection,
}

/// <summary>
/// Applies <see cref="FaultOptions"/>: decides per request, with one seeded random source. Paths match as endpoint routing
/// matches them, without regard to case.
/// </summary>
internal sealed class FaultInjector
{
    private readonly (RouteFault Fault, string[] Segments)[] _rules;
    private readonly Random _random;
    private readonly object _randomGate = new();

    public FaultInjector(FaultOptions options)
    {
        foreach (var rule in options.Routes)
        {
            Validate(rule);
        }

        // Copies: a running emulator never sees later changes to the options object.
        _rules = options.Routes.Select(r => (r.Clone(), r.Path.Trim('/').Split('/'))).ToArray();
        _random = new Random(options.RandomSeed);
    }

    public bool HasRules => _rules.Length > 0;

    public (TimeSpan Latency, FaultOutcome Outcome, int RetryAfterSeconds) Decide(string method, string path)
    {
        var latency = TimeSpan.Zero;
        var outcome = FaultOutcome.None;
        var retryAfter = 1;
        var segments = path.Trim('/').Split('/');
        foreach (var (fault, pattern) in _rules)
        {
            if ((fault.Method != "*" && !string.Equals(fault.Method, method, StringComparison.OrdinalIgnoreCase)) || !Matches(pattern, segments))
            {
                continue;
            }

            latency += fault.Latency;
            if (outcome != FaultOutcome.None)
            {
                continue;
            }

            if (Draw(fault.DropConnectionRate))
            {
                outcome = FaultOutcome.DropConnection;
            }
            else if (Draw(fault.TooManyRequestsRate))
            {
                outcome = FaultOutcome.TooManyRequests;
                retryAfter = fault.RetryAfterSeconds;
            }
            else if (Draw(fault.ServiceUnavailableRate))
            {
                outcome = FaultOutcome.ServiceUnavailable;
            }
        }

        return (latency, outcome, retryAfter);
    }

    private bool Draw(double rate)
    {
        if (rate <= 0)
        {
            return false;
        }

        if (rate >= 1)
        {
            return true;
        }

        lock (_randomGate)
        {
            return _random.NextDouble() < rate;
        }
    }

    private static bool Matches(string[] pattern, string[] segments)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == "**")
            {
                return true;
            }

            if (i >= segments.Length || (pattern[i] != "*" && !string.Equals(pattern[i], segments[i], StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return pattern.Length == segments.Length;
    }

    private static void Validate(RouteFault rule)
    {
        foreach (var (name, rate) in new[] { ("TooManyRequestsRate", rule.TooManyRequestsRate), ("ServiceUnavailableRate", rule.ServiceUnavailableRate), ("DropConnectionRate", rule.DropConnectionRate) })
        {
            if (rate is < 0 or > 1 || double.IsNaN(rate))
            {
                throw new ArgumentException($"Fault rule for {rule.Method} {rule.Path}: {name} must be between 0 and 1, not {rate}.");
            }
        }

        if (rule.Latency < TimeSpan.Zero)
        {
            throw new ArgumentException($"Fault rule for {rule.Method} {rule.Path}: Latency must not be negative.");
        }

        if (rule.RetryAfterSeconds < 0)
        {
            throw new ArgumentException($"Fault rule for {rule.Method} {rule.Path}: RetryAfterSeconds must not be negative.");
        }

        if (!rule.Path.StartsWith('/'))
        {
            throw new ArgumentException($"Fault rule path \"{rule.Path}\" must start with '/'.");
        }
    }
}
