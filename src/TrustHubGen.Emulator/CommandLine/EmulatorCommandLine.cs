using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using TrustHubGen.Emulator.Faults;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.Limits;
using TrustHubGen.Emulator.State.Storage;

namespace TrustHubGen.Emulator.CommandLine;

/// <summary>
/// The one command-line definition of the emulator, used by the emulator program (its root command) and by
/// <c>trusthub emulator</c>: every <see cref="EmulatorOptions"/> property has its option here, and both run it the same way
/// (banner, serve until cancelled, the same exit codes).
/// </summary>
internal sealed class EmulatorCommandLine
{
    /// <summary>The command's description in <c>--help</c>.</summary>
    public const string Description = "Run the stateful Trust Hub emulator on 127.0.0.1 until Ctrl+C or SIGTERM; prints the URL, the credentials it accepts and the seeded SIDs.";

    private readonly Option<string?> _urls = new("--urls") { HelpName = "url", Description = $"Where to listen: one loopback http URL (default {EmulatorDefaults.ProgramUrl}; port 0 picks a free one)." };
    private readonly Option<int?> _port = new("--port") { HelpName = "n", Description = "Shorthand for --urls http://127.0.0.1:N (0 picks a free port)." };
    private readonly Option<string> _seed = new("--seed") { HelpName = "demo|none|bulk:N|file", Description = "The demo data, an empty account, the demo data plus N numbers not on the profile yet, or a JSON seed file.", DefaultValueFactory = _ => "demo" };
    private readonly Option<int> _numbers = new("--numbers") { HelpName = "n", Description = "Add N US local numbers to the main account, not on any profile." };
    private readonly Option<int> _numbersOnProfile = new("--numbers-on-profile") { HelpName = "n", Description = "Add N US local numbers on the demo Primary Business Profile." };
    private readonly Option<string> _accountSid = new("--account-sid") { HelpName = "AC…", Description = "The emulator's main account SID (the Basic-auth user it accepts).", DefaultValueFactory = _ => EmulatorDefaults.AccountSid };
    private readonly Option<string> _authToken = new("--auth-token") { HelpName = "token", Description = "The emulator's main account auth token (the Basic-auth password it accepts; a fake, printed in the banner).", DefaultValueFactory = _ => EmulatorDefaults.AuthToken };
    private readonly Option<string> _apiKey = new("--api-key") { HelpName = "SK…", Description = "An API key of the main account the emulator accepts as Basic-auth user.", DefaultValueFactory = _ => EmulatorDefaults.ApiKeySid };
    private readonly Option<string> _apiKeySecret = new("--api-key-secret") { HelpName = "secret", Description = "The API key's secret.", DefaultValueFactory = _ => EmulatorDefaults.ApiKeySecret };
    private readonly Option<bool> _noApiKey = new("--no-api-key") { Description = "Accept no API key." };
    private readonly Option<string?> _state = new("--state") { HelpName = "file", Description = "Persist the state in this file (atomic writes); loaded instead of the seed when it exists. Written ~200 ms after changes: a crash or kill -9 loses the writes made after the file's captured_at; a clean stop (Ctrl+C, SIGTERM) loses none." };
    private readonly Option<double> _reviewDelay = new("--review-delay") { HelpName = "seconds", Description = "Time per review step (pending-review → in-review → verdict); 0 reviews at once.", DefaultValueFactory = _ => EmulatorDefaults.ProgramReviewStepDelay.TotalSeconds };
    private readonly Option<bool> _manualVerdicts = new("--manual-review-verdicts") { Description = "Reviews stop at in-review until a verdict is posted to /emulator/Reviews/{BundleSid} (Status=twilio-approved|twilio-rejected, Errors=codes)." };
    private readonly Option<string[]> _policies = new("--policy") { HelpName = "file", Description = "A policy definition to add, or to replace the shipped one with its SID (repeatable)." };
    private readonly Option<string?> _faults = new("--faults") { HelpName = "file", Description = "Fault injection rules (JSON; docs/emulator.md \"Faults\")." };
    private readonly Option<int?> _maxConcurrency = new("--max-concurrency") { HelpName = "n", Description = "Per-account cap on requests in flight; beyond it 429 with code 20429 and Retry-After, as Twilio answers." };
    private readonly Option<double> _latency = new("--latency-ms") { HelpName = "ms", Description = "Mean time per request, standing in for the round trip to Twilio (default 0)." };
    private readonly Option<double> _jitter = new("--latency-jitter-ms") { HelpName = "ms", Description = "Spread of the time per request: half-width (uniform) or standard deviation (normal, lognormal)." };
    private readonly Option<string> _distribution = new("--latency-distribution") { HelpName = "uniform|normal|lognormal", Description = "Shape of the spread (default uniform).", DefaultValueFactory = _ => "uniform" };

