using System.Diagnostics;
using System.Globalization;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.Limits;

namespace TrustHubGen.Onboarding.Benchmarks;

/// <summary>
/// Onboarding at Twilio's limits (issue 12): every contestant against a fresh emulator with the same latency and per-account
/// concurrency cap, interleaved round by round (the order rotates), so the machine's load falls on all alike.
/// <list type="bullet">
/// <item>the engine (adaptive concurrency, <c>MaxConcurrency</c> 256): wall time against the physical limit, calls × mean
/// latency ÷ cap;</item>
/// <item>Twilio's C# library with <c>Parallel.ForEachAsync</c> at degrees 32 and 200 (no retry: refused numbers are lost);</item>
/// <item>the documented way (the docs' Node snippets, one call at a time) on a smaller set, its time per call applied to the
/// full run's calls (one call at a time is linear in the calls by construction).</item>
/// </list>
/// </summary>
internal static class LimitsBenchmark
{
    public static async Task<int> RunAsync(string[] args, string root, SocketsHttpHandler sockets)
    {
        var numbers = Argument(args, 1, 10_000);
        var latencyMs = Argument(args, 2, 50);
        var cap = Argument(args, 3, 100);
        var rounds = Argument(args, 4, 3);
        var documentedNumbers = Argument(args, 5, 1_000, minimum: 0);
        var contestants = (args.Length > 6 ? args[6] : "engine,csharp32,csharp200").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var latency = new LatencyOptions { Mean = TimeSpan.FromMilliseconds(latencyMs), Jitter = TimeSpan.FromMilliseconds(latencyMs / 5.0), Distribution = LatencyDistribution.LogNormal };

        Console.WriteLine($"Limits benchmark: {numbers:N0} numbers, CNAM + SHAKEN/STIR, latency {latencyMs} ms mean (log-normal, sd {latencyMs / 5.0} ms), cap {cap} concurrent requests per account, {rounds} interleaved rounds");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()} at start, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");

        Task<EmulatorHost> StartAsync(int extra) => EmulatorHost.StartAsync(new EmulatorOptions
        {
            ExtraNumbers = extra, ReviewStepDelay = TimeSpan.Zero, MaxConcurrentRequestsPerAccount = cap, Latency = latency,
        });

        // Warm-up (JIT, connections), not measured.
        await using (var warm = await StartAsync(200))
        {
            await EngineRun.RunAsync(warm, Numbers(warm, 200), 256, sockets);
            if (contestants.Any(c => c.StartsWith("csharp", StringComparison.Ordinal))) await TwilioLibraryRun.RunAsync(warm, Numbers(warm, 200).Take(50).ToArray(), 32, sockets);
        }

