using Microsoft.Extensions.Logging;
using TrustHubGen.Emulator.Auth;
using TrustHubGen.Emulator.Faults;
using TrustHubGen.Emulator.Limits;
using TrustHubGen.Emulator.Review;
using TrustHubGen.Emulator.State;

namespace TrustHubGen.Emulator.Hosting;

/// <summary>
/// Everything a request needs, shared by the middleware and the endpoints (one per emulator, a DI singleton). Faults and
/// latency can be swapped while the emulator runs (<see cref="EmulatorHost.SetFaults"/>, <see cref="EmulatorHost.SetLatency"/>).
/// </summary>
internal sealed class EmulatorRuntime(EmulatorState state, ReviewSimulator review, EmulatorApiKey? apiKey, AccountConcurrency concurrency, FaultInjector faults, LatencyModel latency, ILogger requestLog)
{
    private volatile FaultInjector _faults = faults;
    private volatile LatencyModel _latency = latency;

    public EmulatorState State { get; } = state;

    public ReviewSimulator Review { get; } = review;

    public EmulatorApiKey? ApiKey { get; } = apiKey;

    public AccountConcurrency Concurrency { get; } = concurrency;

    public RequestCounters Counters { get; } = new();

    /// <summary>Authorization headers already accepted, and for which account (<see cref="TwilioBasicAuthentication"/>).</summary>
    public AcceptedCredentials AcceptedCredentials { get; } = new();

    /// <summary>Where refused bodies, disconnects and unexpected failures are logged.</summary>
    public ILogger RequestLog { get; } = requestLog;

    public FaultInjector Faults
    {
        get => _faults;
        set => _faults = value;
    }

    public LatencyModel Latency
    {
        get => _latency;
        set => _latency = value;
    }
}