    private IEnumerable<Option> All =>
        [_urls, _port, _seed, _numbers, _numbersOnProfile, _accountSid, _authToken, _apiKey, _apiKeySecret, _noApiKey, _state, _reviewDelay, _manualVerdicts, _policies, _faults, _maxConcurrency, _latency, _jitter, _distribution];

    /// <summary>
    /// Adds every option and the action to <paramref name="command"/> (the program's root command, or <c>trusthub emulator</c>).
    /// Relative paths resolve against <paramref name="currentDirectory"/>.
    /// </summary>
    public static void AddTo(Command command, TextWriter output, TextWriter error, string currentDirectory)
    {
        var definition = new EmulatorCommandLine();
        foreach (var option in definition.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => definition.RunAsync(parse, output, error, currentDirectory, cancellationToken));
    }

    /// <summary>Parses <paramref name="args"/> as the emulator command does; for tests of the binding.</summary>
    public static (EmulatorOptions? Options, IReadOnlyList<string> Problems) Parse(IReadOnlyList<string> args, string currentDirectory)
    {
        var definition = new EmulatorCommandLine();
        var root = new RootCommand();
        foreach (var option in definition.All)
        {
            root.Options.Add(option);
        }

        var parse = root.Parse(args);
        return parse.Errors.Count > 0 ? (null, parse.Errors.Select(e => e.Message).ToArray()) : definition.Bind(parse, currentDirectory);
    }

    private async Task<int> RunAsync(ParseResult parse, TextWriter output, TextWriter error, string currentDirectory, CancellationToken cancellationToken)
    {
        var (options, problems) = Bind(parse, currentDirectory);
        if (options is null)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync(problem).ConfigureAwait(false);
            }

