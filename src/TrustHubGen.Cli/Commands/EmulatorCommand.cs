using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TrustHubGen.Cli.Hosting;
using TrustHubGen.Emulator.Hosting;

namespace TrustHubGen.Cli.Commands;

/// <summary><c>trusthub emulator</c>: the Trust Hub emulator on 127.0.0.1 until Ctrl+C or SIGTERM.</summary>
internal static class EmulatorCommand
{
    private static readonly Option<int> Port = new("--port") { HelpName = "n", Description = "The port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 5080 };
    private static readonly Option<string> Seed = new("--seed") { HelpName = "demo|none|bulk:N|file", Description = "demo data, an empty account, the demo data plus N numbers not on the profile yet, or a JSON seed file.", DefaultValueFactory = _ => "demo" };
    private static readonly Option<string?> State = new("--state") { HelpName = "file", Description = "Persist the state in this file; loaded instead of the seed when it exists. Written ~200 ms after changes: a crash or kill -9 loses the writes made after the file's captured_at; a clean stop loses none." };
    private static readonly Option<string[]> Policy = new("--policy") { HelpName = "file", Description = "A policy definition to add, or to replace the shipped one with its SID (repeatable)." };
    private static readonly Option<double> ReviewDelay = new("--review-delay") { HelpName = "seconds", Description = "Time per review step (pending-review → in-review → verdict).", DefaultValueFactory = _ => 3 };

    public static Command Create(CliConsole console)
    {
        var command = new Command("emulator", "Run the stateful Trust Hub emulator on 127.0.0.1; prints the URL, credentials and seeded SIDs.")
        {
            Port, Seed, State, Policy, ReviewDelay,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(console, parse.GetValue(Port), parse.GetValue(Seed)!, parse.GetValue(State), parse.GetValue(Policy) ?? [], parse.GetValue(ReviewDelay), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, int port, string seed, string? state, string[] policies, double reviewDelay, CancellationToken cancellationToken)
    {
        EmulatorOptions options;
        try
        {
            options = Options(console, port, seed, state, policies, reviewDelay);
        }
        catch (CliException e)
        {
            console.Error.WriteLine(e.Message);
            return e.ExitCode;
        }

        EmulatorHost host;
        try
        {
            host = await EmulatorHost.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException)
        {
            console.Error.WriteLine($"The emulator did not start: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (IOException e)
        {
            // Kestrel reports a port in use as an IOException.
            console.Error.WriteLine($"The emulator did not start on port {port}: {e.Message}");
            return ExitCodes.Configuration;
        }

        await using (host.ConfigureAwait(false))
        {
            PrintBanner(console.Out, host, options);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                console.Out.WriteLine("Stopped.");
            }
        }
        return ExitCodes.Success;
    }

    private static EmulatorOptions Options(CliConsole console, int port, string seed, string? state, string[] policies, double reviewDelay)
    {
        if (port is < 0 or > 65535) throw CliException.BadInput($"--port {port} is not a port number (0-65535).");
        if (reviewDelay is < 0 or > 3600) throw CliException.BadInput($"--review-delay {reviewDelay} must be 0 to 3600 seconds.");
        var options = new EmulatorOptions
        {
            Url = $"http://127.0.0.1:{port}",
            ReviewStepDelay = TimeSpan.FromSeconds(reviewDelay),
            StatePath = state is null ? null : Path.GetFullPath(state, console.CurrentDirectory),
        };
        foreach (var policy in policies)
        {
            var path = Path.GetFullPath(policy, console.CurrentDirectory);
            if (!File.Exists(path)) throw CliException.BadInput($"--policy \"{policy}\": the file {path} does not exist.");
            options.PolicyFiles.Add(path);
        }
        if (seed.StartsWith("bulk:", StringComparison.Ordinal))
        {
            if (!int.TryParse(seed.AsSpan(5), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) || count is < 1 or > 1_000_000)
                throw CliException.BadInput($"--seed \"{seed}\": bulk takes a count from 1 to 1000000, such as bulk:10000.");
            options.Seed = "demo";
            options.ExtraNumbers = count;
        }
        else if (seed is "demo" or "none") options.Seed = seed;
        else
        {
            var path = Path.GetFullPath(seed, console.CurrentDirectory);
            if (!File.Exists(path)) throw CliException.BadInput($"--seed \"{seed}\" is neither demo, none, bulk:N nor an existing seed file ({path}).");
            options.Seed = path;
        }
        return options;
    }

    private static void PrintBanner(TextWriter output, EmulatorHost host, EmulatorOptions options)
    {
        var seed = host.Seed;
        output.WriteLine($"Trust Hub emulator listening on {host.BaseAddress.ToString().TrimEnd('/')}");
        output.WriteLine($"  TWILIO_ACCOUNT_SID={seed.AccountSid}");
        // The emulator's own fixed demo credentials, not a secret of any real account.
        output.WriteLine($"  TWILIO_AUTH_TOKEN={seed.AuthToken}");
        output.WriteLine($"  state: {options.StatePath ?? "in memory"}");
        if (seed.PrimaryBusinessProfileSid is { } profile) output.WriteLine($"  Primary Business Profile (twilio-approved): {profile}");
        foreach (var n in seed.NumbersOnProfile.Take(10)) output.WriteLine($"    on profile:     {n.Sid} {n.PhoneNumber}");
        if (seed.TollFreeNumber is { } tollFree) output.WriteLine($"    toll-free:      {tollFree.Sid} {tollFree.PhoneNumber} (on profile)");
        if (seed.CanadianNumber is { } canadian) output.WriteLine($"    Canadian:       {canadian.Sid} {canadian.PhoneNumber} (on profile)");
        foreach (var n in seed.NumbersNotOnProfile.Take(10)) output.WriteLine($"    not on profile: {n.Sid} {n.PhoneNumber}");
        if (seed.NumbersNotOnProfile.Count > 10) output.WriteLine($"    not on profile: … {seed.NumbersNotOnProfile.Count - 10} more");
        if (seed.SubaccountSid is { } subaccount) output.WriteLine($"  subaccount: {subaccount}");
        output.WriteLine($"Onboard against it: trusthub onboard cnam shaken-stir --trusthub-url {host.BaseAddress.ToString().TrimEnd('/')} --email you@example.com --display-name \"Owl Industries\" --numbers <PN…> --yes");
        output.WriteLine("Press Ctrl+C to stop.");
        output.Flush();
    }
}
