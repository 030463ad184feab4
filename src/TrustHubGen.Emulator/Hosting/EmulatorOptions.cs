using TrustHubGen.Emulator.Faults;

namespace TrustHubGen.Emulator.Hosting;

/// <summary>How to start an emulator. Every property has a working default; see docs/emulator.md.</summary>
public sealed class EmulatorOptions
{
    /// <summary>
    /// Where to listen, as <c>http://127.0.0.1:PORT</c> (or <c>localhost</c>/<c>[::1]</c>). Null picks a free port on 127.0.0.1.
    /// Any non-loopback host is refused: the emulator never listens beyond this machine.
    /// </summary>
    public string? Url { get; set; }

    /// <summary>The main account's SID (Basic-auth user). Defaults to <see cref="EmulatorDefaults.AccountSid"/>.</summary>
    public string AccountSid { get; set; } = EmulatorDefaults.AccountSid;

    /// <summary>The main account's auth token (Basic-auth password). Defaults to <see cref="EmulatorDefaults.AuthToken"/>.</summary>
    public string AuthToken { get; set; } = EmulatorDefaults.AuthToken;

    /// <summary>
    /// An API Key of the main account (<c>SK…</c>), accepted as Basic-auth user with <see cref="ApiKeySecret"/>, as
    /// Twilio accepts API keys in place of the auth token. Null accepts no API key.
    /// </summary>
    public string? ApiKeySid { get; set; } = EmulatorDefaults.ApiKeySid;

    /// <summary>The secret of <see cref="ApiKeySid"/>.</summary>
    public string? ApiKeySecret { get; set; } = EmulatorDefaults.ApiKeySecret;

    /// <summary><c>demo</c> (the documented demo data), <c>none</c> (an empty account), or the path of a JSON seed file.</summary>
    public string Seed { get; set; } = "demo";

    /// <summary>Extra US local numbers for the main account, not on any profile (bulk seeds for load tests).</summary>
    public int ExtraNumbers { get; set; }

    /// <summary>Extra US local numbers for the main account, assigned to the demo Primary Business Profile.</summary>
    public int ExtraNumbersOnProfile { get; set; }

    /// <summary>
    /// Persist the state to this JSON file (atomic writes). When the file exists at start it is loaded instead of the seed.
    /// Null keeps the state in memory only.
    /// </summary>
    public string? StatePath { get; set; }

    /// <summary>How long each review step takes (pending-review → in-review → verdict). Zero: the review completes immediately.</summary>
    public TimeSpan ReviewStepDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// When true, reviews stop at <c>in-review</c> until <see cref="EmulatorHost.DecideReview"/> gives the verdict, so a
    /// test decides when and how each review ends. When false (the default), the verdict follows the policy.
    /// </summary>
    public bool ManualReviewVerdicts { get; set; }

    /// <summary>
    /// Extra policy definitions (the format of specs/policies/*.json). A file whose SID matches a shipped policy replaces
    /// it, for when Twilio changes a policy; other files add policies.
    /// </summary>
    public IList<string> PolicyFiles { get; } = new List<string>();

    /// <summary>Fault injection; none by default.</summary>
    public FaultOptions Faults { get; set; } = new();

    /// <summary>Write warnings and request failures to the console (the program turns this on).</summary>
    public bool LogToConsole { get; set; }
}
