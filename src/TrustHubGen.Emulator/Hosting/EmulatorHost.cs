using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TrustHubGen.Emulator.Faults;
using TrustHubGen.Emulator.Review;
using TrustHubGen.Emulator.Routes;
using TrustHubGen.Emulator.Rules;
using TrustHubGen.Emulator.Seeds;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.State.Storage;

namespace TrustHubGen.Emulator.Hosting;

/// <summary>
/// A running emulator on 127.0.0.1. Start one with <see cref="StartAsync"/>, point a client at
/// <see cref="BaseAddress"/> (for both trusthub.twilio.com and api.twilio.com paths), dispose it when done.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ReviewSimulator _review;
    private readonly StatusCallbackSender _callbacks;
    private readonly StatePersister? _persister;
    private readonly ILoggerFactory _loggers;
    private bool _disposed;

    private EmulatorHost(WebApplication app, Uri baseAddress, EmulatorSeedInfo seed, EmulatorState state, ReviewSimulator review, StatusCallbackSender callbacks, StatePersister? persister, ILoggerFactory loggers)
    {
        _app = app;
        BaseAddress = baseAddress;
        Seed = seed;
        State = state;
        _review = review;
        _callbacks = callbacks;
        _persister = persister;
        _loggers = loggers;
    }

    /// <summary>Where the emulator listens, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The main account's SID.</summary>
    public string AccountSid => Seed.AccountSid;

    /// <summary>The main account's auth token.</summary>
    public string AuthToken => Seed.AuthToken;

    /// <summary>What the seed created (SIDs of the demo profile, numbers and subaccount).</summary>
    public EmulatorSeedInfo Seed { get; }

    internal EmulatorState State { get; }

    /// <summary>
    /// Gives a bundle under review (pending-review or in-review) its verdict now, with its status callbacks: approved,
    /// or rejected with <paramref name="errors"/> (e.g. 18601 for a profile whose business could not be verified).
    /// Combine with <see cref="EmulatorOptions.ManualReviewVerdicts"/> for reviews that last until a test decides them.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No bundle has this SID.</exception>
    /// <exception cref="InvalidOperationException">The bundle is not under review.</exception>
    public void DecideReview(string bundleSid, bool approved, params int[] errors) =>
        _review.Decide(bundleSid, approved ? BundleStatus.Approved : BundleStatus.Rejected, errors);

    /// <summary>Seeds (or loads) the state, then starts listening on loopback.</summary>
    /// <param name="options">Options; null for the defaults (demo seed, default credentials, a free port).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public static async Task<EmulatorHost> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new EmulatorOptions();
        var (address, port) = ListenAddress(options.Url);
        if (!Sids.IsSid(options.AccountSid, "AC"))
        {
            throw new ArgumentException($"AccountSid \"{options.AccountSid}\" is not an account SID (AC followed by 32 hex digits).", nameof(options));
        }

        if (string.IsNullOrEmpty(options.AuthToken))
        {
            throw new ArgumentException("AuthToken must not be empty.", nameof(options));
        }

        if (options.ApiKeySid is not null && (!Sids.IsSid(options.ApiKeySid, "SK") || string.IsNullOrEmpty(options.ApiKeySecret)))
        {
            throw new ArgumentException($"ApiKeySid \"{options.ApiKeySid}\" must be SK followed by 32 hex digits, with a non-empty ApiKeySecret (or set ApiKeySid to null).", nameof(options));
        }

        if (options.ExtraNumbers < 0 || options.ExtraNumbersOnProfile < 0)
        {
            throw new ArgumentException("ExtraNumbers and ExtraNumbersOnProfile must not be negative.", nameof(options));
        }

        var faults = new FaultInjector(options.Faults);
        var loggers = options.LogToConsole
            ? LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
            : NullLoggerFactory.Instance;
        var state = new EmulatorState(PolicyCatalog.BuiltIn(options.PolicyFiles), TimeProvider.System);
        var seed = await SeedAsync(state, options, cancellationToken).ConfigureAwait(false);
        var persister = options.StatePath is null ? null : new StatePersister(state, options.StatePath, TimeSpan.FromMilliseconds(200), loggers.CreateLogger("TrustHubGen.Emulator.State"));
        if (persister is not null)
        {
            await persister.FlushAsync().ConfigureAwait(false);
        }

        var callbacks = new StatusCallbackSender(state, loggers.CreateLogger("TrustHubGen.Emulator.StatusCallbacks"));
        var review = new ReviewSimulator(state, options.ReviewStepDelay, options.ManualReviewVerdicts, callbacks);
        var router = new Router();
        BundleRoutes.Map(router);
        EntityAssignmentRoutes.Map(router);
        ChannelEndpointAssignmentRoutes.Map(router);
        EvaluationRoutes.Map(router);
        EndUserRoutes.Map(router);
        SupportingDocumentRoutes.Map(router);
        CatalogRoutes.Map(router);
        Api2010Routes.Map(router);
        AddressRoutes.Map(router);
        var apiKey = options.ApiKeySid is null ? null : new EmulatorApiKey(options.ApiKeySid, options.ApiKeySecret!, options.AccountSid);
        var pipeline = new EmulatorPipeline(state, router, review, faults, apiKey, loggers.CreateLogger("TrustHubGen.Emulator"));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();

        // The embedding process owns Ctrl+C and SIGTERM (tests, the program's own handler), not the web host.
        builder.Services.AddSingleton<IHostLifetime, HostOwnedLifetime>();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(address, port);
        });
        var app = builder.Build();
        app.Run(pipeline.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            review.Dispose();
            await callbacks.DisposeAsync().ConfigureAwait(false);
            if (persister is not null)
            {
                await persister.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        review.ResumeAll();
        var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseAddress = new Uri(listening.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return new EmulatorHost(app, baseAddress, seed, state, review, callbacks, persister, loggers);
    }

    private static async Task<EmulatorSeedInfo> SeedAsync(EmulatorState state, EmulatorOptions options, CancellationToken cancellationToken)
    {
        var basic = new EmulatorSeedInfo { AccountSid = options.AccountSid, AuthToken = options.AuthToken };
        if (options.StatePath is not null && File.Exists(options.StatePath))
        {
            var bytes = await File.ReadAllBytesAsync(options.StatePath, cancellationToken).ConfigureAwait(false);
            StateLoader.Load(state, options.StatePath, bytes);
            if (!state.Accounts.TryGetValue(options.AccountSid, out var loaded))
            {
                loaded = state.AddAccount(options.AccountSid, options.AuthToken, "TrustHubGen emulator account", null, state.Now());
            }

            return DemoSeed.Describe(state, loaded) ?? basic;
        }

        var account = state.AddAccount(options.AccountSid, options.AuthToken, "TrustHubGen emulator account", null, state.Now());
        var seed = basic;
        switch (options.Seed)
        {
            case "demo":
                seed = DemoSeed.Apply(state, account);
                break;
            case "none":
                break;
            default:
                if (!File.Exists(options.Seed))
                {
                    throw new ArgumentException($"Seed \"{options.Seed}\" is neither \"demo\", \"none\" nor an existing JSON seed file.", nameof(options));
                }

                StateLoader.Load(state, options.Seed, await File.ReadAllBytesAsync(options.Seed, cancellationToken).ConfigureAwait(false));
                break;
        }

        var extra = BulkNumbers.Add(state, account, options.ExtraNumbers, "extra", null);
        Bundle? profile = null;
        if (options.ExtraNumbersOnProfile > 0)
        {
            profile = seed.PrimaryBusinessProfileSid is { } sid ? (Bundle)state.BySid[sid]
                : throw new ArgumentException("ExtraNumbersOnProfile needs the demo seed, which has the Primary Business Profile to put them on.", nameof(options));
        }

        var onProfile = BulkNumbers.Add(state, account, options.ExtraNumbersOnProfile, "extra-on-profile", profile);
        if (extra.Count == 0 && onProfile.Count == 0)
        {
            return seed;
        }

        return new EmulatorSeedInfo
        {
            AccountSid = seed.AccountSid,
            AuthToken = seed.AuthToken,
            PrimaryBusinessProfileSid = seed.PrimaryBusinessProfileSid,
            AddressSid = seed.AddressSid,
            NumbersOnProfile = [.. seed.NumbersOnProfile, .. onProfile.Select(ToSeeded)],
            NumbersNotOnProfile = [.. seed.NumbersNotOnProfile, .. extra.Select(ToSeeded)],
            TollFreeNumber = seed.TollFreeNumber,
            CanadianNumber = seed.CanadianNumber,
            SubaccountSid = seed.SubaccountSid,
            SubaccountAuthToken = seed.SubaccountAuthToken,
            SubaccountNumbers = seed.SubaccountNumbers,
        };

        SeededNumber ToSeeded(string sid) => new(sid, ((PhoneNumber)state.BySid[sid]).E164);
    }

    /// <summary>Parses the listen URL and refuses anything but loopback.</summary>
    private static (IPAddress Address, int Port) ListenAddress(string? url)
    {
        if (url is null)
        {
            return (IPAddress.Loopback, 0);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"Url \"{url}\" is not an http URL such as {EmulatorDefaults.ProgramUrl}.", nameof(url));
        }

        var host = uri.Host.Trim('[', ']');
        if (host == "localhost")
        {
            return (IPAddress.Loopback, uri.Port);
        }

        if (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip))
        {
            return (ip, uri.Port);
        }

        throw new ArgumentException($"Url \"{url}\" is not a loopback address; the emulator listens on 127.0.0.1 only.", nameof(url));
    }

    /// <summary>Stops listening, cancels pending reviews, sends queued callbacks and writes the final state.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _review.Dispose();
        await _callbacks.DisposeAsync().ConfigureAwait(false);
        if (_persister is not null)
        {
            await _persister.DisposeAsync().ConfigureAwait(false);
        }

        _loggers.Dispose();
    }
}
