using Microsoft.Extensions.Logging;
using TrustHubGen.Emulator.Faults;
using TrustHubGen.Emulator.Limits;
using TrustHubGen.Emulator.State;

namespace TrustHubGen.Emulator.Hosting;

/// <summary>
/// How to start an emulator. Every property has a working default; the command line (<c>trusthub emulator</c>, the
/// emulator program) sets the same properties, option by option (docs/emulator.md lists both names).
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>The largest bulk seed (<see cref="ExtraNumbers"/>, <see cref="ExtraNumbersOnProfile"/>).</summary>
    public const int MaxExtraNumbers = 1_000_000;

    /// <summary>The largest per-account concurrency cap.</summary>
    public const int MaxConcurrencyCap = 100_000;

    /// <summary>
    /// Where to listen, as <c>http://127.0.0.1:PORT</c> (or <c>localhost</c>/<c>[::1]</c>); port 0 or a null URL picks a free
    /// port on 127.0.0.1. Any non-loopback host is refused: the emulator never listens beyond this machine.
    /// (<c>--urls</c>, or <c>--port</c>.)
    /// </summary>
    public string? Url { get; set; }

    /// <summary>The main account's SID (Basic-auth user). Defaults to <see cref="EmulatorDefaults.AccountSid"/>. (<c>--account-sid</c>.)</summary>
    public string AccountSid { get; set; } = EmulatorDefaults.AccountSid;

    /// <summary>The main account's auth token (Basic-auth password). Defaults to <see cref="EmulatorDefaults.AuthToken"/>. (<c>--auth-token</c>.)</summary>
    public string AuthToken { get; set; } = EmulatorDefaults.AuthToken;

    /// <summary>
    /// An API Key of the main account (<c>SK…</c>), accepted as Basic-auth user with <see cref="ApiKeySecret"/>, as
    /// Twilio accepts API keys in place of the auth token. Null accepts no API key. (<c>--api-key</c>, <c>--no-api-key</c>.)
    /// </summary>
    public string? ApiKeySid { get; set; } = EmulatorDefaults.ApiKeySid;

    /// <summary>The secret of <see cref="ApiKeySid"/>. (<c>--api-key-secret</c>.)</summary>
    public string? ApiKeySecret { get; set; } = EmulatorDefaults.ApiKeySecret;

    /// <summary>
    /// <c>demo</c> (the documented demo data), <c>none</c> (an empty account), or the path of a JSON seed file.
    /// (<c>--seed</c>; <c>--seed bulk:N</c> is <c>demo</c> with <see cref="ExtraNumbers"/> = N.)
    /// </summary>
    public string Seed { get; set; } = "demo";

    /// <summary>Extra US local numbers for the main account, not on any profile (bulk seeds for load tests). (<c>--numbers</c>.)</summary>
    public int ExtraNumbers { get; set; }

    /// <summary>Extra US local numbers for the main account, on the demo Primary Business Profile. (<c>--numbers-on-profile</c>.)</summary>
    public int ExtraNumbersOnProfile { get; set; }

    /// <summary>
    /// Persist the state to this JSON file (atomic writes). When the file exists at start it is loaded instead of the seed.
    /// Null keeps the state in memory only. (<c>--state</c>.)
    /// </summary>
    public string? StatePath { get; set; }

    /// <summary>
    /// How long each review step takes (pending-review → in-review → verdict). Zero (the default in-process): the review
    /// completes before the submitting request returns. (<c>--review-delay SECONDS</c>, 3 by default there.)
    /// </summary>
    public TimeSpan ReviewStepDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// When true, reviews stop at <c>in-review</c> until <see cref="EmulatorHost.DecideReview"/> gives the verdict, so a
    /// test decides when and how each review ends. When false (the default), the verdict follows the policy.
    /// (<c>--manual-review-verdicts</c>; a process-hosted emulator takes verdicts at <c>POST /emulator/Reviews/{BundleSid}</c>.)
    /// </summary>
    public bool ManualReviewVerdicts { get; set; }

    /// <summary>
    /// Extra policy definitions (the format of specs/policies/*.json). A file whose SID matches a shipped policy replaces
    /// it, for when Twilio changes a policy; other files add policies. (<c>--policy</c>, repeatable.)
    /// </summary>
    public IList<string> PolicyFiles { get; } = new List<string>();

    /// <summary>Fault injection; none by default. (<c>--faults FILE</c>; <see cref="FaultOptions.Parse"/> reads the same file.)</summary>
    public FaultOptions Faults { get; set; } = new();

    /// <summary>
    /// Twilio's per-account cap on concurrent requests: an account with this many requests in flight gets 429 (code 20429,
    /// <c>Retry-After: 1</c>) for the next one, never processed. Null (the default) means no cap. (<c>--max-concurrency</c>.)
    /// </summary>
    public int? MaxConcurrentRequestsPerAccount { get; set; }

    /// <summary>
    /// The time each request takes, standing in for the round trip to Twilio; none by default.
    /// (<c>--latency-ms</c>, <c>--latency-jitter-ms</c>, <c>--latency-distribution</c>.)
    /// </summary>
    public LatencyOptions Latency { get; set; } = new();

    /// <summary>
    /// Where the emulator logs refused requests, clients that went away, unexpected failures and skipped status callbacks;
    /// null logs nothing. The caller keeps ownership (the emulator does not dispose it). The command line logs to the console.
    /// </summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Every problem with these options, each naming the option by <paramref name="name"/>(property, command-line option).</summary>
    internal List<string> Problems(Func<string, string, string> name)
    {
        var problems = new List<string>();
        void Check(bool ok, string property, string option, string problem)
        {
            if (!ok)
            {
                problems.Add($"{name(property, option)} {problem}");
            }
        }

        if (Url is not null && ListenUrl.Problem(Url) is { } urlProblem)
        {
            problems.Add($"{name(nameof(Url), "--urls")} {urlProblem}");
        }

        Check(Sids.IsSid(AccountSid, "AC"), nameof(AccountSid), "--account-sid", $"\"{AccountSid}\" is not an account SID (AC followed by 32 hex digits).");
        Check(!string.IsNullOrEmpty(AuthToken), nameof(AuthToken), "--auth-token", "must not be empty.");
        Check(ApiKeySid is null || Sids.IsSid(ApiKeySid, "SK"), nameof(ApiKeySid), "--api-key", $"\"{ApiKeySid}\" is not an API Key SID (SK followed by 32 hex digits).");
        Check(ApiKeySid is null || !string.IsNullOrEmpty(ApiKeySecret), nameof(ApiKeySecret), "--api-key-secret", "must not be empty while an API key is accepted.");
        Check(Seed is "demo" or "none" || File.Exists(Seed), nameof(Seed), "--seed", $"\"{Seed}\" is neither demo, none nor an existing JSON seed file.");
        Check(ExtraNumbers is >= 0 and <= MaxExtraNumbers, nameof(ExtraNumbers), "--numbers", $"takes 0 to {MaxExtraNumbers}, not {ExtraNumbers}.");
        Check(ExtraNumbersOnProfile is >= 0 and <= MaxExtraNumbers, nameof(ExtraNumbersOnProfile), "--numbers-on-profile", $"takes 0 to {MaxExtraNumbers}, not {ExtraNumbersOnProfile}.");
        Check(ReviewStepDelay >= TimeSpan.Zero, nameof(ReviewStepDelay), "--review-delay", "must not be negative.");
        Check(MaxConcurrentRequestsPerAccount is null or (>= 1 and <= MaxConcurrencyCap), nameof(MaxConcurrentRequestsPerAccount), "--max-concurrency", $"takes 1 to {MaxConcurrencyCap}, not {MaxConcurrentRequestsPerAccount}.");
        Check(Latency.Mean >= TimeSpan.Zero && Latency.Mean <= TimeSpan.FromMinutes(10), "Latency.Mean", "--latency-ms", $"takes 0 to 600000 ms, not {Latency.Mean.TotalMilliseconds} ms.");
        Check(Latency.Jitter >= TimeSpan.Zero && Latency.Jitter <= TimeSpan.FromMinutes(10), "Latency.Jitter", "--latency-jitter-ms", $"takes 0 to 600000 ms, not {Latency.Jitter.TotalMilliseconds} ms.");
        Check(Enum.IsDefined(Latency.Distribution), "Latency.Distribution", "--latency-distribution", $"{(int)Latency.Distribution} is not Uniform, Normal or LogNormal.");
        foreach (var policy in PolicyFiles)
        {
            Check(File.Exists(policy), nameof(PolicyFiles), "--policy", $"\"{policy}\": the file does not exist.");
        }

        return problems;
    }
}
