using System.Globalization;

namespace IsvOnboarding;

/// <summary>The sample's command line; every problem names the argument.</summary>
public sealed record IsvArguments
{
    public const string Usage = """
        usage: IsvOnboarding [options]
          Demo (default): the embedded Trust Hub emulator with N customer subaccounts; onboards each customer's Secondary
          Business Profile, then its CNAM and SHAKEN/STIR products, as Hangfire jobs continued by status callbacks.
            --customers N           customers in the demo (default 5)
            --review-delay SECONDS  the emulator's time per review step (default 2)
            --keep-running          keep serving (dashboard at /trusthub/jobs) after the demo, until Ctrl+C
          Worker (one of several instances sharing PostgreSQL):
            --worker                serve callbacks and run jobs until SIGTERM; no emulator
            --customers-file FILE   the ISV's customers (primary_profile_sid, customers[])
            --twilio-base URL       send Twilio calls there (an emulator); credentials from TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN
            --public-url URL        the public base URL Twilio calls back (behind a proxy: the proxy's)
            --start                 start every customer of the file
          Both:
            --postgres CONNECTION   keep jobs in PostgreSQL (default: in memory)
            --schema NAME           PostgreSQL schema of Hangfire's tables (default hangfire)
            --urls URL              where to listen (default http://127.0.0.1 on a free port)
            --reconcile-every S, --overdue S, --invisibility S (also lock expiry), --workers N, --poll S, --server-name NAME
        """;

    public bool Worker { get; init; }
    public int Customers { get; init; } = 5;
    public double ReviewDelaySeconds { get; init; } = 2;
    public bool KeepRunning { get; init; }
    public string? CustomersFile { get; init; }
    public Uri? TwilioBase { get; init; }
    public Uri? PublicUrl { get; init; }
    public bool Start { get; init; }
    public string? Postgres { get; init; }
    public string Schema { get; init; } = "hangfire";
    public string? Urls { get; init; }
    public TimeSpan? ReconcileEvery { get; init; }
    public TimeSpan? Overdue { get; init; }
    public TimeSpan? Invisibility { get; init; }
    public TimeSpan? Poll { get; init; }
    public int? Workers { get; init; }
    public string? ServerName { get; init; }

    /// <summary>Parses; throws <see cref="ArgumentException"/> naming the argument.</summary>
    public static IsvArguments Parse(IReadOnlyList<string> args)
    {
        var result = new IsvArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            double Number(double min, double max) => double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
                ? n : throw new ArgumentException($"{name} takes a number from {min} to {max}.");
            Uri Url() => Uri.TryCreate(Value(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u : throw new ArgumentException($"{name} takes an absolute http(s) URL.");
            result = name switch
            {
                "--worker" => result with { Worker = true },
                "--customers" => result with { Customers = (int)Number(1, 4999) },
                "--review-delay" => result with { ReviewDelaySeconds = Number(0, 3600) },
                "--keep-running" => result with { KeepRunning = true },
                "--customers-file" => result with { CustomersFile = Value() },
                "--twilio-base" => result with { TwilioBase = Url() },
                "--public-url" => result with { PublicUrl = Url() },
                "--start" => result with { Start = true },
                "--postgres" => result with { Postgres = Value() },
                "--schema" => result with { Schema = Value() },
                "--urls" => result with { Urls = Value() },
                "--reconcile-every" => result with { ReconcileEvery = TimeSpan.FromSeconds(Number(1, 3600)) },
                "--overdue" => result with { Overdue = TimeSpan.FromSeconds(Number(1, 86400)) },
                "--invisibility" => result with { Invisibility = TimeSpan.FromSeconds(Number(5, 86400)) },
                "--poll" => result with { Poll = TimeSpan.FromSeconds(Number(0.1, 60)) },
                "--workers" => result with { Workers = (int)Number(1, 100) },
                "--server-name" => result with { ServerName = Value() },
                _ => throw new ArgumentException($"Unknown argument \"{name}\"."),
            };
        }
        if (result.Worker && (result.CustomersFile is null || result.TwilioBase is null || result.PublicUrl is null))
            throw new ArgumentException("--worker needs --customers-file, --twilio-base and --public-url.");
        return result;
    }
}
