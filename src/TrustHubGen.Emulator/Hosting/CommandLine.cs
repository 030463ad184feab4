using System.Globalization;
using System.Text.Json;
using TrustHubGen.Emulator.Faults;

namespace TrustHubGen.Emulator.Hosting;

/// <summary>The program's options. Every problem is an <see cref="ArgumentException"/> naming the option and what it takes.</summary>
internal static class CommandLine
{
    public const string Usage = """
        TrustHubGen Trust Hub emulator (loopback only)

          --urls URL                 where to listen (default http://127.0.0.1:5080; port 0 picks a free one)
          --seed demo|none|FILE      demo data (default), an empty account, or a JSON seed file
          --account-sid AC...        main account SID (default AC043bcd784c2155dbb1db7b3139a3617f)
          --auth-token TOKEN         main account auth token (default 1423d2dc0ac03cec6c0292eddc293c45)
          --state FILE               persist state in FILE (atomic writes); loaded instead of the seed when it exists.
                                     Written ~200 ms after changes: a crash or kill -9 loses writes made after the
                                     file's "captured_at" (the last moments); a clean stop (Ctrl+C, SIGTERM) loses none
          --review-delay SECONDS     time per review step (default 3; 0 = immediate)
          --numbers N                add N US local numbers (not on any profile)
          --numbers-on-profile N     add N US local numbers on the demo Primary Business Profile
          --policy FILE              add a policy definition, or replace the shipped one with its SID (repeatable)
          --faults FILE              fault injection rules (JSON; see docs/emulator.md)
          --max-concurrency N        per-account cap on requests in flight (429, code 20429, beyond it)
          --help                     this text
        """;

    /// <summary>Parses arguments; null means --help was asked for.</summary>
    public static EmulatorOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions
        {
            Url = EmulatorDefaults.ProgramUrl,
            ReviewStepDelay = EmulatorDefaults.ProgramReviewStepDelay,
            LogToConsole = true,
        };
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h" or "-?")
            {
                return null;
            }

            string Value() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new ArgumentException($"{name} needs a value.");

            switch (name)
            {
                case "--urls":
                    options.Url = Value().Split(';', StringSplitOptions.RemoveEmptyEntries)[0];
                    break;
                case "--seed":
                    options.Seed = Value();
                    break;
                case "--account-sid":
                    options.AccountSid = Value();
                    break;
                case "--auth-token":
                    options.AuthToken = Value();
                    break;
                case "--state":
                    options.StatePath = Value();
                    break;
                case "--review-delay":
                    options.ReviewStepDelay = TimeSpan.FromSeconds(Number(name, Value(), 0, 3600));
                    break;
                case "--numbers":
                    options.ExtraNumbers = (int)Number(name, Value(), 0, 1_000_000);
                    break;
                case "--numbers-on-profile":
                    options.ExtraNumbersOnProfile = (int)Number(name, Value(), 0, 1_000_000);
                    break;
                case "--policy":
                    options.PolicyFiles.Add(Value());
                    break;
                case "--faults":
                    var path = Value();
                    options.Faults = ReadFaults(path, File.Exists(path) ? File.ReadAllText(path) : throw new ArgumentException($"--faults: file \"{path}\" does not exist."), options.Faults.MaxConcurrentRequestsPerAccount);
                    break;
                case "--max-concurrency":
                    options.Faults.MaxConcurrentRequestsPerAccount = (int)Number(name, Value(), 1, 100_000);
                    break;
                default:
                    throw new ArgumentException($"Unknown option \"{name}\". Run with --help for the list.");
            }
        }

        return options;
    }

    private static double Number(string name, string raw, double min, double max) =>
        double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name} takes a number from {min} to {max}, not \"{raw}\".");

    /// <summary>
    /// Reads a faults file: <c>{"max_concurrent_requests_per_account": 4, "random_seed": 1, "routes": [{"method": "POST",
    /// "path": "/v1/TrustProducts/*/ChannelEndpointAssignments", "too_many_requests_rate": 0.1, "retry_after_seconds": 1,
    /// "service_unavailable_rate": 0.05, "drop_connection_rate": 0.01, "latency_ms": 20}]}</c>.
    /// </summary>
    public static FaultOptions ReadFaults(string source, string json, int? concurrencyFromCommandLine = null)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var options = new FaultOptions { MaxConcurrentRequestsPerAccount = concurrencyFromCommandLine };
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "max_concurrent_requests_per_account":
                        options.MaxConcurrentRequestsPerAccount = property.Value.GetInt32();
                        break;
                    case "random_seed":
                        options.RandomSeed = property.Value.GetInt32();
                        break;
                    case "routes":
                        var index = 0;
                        foreach (var route in property.Value.EnumerateArray())
                        {
                            options.Routes.Add(ReadRoute(source, $"routes[{index++}]", route));
                        }

                        break;
                    default:
                        throw new ArgumentException($"{source}: unknown property \"{property.Name}\"; expected max_concurrent_requests_per_account, random_seed or routes.");
                }
            }

            return options;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new ArgumentException($"{source}: not a valid faults file: {e.Message}", e);
        }
    }

    private static RouteFault ReadRoute(string source, string path, JsonElement json)
    {
        var fault = new RouteFault();
        foreach (var property in json.EnumerateObject())
        {
            switch (property.Name)
            {
                case "method": fault.Method = property.Value.GetString() ?? "*"; break;
                case "path": fault.Path = property.Value.GetString() ?? "/**"; break;
                case "too_many_requests_rate": fault.TooManyRequestsRate = property.Value.GetDouble(); break;
                case "retry_after_seconds": fault.RetryAfterSeconds = property.Value.GetInt32(); break;
                case "service_unavailable_rate": fault.ServiceUnavailableRate = property.Value.GetDouble(); break;
                case "drop_connection_rate": fault.DropConnectionRate = property.Value.GetDouble(); break;
                case "latency_ms": fault.Latency = TimeSpan.FromMilliseconds(property.Value.GetDouble()); break;
                default:
                    throw new ArgumentException($"{source}: {path}: unknown property \"{property.Name}\".");
            }
        }

        return fault;
    }
}
