using System.Globalization;
using System.Runtime.InteropServices;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Onboarding.Benchmarks;

// dotnet run -c Release --project benchmarks/TrustHubGen.Onboarding.Benchmarks [-- numbers concurrency engineRuns latencyMs]
// Each run gets a fresh emulator (demo seed plus `numbers` US numbers off the profile) in this process. latencyMs (default 0)
// adds that delay to every request in the emulator, standing in for the real service's distance.
var root = FindRepositoryRoot();
using var sockets = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = int.MaxValue };
// dotnet run -c Release --project benchmarks/TrustHubGen.Onboarding.Benchmarks -- limits [numbers latencyMs cap rounds documentedNumbers contestants]
// Issue 12: the engine, Twilio's C# library and the documented way against the emulator's latency and per-account cap.
if (args.Length > 0 && args[0] == "limits") return await LimitsBenchmark.RunAsync(args, root, sockets);
// dotnet run -c Release --project benchmarks/TrustHubGen.Onboarding.Benchmarks -- scale [counts latencyMs cap [plan [planRounds [numbersOnProfile]]]]
// Issue 12's scale table: the engine at 10k/100k/1M numbers against the emulator in its own process (memory apart); "plan"
// only reads and plans, the numbers named by SID and in E.164 in turn (the whole list paged against prefix partitions).
if (args.Length > 0 && args[0] == "scale") return await ScaleBenchmark.RunAsync(args, sockets);

var numbers = Argument(0, 10_000, "numbers");
var concurrency = Argument(1, 32, "concurrency");
var engineRuns = Argument(2, 3, "engineRuns");
var latency = TimeSpan.FromMilliseconds(Argument(3, 0, "latencyMs", minimum: 0));

Console.WriteLine($"Onboarding benchmark: {numbers:N0} numbers, CNAM + SHAKEN/STIR, engine concurrency {concurrency}, {latency.TotalMilliseconds} ms added latency per request");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");

// Warm-up (JIT, connection pool) on a small account, not measured.
await using (var warm = await StartAsync(200)) await EngineRun.RunAsync(warm, Numbers(warm, 200), concurrency, sockets);

var engine = new List<EngineMeasurement>();
for (var i = 0; i < engineRuns; i++)
{
    await using var emulator = await StartAsync(numbers);
    var run = await EngineRun.RunAsync(emulator, Numbers(emulator, numbers), concurrency, sockets);
    engine.Add(run);
    Console.WriteLine($"engine run {i + 1}: {run.Wall.TotalSeconds:F2} s, {run.Requests} HTTP requests ({(double)run.Requests / numbers:F4} per number), {run.WriteCalls} writes");
}

DocumentedWayMeasurement documented;
await using (var emulator = await StartAsync(numbers))
{
    documented = await DocumentedWayRun.RunAsync(emulator, Numbers(emulator, numbers), root);
}
Console.WriteLine($"documented way: {documented.InsideNode.TotalSeconds:F2} s inside Node ({documented.Wall.TotalSeconds:F2} s with process start), {documented.Calls} calls");

var median = engine.OrderBy(r => r.Wall).ElementAt(engine.Count / 2);
Console.WriteLine();
Console.WriteLine("| | API calls | calls per number | wall time | ");
Console.WriteLine("|---|---:|---:|---:|");
Console.WriteLine($"| TrustHubGen engine (median of {engine.Count}, concurrency {concurrency}) | {median.Requests:N0} | {(double)median.Requests / numbers:F4} | {median.Wall.TotalSeconds:F2} s |");
Console.WriteLine($"| documented way (Node, `twilio` {TwilioClientVersion(root)}, one awaited call at a time) | {documented.Calls:N0} | {(double)documented.Calls / numbers:F4} | {documented.InsideNode.TotalSeconds:F2} s |");
Console.WriteLine();
Console.WriteLine($"engine calls by operation: {string.Join(", ", median.ApiCalls.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}");
Console.WriteLine($"floor: {numbers * 3:N0} writes (3 per number); engine writes {median.WriteCalls:N0}, {median.Requests - median.WriteCalls} other calls");
Console.WriteLine("where the engine's time went (median run):");
foreach (var (phase, duration) in median.Phases) Console.WriteLine($"  {duration.TotalSeconds,6:F2} s  {phase}");
Console.WriteLine($"speed-up: {documented.InsideNode / median.Wall:F1}x (goal: at least 20x)");
return 0;

Task<EmulatorHost> StartAsync(int extra)
{
    var options = new EmulatorOptions { ExtraNumbers = extra, ReviewStepDelay = TimeSpan.Zero };
    if (latency > TimeSpan.Zero) options.Faults.Routes.Add(new TrustHubGen.Emulator.Faults.RouteFault { Path = "/**", Latency = latency });
    return EmulatorHost.StartAsync(options);
}

// The bulk numbers come after the demo seed's own off-profile numbers.
static IReadOnlyList<string> Numbers(EmulatorHost emulator, int count) => emulator.Seed.NumbersNotOnProfile.TakeLast(count).Select(n => n.Sid).ToArray();

int Argument(int index, int fallback, string name, int minimum = 1)
{
    if (args.Length <= index) return fallback;
    return int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum
        ? value
        : throw new ArgumentException($"Argument {index + 1} ({name}) must be a whole number of at least {minimum}, not \"{args[index]}\".");
}

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "TrustHubGen.sln"))) return dir.FullName;
    throw new InvalidOperationException($"TrustHubGen.sln not found above {AppContext.BaseDirectory}.");
}

static string TwilioClientVersion(string root)
{
    using var package = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "eng", "node", "node_modules", "twilio", "package.json")));
    return package.RootElement.GetProperty("version").GetString()!;
}
