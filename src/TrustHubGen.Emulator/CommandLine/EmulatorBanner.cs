using System.Globalization;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.Limits;

namespace TrustHubGen.Emulator.CommandLine;

/// <summary>
/// What the emulator command prints once it listens: the URL, the credentials it accepts (as the TWILIO_* lines a client
/// exports), its settings and the seeded SIDs, then how to use it. Tests and scripts read the URL from
/// "listening on URL" and the credentials from the TWILIO_* lines.
/// </summary>
internal static class EmulatorBanner
{
    private const int ListedNumbers = 10;

    public static void Print(TextWriter output, EmulatorHost host, EmulatorOptions options)
    {
        var seed = host.Seed;
        var url = host.BaseAddress.ToString().TrimEnd('/');
        output.WriteLine($"Trust Hub emulator listening on {url}");

        // The emulator's own fake credentials, never those of a real account.
        output.WriteLine($"  TWILIO_ACCOUNT_SID={seed.AccountSid}");
        output.WriteLine($"  TWILIO_AUTH_TOKEN={seed.AuthToken}");
        if (options.ApiKeySid is not null)
        {
            output.WriteLine($"  api key: {options.ApiKeySid} (secret {options.ApiKeySecret})");
        }

        output.WriteLine($"  state: {options.StatePath ?? "in memory"}");
        output.WriteLine($"  review step: {Seconds(options.ReviewStepDelay)}{(options.ManualReviewVerdicts ? $", verdicts by POST {url}/emulator/Reviews/BU…" : "")}");
        output.WriteLine($"  latency: {Latency(options.Latency)}");
        output.WriteLine($"  concurrency: {(options.MaxConcurrentRequestsPerAccount is { } cap ? $"at most {cap} requests in flight per account (429, code 20429, beyond)" : "no cap")}");
        output.WriteLine($"  faults: {(options.Faults.Routes.Count == 0 ? "none" : $"{options.Faults.Routes.Count} rule(s), random seed {options.Faults.RandomSeed}")}");
        if (seed.PrimaryBusinessProfileSid is { } profile)
        {
            output.WriteLine($"  Primary Business Profile (twilio-approved): {profile}");
            List(output, "on profile", seed.NumbersOnProfile);
            if (seed.TollFreeNumber is { } tollFree)
            {
                output.WriteLine($"    toll-free:      {tollFree.Sid} {tollFree.PhoneNumber} (on profile)");
            }

            if (seed.CanadianNumber is { } canadian)
            {
                output.WriteLine($"    Canadian:       {canadian.Sid} {canadian.PhoneNumber} (on profile)");
            }
        }

        List(output, "not on profile", seed.NumbersNotOnProfile);
        if (seed.SubaccountSid is { } subaccount)
        {
            output.WriteLine($"  subaccount: {subaccount} (token {seed.SubaccountAuthToken}; the parent's token works too)");
            List(output, "number", seed.SubaccountNumbers);
        }

        output.WriteLine($"Onboard against it: trusthub onboard cnam shaken-stir --trusthub-url {url} --email you@example.com --display-name \"Owl Industries\" --numbers <PN…> --yes");
        output.WriteLine("Press Ctrl+C to stop.");
        output.Flush();
    }

    private static void List(TextWriter output, string label, IReadOnlyList<SeededNumber> numbers)
    {
        foreach (var number in numbers.Take(ListedNumbers))
        {
            output.WriteLine($"    {label + ":",-15} {number.Sid} {number.PhoneNumber}");
        }

        if (numbers.Count > ListedNumbers)
        {
            output.WriteLine($"    {label + ":",-15} … {numbers.Count - ListedNumbers} more");
        }
    }

    private static string Seconds(TimeSpan value) => $"{value.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s";

    private static string Latency(LatencyOptions latency) =>
        latency.Mean <= TimeSpan.Zero && latency.Jitter <= TimeSpan.Zero
            ? "none"
            : string.Create(CultureInfo.InvariantCulture, $"{latency.Mean.TotalMilliseconds} ms ± {latency.Jitter.TotalMilliseconds} ms ({latency.Distribution.ToString().ToLowerInvariant()})");
}