        var results = contestants.ToDictionary(c => c, _ => new List<Row>());
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < contestants.Length; i++)
            {
                var contestant = contestants[(i + round) % contestants.Length];
                await using var emulator = await StartAsync(numbers);
                var row = await RunOneAsync(contestant, emulator, Numbers(emulator, numbers), sockets, latencyMs, cap);
                results[contestant].Add(row);
                Console.WriteLine($"round {round + 1} {contestant}: {row.Wall.TotalSeconds:F2} s, {row.Requests:N0} requests, {row.Refused} refused (429), {row.Lost} numbers lost, peak {row.Peak} in flight, load {LoadAverage()}");
            }
        }

        double? documentedPerCall = null;
        int documentedCalls = 0;
        if (documentedNumbers > 0)
        {
            await using var emulator = await StartAsync(documentedNumbers);
            var documented = await DocumentedWayRun.RunAsync(emulator, Numbers(emulator, documentedNumbers), root);
            documentedPerCall = documented.InsideNode.TotalSeconds / documented.Calls;
            documentedCalls = documented.Calls;
            Console.WriteLine($"documented way on {documentedNumbers:N0} numbers: {documented.InsideNode.TotalSeconds:F2} s for {documented.Calls:N0} calls ({documentedPerCall * 1000:F1} ms per call)");
        }

        Console.WriteLine();
        var engine = results.TryGetValue("engine", out var e) ? Median(e) : null;
        var limit = engine is null ? (double?)null : engine.Requests * latencyMs / 1000.0 / cap;
        Console.WriteLine($"| {numbers:N0} numbers, {latencyMs} ms, cap {cap} | wall time (median of {rounds}; min–max) | vs physical limit | requests | per number | answered 429 | numbers lost |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, rows) in results)
        {
            var m = Median(rows);
            var vsLimit = limit is { } l ? $"{m.Wall.TotalSeconds / l:F2}x" : "";
            Console.WriteLine($"| {Describe(name)} | {m.Wall.TotalSeconds:F2} s ({rows.Min(r => r.Wall).TotalSeconds:F2}–{rows.Max(r => r.Wall).TotalSeconds:F2}) | {vsLimit} | {m.Requests:N0} | {(double)m.Requests / numbers:F4} | {m.Refused:N0} ({100.0 * m.Refused / Math.Max(1, m.Requests):F2} %) | {m.Lost:N0} |");
        }
        if (documentedPerCall is { } perCall)
        {
            var calls = numbers * 3 + 8;   // the snippets' calls: 3 per number, 8 per run
            var projected = perCall * calls;
            Console.WriteLine($"| documented way (Node `twilio`, one call at a time; measured on {documentedNumbers:N0} numbers, {documentedCalls:N0} calls, projected) | {projected:F1} s | {(limit is { } l2 ? $"{projected / l2:F1}x" : "")} | {calls:N0} | {(double)calls / numbers:F4} | 0 | 0 |");
            if (engine is not null)
                Console.WriteLine($"\nengine vs documented way: {projected / engine.Wall.TotalSeconds:F1}x (goal: at least 85x); physical limit {limit:F2} s ({engine.Requests:N0} calls x {latencyMs} ms / {cap})");
        }
        if (engine is not null) Console.WriteLine($"engine calls by operation (median run): {string.Join(", ", engine.Calls.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}");
        return 0;
    }

    private static async Task<Row> RunOneAsync(string contestant, EmulatorHost emulator, IReadOnlyList<string> numbers, SocketsHttpHandler sockets, int latencyMs, int cap)
    {
        Row row;
        if (contestant == "engine")
        {
            var run = await EngineRun.RunAsync(emulator, numbers, 256, sockets);
            row = new Row(run.Wall, run.Requests, 0, 0, 0, run.ApiCalls);
            PrintAttribution(run, latencyMs, cap);
        }
        else if (contestant.StartsWith("csharp", StringComparison.Ordinal) && int.TryParse(contestant.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var degree))
        {
            var run = await TwilioLibraryRun.RunAsync(emulator, numbers, degree, sockets);
            row = new Row(run.Wall, run.Requests, 0, run.NumbersLost, 0, new Dictionary<string, int>());
        }
        else throw new ArgumentException($"Unknown contestant \"{contestant}\": use engine or csharpN (N = Parallel.ForEachAsync degree).");
        var statistics = emulator.Statistics;
        return row with { Refused = (int)statistics.RefusedByConcurrencyCap, Peak = statistics.PeakConcurrentRequests.Values.DefaultIfEmpty(0).Max() };
    }

    // Where the engine's time went against the physical limit: each step over numbers against its share of the limit
    // (numbers x latency / cap), its tail after 99 % were done (ideally about one round trip), and the time when no step over
    // numbers was going on (reads and single calls: the run's sequential part). Steps may overlap (the products run together).
    private static void PrintAttribution(EngineMeasurement run, int latencyMs, int cap)
    {
        var steps = run.Details.Where(p => p.Numbers > 0).OrderBy(p => p.Start).ToList();
        foreach (var phase in run.Details.Where(p => p.Numbers == 0 && p.Duration >= TimeSpan.FromMilliseconds(100)))
            Console.WriteLine($"    {phase.Duration.TotalSeconds,6:F2} s  {phase.Name} (from {phase.Start.TotalSeconds:F2} s)");
        foreach (var phase in steps)
        {
            var ideal = TimeSpan.FromMilliseconds(phase.Numbers * (double)latencyMs / cap);
            Console.WriteLine($"    {phase.Duration.TotalSeconds,6:F2} s  {phase.Name} (from {phase.Start.TotalSeconds:F2} s; {phase.Numbers:N0} numbers alone would take {ideal.TotalSeconds:F2} s at the cap; tail after 99 % {phase.Tail?.TotalSeconds:F2} s)");
        }
        // The union of the number steps' intervals: the rest of the wall time is sequential.
        var covered = TimeSpan.Zero;
        var reach = TimeSpan.Zero;
        foreach (var phase in steps)
        {
            var from = phase.Start > reach ? phase.Start : reach;
            var to = phase.Start + phase.Duration;
            if (to > from) covered += to - from;
            if (to > reach) reach = to;
        }
        var allNumbers = TimeSpan.FromMilliseconds(steps.Sum(p => p.Numbers) * (double)latencyMs / cap);
        Console.WriteLine($"    number steps: {covered.TotalSeconds:F2} s of wall time for {allNumbers.TotalSeconds:F2} s of work at the cap ({covered / allNumbers:F2}x); outside them (reads, single calls): {(run.Wall - covered).TotalSeconds:F2} s");
        Console.WriteLine($"    admitted answers: the service counted {run.MeanConcurrency.Reported:F1} of the account's requests in flight on average, this client {run.MeanConcurrency.Own:F1} at send (its own count at send: median {run.OwnAtSend.P50}, 90th percentile {run.OwnAtSend.P90}, 99th {run.OwnAtSend.P99})");
        Console.WriteLine($"    adaptive gate: {run.GateWaits.Queued:N0} of {run.GateWaits.Attempts:N0} attempts waited over 1 ms for a slot (mean wait {run.GateWaits.MeanWait * 1000:F1} ms): {(run.GateWaits.Queued * 2 > run.GateWaits.Attempts ? "the gate's limit binds" : "slots were free: the client made requests slower than the limit let them out")}");
        var waits = run.RetryWaits;
        Console.WriteLine($"    retries: {waits.Count}, waiting {waits.Sum(w => w.Delay.TotalSeconds):F2} s in all (longest {waits.Select(w => w.Delay.TotalSeconds).DefaultIfEmpty(0).Max():F2} s)");
    }

    private static string Describe(string contestant) => contestant == "engine"
        ? "TrustHubGen engine (adaptive, MaxConcurrency 256)"
        : $"Twilio C# 8.2.0, Parallel.ForEachAsync degree {contestant[6..]} (no retry)";

    private static Row Median(List<Row> rows) => rows.OrderBy(r => r.Wall).ElementAt(rows.Count / 2);

    internal static IReadOnlyList<string> Numbers(EmulatorHost emulator, int count) => emulator.Seed.NumbersNotOnProfile.TakeLast(count).Select(n => n.Sid).ToArray();

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static int Argument(string[] args, int index, int fallback, int minimum = 1)
    {
        if (args.Length <= index) return fallback;
        return int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new ArgumentException($"Argument {index + 1} must be a whole number of at least {minimum}, not \"{args[index]}\".");
    }

    private sealed record Row(TimeSpan Wall, int Requests, int Refused, int Lost, int Peak, IReadOnlyDictionary<string, int> Calls);
}
