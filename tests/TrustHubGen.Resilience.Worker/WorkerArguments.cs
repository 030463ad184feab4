namespace TrustHubGen.Resilience.Worker;

/// <summary>Where the worker dies on purpose, if anywhere.</summary>
internal enum CrashPoint
{
    /// <summary>Run to completion.</summary>
    None,

    /// <summary>At the Nth HTTP request, before it is sent.</summary>
    BeforeSend,

    /// <summary>At the Nth HTTP request, after its answer arrived and before the engine sees it.</summary>
    AfterResponse,
}

/// <summary>How the worker ends itself at the crash point.</summary>
internal enum CrashMethod
{
    /// <summary><see cref="Environment.FailFast(string)"/>: no finally blocks, no flushing (SIGABRT on Unix).</summary>
    FailFast,

    /// <summary><see cref="Environment.Exit(int)"/> with <see cref="WorkerArguments.CrashExitCode"/>.</summary>
    Exit,
}

/// <summary>The command line; credentials come from TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN, never from arguments.</summary>
internal sealed record WorkerArguments(Uri EmulatorUrl, string ProfileSid, IReadOnlyList<string> NumberSids, CrashPoint Crash, int CrashAt, CrashMethod Method, int Concurrency)
{
    /// <summary>The exit code of a worker that ended itself with <see cref="CrashMethod.Exit"/>.</summary>
    public const int CrashExitCode = 75;

    public const string Usage =
        "usage: TrustHubGen.Resilience.Worker --url http://127.0.0.1:PORT/ --profile BU… --numbers PN…,PN… " +
        "[--crash none|before-send|after-response --crash-at N (1-based HTTP request index) --crash-by failfast|exit] [--concurrency N]\n" +
        "credentials: TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN";

    /// <summary>The parsed arguments, or the list of problems (each naming the argument).</summary>
    public static (WorkerArguments? Arguments, IReadOnlyList<string> Problems) Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                problems.Add($"argument \"{args[i]}\" is not an option followed by a value");
                continue;
            }
            values[args[i]] = args[++i];
        }

        foreach (var name in values.Keys.Except(["--url", "--profile", "--numbers", "--crash", "--crash-at", "--crash-by", "--concurrency"]))
            problems.Add($"unknown option {name}");

        Uri? url = null;
        if (!values.TryGetValue("--url", out var urlText)) problems.Add("--url is required");
        else if (!Uri.TryCreate(urlText, UriKind.Absolute, out url) || !url.IsLoopback)
            problems.Add($"--url \"{urlText}\" is not an absolute loopback URL such as http://127.0.0.1:5080/");

        if (!values.TryGetValue("--profile", out var profile) || !profile.StartsWith("BU", StringComparison.Ordinal))
            problems.Add($"--profile must be a Business Profile SID (BU…), not \"{profile}\"");

        var numbers = values.TryGetValue("--numbers", out var list) ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        if (numbers.Length == 0) problems.Add("--numbers needs at least one phone-number SID (PN…), comma-separated");
        foreach (var bad in numbers.Where(n => !n.StartsWith("PN", StringComparison.Ordinal)))
            problems.Add($"--numbers: \"{bad}\" is not a phone-number SID (PN…)");

        var crash = values.GetValueOrDefault("--crash", "none") switch
        {
            "none" => CrashPoint.None,
            "before-send" => CrashPoint.BeforeSend,
            "after-response" => CrashPoint.AfterResponse,
            var other => Problem(CrashPoint.None, $"--crash \"{other}\" is not none, before-send or after-response"),
        };
        var crashAt = 0;
        if (crash != CrashPoint.None)
        {
            if (!values.TryGetValue("--crash-at", out var crashAtText))
                problems.Add($"--crash-at (the 1-based index of the HTTP request to crash at) is required with --crash {values["--crash"]}");
            else if (!int.TryParse(crashAtText, out crashAt) || crashAt < 1)
                problems.Add($"--crash-at must be a request index of 1 or more, not \"{crashAtText}\"");
        }

        var method = values.GetValueOrDefault("--crash-by", "failfast") switch
        {
            "failfast" => CrashMethod.FailFast,
            "exit" => CrashMethod.Exit,
            var other => Problem(CrashMethod.FailFast, $"--crash-by \"{other}\" is not failfast or exit"),
        };
        if (!int.TryParse(values.GetValueOrDefault("--concurrency", "4"), out var concurrency) || concurrency < 1)
            problems.Add($"--concurrency must be a positive number, not \"{values.GetValueOrDefault("--concurrency")}\"");

        return problems.Count > 0 ? (null, problems) : (new WorkerArguments(url!, profile!, numbers, crash, crashAt, method, concurrency), problems);

        T Problem<T>(T fallback, string message)
        {
            problems.Add(message);
            return fallback;
        }
    }
}
