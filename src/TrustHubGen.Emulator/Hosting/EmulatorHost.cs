using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TrustHubGen.Emulator.Auth;
using TrustHubGen.Emulator.Clients;
using TrustHubGen.Emulator.Faults;
using TrustHubGen.Emulator.Inspection;
using TrustHubGen.Emulator.Limits;
using TrustHubGen.Emulator.Review;
using TrustHubGen.Emulator.Rules;
using TrustHubGen.Emulator.Seeds;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.State.Storage;

namespace TrustHubGen.Emulator.Hosting;

/// <summary>
/// A running emulator on 127.0.0.1. Start one with <see cref="StartAsync"/>, point a client at <see cref="BaseAddress"/>
/// (for both trusthub.twilio.com and api.twilio.com paths) or use <see cref="CreateTwilioHandler"/>, read what it holds with
/// <see cref="ReadState"/>, and dispose it when done.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorRuntime _runtime;
    private readonly StatusCallbackSender _callbacks;
    private readonly StatePersister? _persister;
    private int _disposed;

    private EmulatorHost(WebApplication app, Uri baseAddress, EmulatorSeedInfo seed, EmulatorRuntime runtime, StatusCallbackSender callbacks, StatePersister? persister)
    {
        _app = app;
        BaseAddress = baseAddress;
        Seed = seed;
        _runtime = runtime;
        _callbacks = callbacks;
        _persister = persister;
    }

    /// <summary>Where the emulator listens, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The main account's SID.</summary>
    public string AccountSid => Seed.AccountSid;

    /// <summary>The main account's auth token.</summary>
    public string AuthToken => Seed.AuthToken;

    /// <summary>What the seed created (SIDs of the demo profile, numbers and subaccount).</summary>
    public EmulatorSeedInfo Seed { get; }

    /// <summary>Requests counted since the start: admitted, refused by the concurrency cap, answered by injected faults, peaks.</summary>
    public EmulatorStatistics Statistics => _runtime.Counters.Snapshot();

    internal EmulatorState State => _runtime.State;

    /// <summary>Seeds (or loads) the state, then starts listening on loopback.</summary>
    /// <param name="options">Options; null for the defaults (demo seed, default credentials, a free port).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="ArgumentException">An option is invalid; the message names each one and what it takes.</exception>
    /// <exception cref="InvalidDataException">The seed or state file cannot be read, or another running emulator uses the state file; the message names the file and the problem.</exception>
    /// <exception cref="IOException">The port is in use.</exception>
    public static async Task<EmulatorHost> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        var problems = options.Problems((property, _) => property);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(options));
        }

        var (address, port) = ListenUrl.Parse(options.Url);
        var faults = new FaultInjector(options.Faults);
        var loggers = options.LoggerFactory ?? NullLoggerFactory.Instance;
        var state = new EmulatorState(PolicyCatalog.BuiltIn(options.PolicyFiles), TimeProvider.System);
        var fileLock = options.StatePath is null ? null : StateFileLock.Acquire(options.StatePath);
        EmulatorSeedInfo seed;
        StatePersister? persister;
        try
        {
            seed = await EmulatorSeeder.SeedAsync(state, options, cancellationToken).ConfigureAwait(false);
            persister = fileLock is null ? null : new StatePersister(state, options.StatePath!, fileLock, TimeSpan.FromMilliseconds(200), loggers.CreateLogger("TrustHubGen.Emulator.State"));
        }
        catch
        {
            fileLock?.Dispose();
            throw;
        }

        if (persister is not null)
        {
            await persister.FlushAsync().ConfigureAwait(false);
        }

        var callbacks = new StatusCallbackSender(state, loggers.CreateLogger("TrustHubGen.Emulator.StatusCallbacks"));
        var review = new ReviewSimulator(state, options.ReviewStepDelay, options.ManualReviewVerdicts, callbacks);
        var apiKey = options.ApiKeySid is null ? null : new EmulatorApiKey(options.ApiKeySid, options.ApiKeySecret!, options.AccountSid);
        var concurrency = new AccountConcurrency(options.MaxConcurrentRequestsPerAccount);
        var runtime = new EmulatorRuntime(state, review, apiKey, concurrency, faults, new LatencyModel(options.Latency), loggers.CreateLogger("TrustHubGen.Emulator.Requests"));
        var app = EmulatorWebApp.Build(runtime, address, port);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            await StopServicesAsync(runtime, callbacks, persister).ConfigureAwait(false);
            throw;
        }

        review.ResumeAll();
        var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseAddress = new Uri(listening.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return new EmulatorHost(app, baseAddress, seed, runtime, callbacks, persister);
    }

    /// <summary>A copy of everything the emulator holds now, to assert on.</summary>
    public EmulatorStateView ReadState() => StateViewReader.Read(_runtime.State);

    /// <summary>Replaces the fault injection rules for requests from now on (an empty <see cref="FaultOptions"/> ends injection).</summary>
    /// <exception cref="ArgumentException">A rule is invalid; the message names it.</exception>
    public void SetFaults(FaultOptions faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        _runtime.Faults = new FaultInjector(faults);
    }

    /// <summary>Replaces the latency model for requests from now on.</summary>
    /// <exception cref="ArgumentException">The mean or jitter is negative or over 10 minutes.</exception>
    public void SetLatency(LatencyOptions latency)
    {
        ArgumentNullException.ThrowIfNull(latency);
        var problems = new EmulatorOptions { Latency = latency }.Problems((property, _) => property);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(latency));
        }

        _runtime.Latency = new LatencyModel(latency);
    }

    /// <summary>
    /// Changes the per-account concurrency cap for requests that arrive from now on (null: no cap), as when Twilio changes an
    /// account's limit; requests in flight finish under the cap they were admitted with.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The cap is not 1 to <see cref="EmulatorOptions.MaxConcurrencyCap"/>.</exception>
    public void SetMaxConcurrentRequestsPerAccount(int? cap)
    {
        if (cap is < 1 or > EmulatorOptions.MaxConcurrencyCap)
        {
            throw new ArgumentOutOfRangeException(nameof(cap), cap, $"The cap takes 1 to {EmulatorOptions.MaxConcurrencyCap}, or null for none.");
        }

        _runtime.Concurrency.SetCap(cap);
    }

    /// <summary>
    /// Gives a bundle under review (pending-review or in-review) its verdict now, with its status callbacks: approved,
    /// or rejected with <paramref name="errors"/> (e.g. 18601 for a profile whose business could not be verified).
    /// Combine with <see cref="EmulatorOptions.ManualReviewVerdicts"/> for reviews that last until a test decides them.
    /// </summary>
    /// <param name="bundleSid">A Trust Product or Customer Profile of any account.</param>
    /// <param name="approved">True for twilio-approved, false for twilio-rejected.</param>
    /// <param name="errors">The rejection's error codes.</param>
    /// <exception cref="KeyNotFoundException">No bundle has this SID.</exception>
    /// <exception cref="InvalidOperationException">The bundle is not under review.</exception>
    /// <exception cref="ArgumentException">Error codes with an approval.</exception>
    public void DecideReview(string bundleSid, bool approved, params int[] errors) =>
        _runtime.Review.Decide(bundleSid, approved ? BundleStatus.Approved : BundleStatus.Rejected, errors);

    /// <summary>
    /// A handler that sends <c>https://*.twilio.com</c> requests here, for clients without a base-address setting (Twilio's
    /// C# library: <c>new SystemNetHttpClient(new HttpClient(emulator.CreateTwilioHandler()))</c>). The caller disposes it.
    /// </summary>
    public TwilioRedirectHandler CreateTwilioHandler() => new(BaseAddress);

    /// <summary>Stops listening, cancels pending reviews, sends queued callbacks and writes the final state.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        await StopServicesAsync(_runtime, _callbacks, _persister).ConfigureAwait(false);
    }

    private static async Task StopServicesAsync(EmulatorRuntime runtime, StatusCallbackSender callbacks, StatePersister? persister)
    {
        runtime.Review.Dispose();
        runtime.Concurrency.Dispose();
        await callbacks.DisposeAsync().ConfigureAwait(false);
        if (persister is not null)
        {
            await persister.DisposeAsync().ConfigureAwait(false);
        }
    }
}
