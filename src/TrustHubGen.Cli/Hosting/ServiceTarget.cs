using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Cli.Hosting;

/// <summary>
/// Where a command works: the emulator started in this process (demo seed), or a Twilio service (the live one, or an
/// emulator at <c>--trusthub-url</c>) with credentials from the environment.
/// </summary>
internal sealed class ServiceTarget : IAsyncDisposable
{
    private readonly EmulatorHost? _emulator;
    private readonly HttpClient _http;

    private ServiceTarget(TwilioClientOptions options, EmulatorHost? emulator, string description)
    {
        _emulator = emulator;
        _http = new HttpClient();
        Options = options;
        Description = description;
        RetryMonitor = new OnboardingRetryMonitor();
        options.Retry.OnRetry = RetryMonitor.Record;
        Transport = new TwilioHttpTransport(_http, options);
        AccountSid = options.Credentials!.AccountSid;
        Operations = new TrustHubRestOperations(Transport, AccountSid);
    }

    public TwilioClientOptions Options { get; }

    public ITwilioTransport Transport { get; }

    public TrustHubRestOperations Operations { get; }

    public OnboardingRetryMonitor RetryMonitor { get; }

    public string AccountSid { get; }

    /// <summary>"the in-process emulator at http://127.0.0.1:…" or the service's address, for messages.</summary>
    public string Description { get; }

    /// <summary>True for the emulator started by this command: writes need no confirmation.</summary>
    public bool IsInProcessEmulator => _emulator is not null;

    /// <summary>The demo seed (profile and numbers) of the in-process emulator; null otherwise.</summary>
    public EmulatorSeedInfo? Seed => _emulator?.Seed;

    /// <summary>Starts the demo emulator in this process; it also knows the user's policy files.</summary>
    public static async Task<ServiceTarget> StartEmulatorAsync(IReadOnlyList<string> policyFiles, CancellationToken cancellationToken)
    {
        var emulatorOptions = new EmulatorOptions { Seed = "demo" };
        foreach (var file in policyFiles) emulatorOptions.PolicyFiles.Add(file);
        var emulator = await EmulatorHost.StartAsync(emulatorOptions, cancellationToken).ConfigureAwait(false);
        var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(emulator.AccountSid, emulator.AuthToken) };
        options.UseBaseAddressForAllHosts(emulator.BaseAddress);
        return new ServiceTarget(options, emulator, $"the in-process emulator at {emulator.BaseAddress}");
    }

    /// <summary>The live service, or the addresses given; credentials only from the environment.</summary>
    public static ServiceTarget Connect(Func<string, string?> environment, Uri? trustHubUrl, Uri? apiUrl)
    {
        var options = new TwilioClientOptions { Credentials = EnvironmentCredentials.Read(environment) };
        if (trustHubUrl is not null) options.BaseAddresses[TrustHubRestOperations.TrustHubServer] = trustHubUrl;
        if ((apiUrl ?? trustHubUrl) is { } api) options.BaseAddresses[TrustHubRestOperations.Api2010Server] = api;
        var problems = options.GetValidationProblems();
        if (problems.Count > 0) throw CliException.BadInput(string.Join(" ", problems).Replace("BaseAddresses", "--trusthub-url/--api-url", StringComparison.Ordinal));
        var where = trustHubUrl is null ? "Twilio (trusthub.twilio.com)" : trustHubUrl.GetLeftPart(UriPartial.Path);
        // Another address for API 2010 is named too: a failure there must not point at the Trust Hub address alone.
        if (apiUrl is not null && apiUrl.GetLeftPart(UriPartial.Path) != trustHubUrl?.GetLeftPart(UriPartial.Path)) where += $" (API 2010 at {apiUrl.GetLeftPart(UriPartial.Path)})";
        return new ServiceTarget(options, null, $"{where}, account {options.Credentials!.AccountSid}");
    }

    /// <summary>
    /// The twilio-approved Primary Business Profile when the user named none: the in-process emulator's, or the single
    /// one the account has (several or none is a usage error naming them).
    /// </summary>
    public async Task<string> FindDefaultProfileAsync(string primaryPolicySid, CancellationToken cancellationToken)
    {
        if (Seed?.PrimaryBusinessProfileSid is { } seeded) return seeded;
        var approved = new List<string>();
        await foreach (var profile in Operations.ListBundlesAsync(OnboardingBundleKind.CustomerProfile, primaryPolicySid, cancellationToken).ConfigureAwait(false))
        {
            if (profile.Status == "twilio-approved") approved.Add(profile.Sid);
        }
        return approved.Count switch
        {
            1 => approved[0],
            0 => throw CliException.BadInput($"--profile is not set and account {AccountSid} has no twilio-approved Primary Business Profile; create one in the Twilio Console or name one with --profile BU…."),
            _ => throw CliException.BadInput($"--profile is not set and account {AccountSid} has {approved.Count} twilio-approved Primary Business Profiles ({string.Join(", ", approved)}); name one with --profile."),
        };
    }

    /// <summary>The in-process emulator's numbers of the main account (on the profile, off it, toll-free, Canadian).</summary>
    public IReadOnlyList<string>? DefaultNumberSids()
    {
        if (Seed is not { } seed) return null;
        var numbers = seed.NumbersOnProfile.Concat(seed.NumbersNotOnProfile).Select(n => n.Sid).ToList();
        if (seed.TollFreeNumber is { } tollFree) numbers.Add(tollFree.Sid);
        if (seed.CanadianNumber is { } canadian) numbers.Add(canadian.Sid);
        return numbers;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_emulator is not null) await _emulator.DisposeAsync().ConfigureAwait(false);
    }
}