            return EmulatorExitCodes.BadInput;
        }

        // Warnings (refused requests, skipped callbacks) to stderr, so stdout carries the banner only.
        using var loggers = LoggerFactory.Create(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(console => console.SingleLine = true)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        options.LoggerFactory = loggers;
        EmulatorHost host;
        try
        {
            host = await EmulatorHost.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return EmulatorExitCodes.Cancelled;
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException)
        {
            await error.WriteLineAsync($"The emulator did not start: {e.Message}").ConfigureAwait(false);
            return EmulatorExitCodes.BadInput;
        }
        catch (IOException e)
        {
            // Kestrel reports an address in use as an IOException.
            await error.WriteLineAsync($"The emulator did not start on {options.Url}: {e.Message}").ConfigureAwait(false);
            return EmulatorExitCodes.Configuration;
        }

        await using (host.ConfigureAwait(false))
        {
            EmulatorBanner.Print(output, host, options);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: stop cleanly, writing the final state.
            }
        }

        await output.WriteLineAsync("Stopped.").ConfigureAwait(false);
        return EmulatorExitCodes.Success;
    }

    /// <summary>The options, or every problem at once, each naming its option.</summary>
    private (EmulatorOptions? Options, IReadOnlyList<string> Problems) Bind(ParseResult parse, string currentDirectory)
    {
        var problems = new List<string>();
        string FullPath(string path) => Path.GetFullPath(path, currentDirectory);
        T Problem<T>(string problem, T fallback)
        {
            problems.Add(problem);
            return fallback;
        }

        var options = new EmulatorOptions
        {
            AccountSid = parse.GetValue(_accountSid)!,
            AuthToken = parse.GetValue(_authToken)!,
            ApiKeySid = parse.GetValue(_noApiKey) ? null : parse.GetValue(_apiKey),
            ApiKeySecret = parse.GetValue(_noApiKey) ? null : parse.GetValue(_apiKeySecret),
            ExtraNumbers = parse.GetValue(_numbers),
            ExtraNumbersOnProfile = parse.GetValue(_numbersOnProfile),
            StatePath = parse.GetValue(_state) is { } state ? FullPath(state) : null,
            ManualReviewVerdicts = parse.GetValue(_manualVerdicts),
            MaxConcurrentRequestsPerAccount = parse.GetValue(_maxConcurrency),
            Latency = new LatencyOptions
            {
                Mean = Milliseconds(parse.GetValue(_latency)),
                Jitter = Milliseconds(parse.GetValue(_jitter)),
                Distribution = parse.GetValue(_distribution) switch
                {
                    "uniform" => LatencyDistribution.Uniform,
                    "normal" => LatencyDistribution.Normal,
                    "lognormal" => LatencyDistribution.LogNormal,
                    var other => Problem($"--latency-distribution \"{other}\" is not uniform, normal or lognormal.", LatencyDistribution.Uniform),
                },
            },
        };

        if (options.StatePath is { } statePath && Directory.Exists(statePath))
        {
            problems.Add($"--state \"{parse.GetValue(_state)}\" is a directory; name a file in it, such as {Path.Combine(statePath, "emulator-state.json")}.");
        }

        var (urls, port) = (parse.GetValue(_urls), parse.GetValue(_port));
        if (urls is not null && port is not null)
        {
            problems.Add("--urls and --port name the same thing: give one of them.");
        }
        else if (port is not null)
        {
            if (port is < 0 or > 65535)
            {
                problems.Add($"--port {port} is not a port number (0-65535).");
            }
            else
            {
                options.Url = $"http://127.0.0.1:{port}";
            }
        }
        else
        {
            options.Url = urls ?? EmulatorDefaults.ProgramUrl;
            if (options.Url.Contains(';', StringComparison.Ordinal))
            {
                problems.Add($"--urls \"{options.Url}\": the emulator listens on one URL; give one.");
            }
        }

        var seed = parse.GetValue(_seed)!;
        if (seed.StartsWith("bulk:", StringComparison.Ordinal))
        {
            if (!int.TryParse(seed.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > EmulatorOptions.MaxExtraNumbers)
            {
                problems.Add($"--seed \"{seed}\": bulk takes a count from 1 to {EmulatorOptions.MaxExtraNumbers}, such as bulk:10000.");
            }
            else if (options.ExtraNumbers != 0)
            {
                problems.Add($"--seed {seed} and --numbers both add numbers: give one of them.");
            }
            else
            {
                options.ExtraNumbers = count;
            }

            options.Seed = "demo";
        }
        else if (seed is "demo" or "none")
        {
            options.Seed = seed;
        }
        else if (Directory.Exists(FullPath(seed)))
        {
            problems.Add($"--seed \"{seed}\" is a directory, not a seed file.");
        }
        else if (File.Exists(FullPath(seed)))
        {
            options.Seed = FullPath(seed);
        }
        else
        {
            problems.Add($"--seed \"{seed}\" is neither demo, none, bulk:N nor an existing seed file ({FullPath(seed)}).");
        }

        var reviewDelay = parse.GetValue(_reviewDelay);
        if (reviewDelay is < 0 or > 3600 || double.IsNaN(reviewDelay))
        {
            problems.Add($"--review-delay {reviewDelay.ToString(CultureInfo.InvariantCulture)} must be 0 to 3600 seconds.");
        }
        else
        {
            options.ReviewStepDelay = TimeSpan.FromSeconds(reviewDelay);
        }

        foreach (var policy in parse.GetValue(_policies) ?? [])
        {
            if (Directory.Exists(FullPath(policy)))
            {
                problems.Add($"--policy \"{policy}\" is a directory, not a policy file.");
            }
            else if (File.Exists(FullPath(policy)))
            {
                options.PolicyFiles.Add(FullPath(policy));
            }
            else
            {
                problems.Add($"--policy \"{policy}\": the file {FullPath(policy)} does not exist.");
            }
        }

        if (parse.GetValue(_faults) is { } faults)
        {
            var path = FullPath(faults);
            try
            {
                options.Faults = FaultOptions.Parse(BoundedFile.ReadAllText(path, BoundedFile.DefinitionMaxBytes), path);
                _ = new FaultInjector(options.Faults);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidDataException)
            {
                problems.Add($"--faults \"{faults}\": {e.Message}");
            }
        }

        problems.AddRange(options.Problems((_, option) => option));
        return problems.Count > 0 ? (null, problems) : (options, problems);
    }

    private static TimeSpan Milliseconds(double value) =>
        double.IsFinite(value) && Math.Abs(value) <= TimeSpan.MaxValue.TotalMilliseconds / 2 ? TimeSpan.FromMilliseconds(value) : TimeSpan.MaxValue;
}

/// <summary>The emulator command's exit codes: the same numbers as <c>trusthub</c>'s table (docs/cli.md).</summary>
internal static class EmulatorExitCodes
{
    /// <summary>Stopped by Ctrl+C or SIGTERM after serving.</summary>
    public const int Success = 0;

    /// <summary>Bad options, or a seed, state, policy or faults file that cannot be used.</summary>
    public const int BadInput = 2;

    /// <summary>The address is in use.</summary>
    public const int Configuration = 3;

    /// <summary>Cancelled before the emulator was listening.</summary>
    public const int Cancelled = 130;
}
