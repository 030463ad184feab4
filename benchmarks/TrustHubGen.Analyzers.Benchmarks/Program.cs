using System.Globalization;
using TrustHubGen.Analyzers.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/TrustHubGen.Analyzers.Benchmarks [-- files runs [both|clean|seeded|shape|alone|cost|calibrate|cpu [other-build-folder[,…]]] [--server[=N]]]
// both (default): writes the clean and the seeded corpus and builds them alternately, runs times each, so the machine's
// load hits both alike; clean: every call right, as in a real project; seeded: 4 of the 10 call shapes carry a mistake;
// a shape number (0-9) fills every call site with that one seeded call shape, to find which call the analyzers are slow on;
// alone: the clean corpus without the .NET SDK's analyzers, with no analyzer, with each do-nothing analyzer alone, and
// with ours (DoNothingAnalyzers.cs); cost: the clean corpus with and without TrustHubGen's analyzers, and with only a
// do-nothing analyzer with one operation block action (what asking for every method's operations costs by itself), the
// .NET SDK's on in all, the compile time and CPU they add measured as Roslyn's maintainers advise (CostSummary.cs);
// calibrate: as cost, plus analyzers that burn a known CPU time per method or only walk the operations, to read what
// the compiler's report charges for CPU known beforehand (Calibrate.cs); cpu: the CPU the compiler spends in our
// analyzers, sampled with Linux perf instead of read from the report (CpuProfile.cs);
// breakdown [folder]: the in-process breakdown of the call analyzer's time on the
// clean corpus (Breakdown.cs), runs rounds, optionally against another build of the analyzers in folder.
// --server[=N] builds each corpus also the way `dotnet build` does by default, in a compiler server (the benchmark's own,
// stopped at the end): each round the server is started afresh, its first compilation is reported apart ("server, first")
// from the N (default 2) warm ones that follow ("server, warm"); fresh-process builds stay in the same rounds.
var flags = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToList();
args = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var files = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var mode = args.Length > 2 ? args[2] : "both";
if (mode == "breakdown")
{
    await Breakdown.RunAsync(files, runs, args.Length > 3 ? args[3] : null, FindRepoRoot());
    return;
}
int? warmServerBuilds = null;
foreach (var flag in flags)
{
    if (flag == "--server") warmServerBuilds = 2;
    else if (flag.StartsWith("--server=", StringComparison.Ordinal)) warmServerBuilds = int.Parse(flag["--server=".Length..], CultureInfo.InvariantCulture);
    else throw new ArgumentException($"Unknown option {flag}.", nameof(args));
}
int? onlyShape = mode is "both" or "seeded" or "clean" or "alone" or "cost" or "calibrate" or "cpu" ? null
    : int.TryParse(mode, NumberStyles.None, CultureInfo.InvariantCulture, out var shape) ? shape
    : throw new ArgumentException($"The third argument must be both, clean, seeded, alone, cost, breakdown or a shape number, not \"{mode}\".", nameof(args));
if (onlyShape is < 0 || onlyShape >= CorpusWriter.ShapeCount)
    throw new ArgumentOutOfRangeException(nameof(args), $"shape must be 0-{CorpusWriter.ShapeCount - 1}, not {onlyShape}.");
var repoRoot = FindRepoRoot();
// A fourth argument names a folder with another build of the analyzers (TrustHubGen.Analyzers.dll and
// TrustHubGen.Policies.dll), or several separated by commas: the clean corpus of each ("clean, other build", then
// "clean, other build 2", …) is built interleaved with the others.
var otherBuilds = args.Length > 3 ? args[3].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Path.GetFullPath).ToList() : [];
string OtherBuildName(int i) => i == 0 ? "clean, other build" : $"clean, other build {i + 1}";
var names = (mode switch
{
    "both" => ["clean", "seeded"],
    "clean" or "cpu" => ["clean"],
    "alone" => ["no analyzer", "do-nothing, block start + operations + block end", "do-nothing, one block action", "clean"],
    "cost" => ["clean", CostSummary.Without, "do-nothing, one block action"],
    "calibrate" => ["clean", CostSummary.Without, "do-nothing, one block action", Calibrate.Spin, Calibrate.Walk],
    _ => new[] { "seeded" },
}).Concat(otherBuilds.Select((_, i) => OtherBuildName(i))).ToList();
var corpora = names.Select(name => new Corpus(name, Directory.CreateTempSubdirectory("trusthubgen-analyzer-bench-").FullName)).ToList();
// This build's analyzers, copied from this benchmark's output (its project reference) into a folder of their own, so
// every corpus loads its analyzers the same way (Analyzer items; a project reference made "this build" compile longer).
var thisBuild = Directory.CreateTempSubdirectory("trusthubgen-analyzer-bench-build-").FullName;
string[] AnalyzerAssemblies(string dir) => [Path.Combine(dir, "TrustHubGen.Analyzers.dll"), Path.Combine(dir, "TrustHubGen.Policies.dll")];
foreach (var (from, to) in AnalyzerAssemblies(AppContext.BaseDirectory).Zip(AnalyzerAssemblies(thisBuild))) File.Copy(from, to);
using var server = warmServerBuilds is null ? null : new CompilerServer();
try
{
    var firstBuildLogs = new Dictionary<string, string>();
    foreach (var corpus in corpora)
    {
        var otherBuild = otherBuilds.Where((_, i) => OtherBuildName(i) == corpus.Name).FirstOrDefault();
        IReadOnlyList<string> analyzerPaths = corpus.Name switch
        {
            "no analyzer" or CostSummary.Without => [],
            "do-nothing, block start + operations + block end" => [DoNothingAnalyzers.Build(DoNothingAnalyzers.BlockStart, Path.Combine(corpus.Dir, "analyzer"))],
            "do-nothing, one block action" => [DoNothingAnalyzers.Build(DoNothingAnalyzers.Block, Path.Combine(corpus.Dir, "analyzer"))],
            Calibrate.Spin => [DoNothingAnalyzers.Build(DoNothingAnalyzers.Spin, Path.Combine(corpus.Dir, "analyzer"))],
            Calibrate.Walk => [DoNothingAnalyzers.Build(DoNothingAnalyzers.Walk, Path.Combine(corpus.Dir, "analyzer"))],
            _ => AnalyzerAssemblies(otherBuild ?? thisBuild),
        };
        var sites = CorpusWriter.Write(corpus.Dir, files, repoRoot, clean: corpus.Name != "seeded", onlyShape, analyzerPaths, netAnalyzers: mode != "alone");
        Console.WriteLine($"Corpus {corpus.Name}: {files + 1} files, {sites} Trust Hub call sites in {corpus.Dir}, analyzers: {(analyzerPaths.Count == 0 ? "none of ours" : Path.GetDirectoryName(analyzerPaths[0]))}");
        // Restore and a first build, outside the measurement; in the cpu mode its log gives the compiler's command line.
        firstBuildLogs[corpus.Name] = BuildRunner.Build(corpus.Dir, null, mode == "cpu" ? "-p:ReportAnalyzer=true" : "-p:ReportAnalyzer=false");
    }
    Console.WriteLine($"Load average before: {LoadAverage()}{(server is null ? "" : $"; compiler server pipe {server.PipeName}")}");
    if (mode == "cpu")
    {
        CpuProfile.Run(corpora, firstBuildLogs, runs, warmServerBuilds);
        Console.WriteLine($"Load average after: {LoadAverage()}");
        return;
    }
    var results = new Dictionary<string, List<BuildTiming>>();
    for (var run = 1; run <= runs; run++)
    {
        // Each round starts at another corpus, so none is always built first (or right after the same one).
        foreach (var corpus in corpora.Skip((run - 1) % corpora.Count).Concat(corpora.Take((run - 1) % corpora.Count)))
        {
            Measure(corpus, "fresh process", null, run);
            if (server is null) continue;
            // The server's first compilation: a server started for it (the analyzers loaded and JIT-compiled in it).
            server.Stop();
            Measure(corpus, "server, first", server.PipeName, run);
            for (var warm = 0; warm < warmServerBuilds; warm++) Measure(corpus, "server, warm", server.PipeName, run);
        }
    }
    Console.WriteLine($"Load average after: {LoadAverage()}");
    foreach (var (name, timings) in results) BuildTiming.Summarize(name, timings);
    if (mode is "cost" or "calibrate") CostSummary.Print(results, warmServerBuilds);
    if (mode == "calibrate") Calibrate.Print(results, files);

    void Measure(Corpus corpus, string how, string? pipe, int run)
    {
        foreach (var dll in Directory.GetFiles(Path.Combine(corpus.Dir, "obj"), "Corpus.dll", SearchOption.AllDirectories)) File.Delete(dll);
        // The compilation's CPU: the server process's own, or the fresh build's process tree's (CompilerCpu).
        var serverBefore = pipe is null ? TimeSpan.Zero : CompilerCpu.OfProcess(server!.ProcessId);
        var childrenBefore = CompilerCpu.Children();
        var output = BuildRunner.Build(corpus.Dir, pipe, "-p:ReportAnalyzer=true");
        var cpu = pipe is null ? CompilerCpu.Children() - childrenBefore : CompilerCpu.OfProcess(server!.ProcessId) - serverBefore;
        if (pipe is not null && !output.Contains("server processed compilation", StringComparison.Ordinal))
            throw new InvalidOperationException($"{corpus.Name}: the compilation did not run in the compiler server {pipe}.");
        var timing = BuildTiming.Parse(output) with { CpuSeconds = cpu.TotalSeconds };
        var key = server is null ? corpus.Name : $"{corpus.Name} [{how}]";
        if (!results.TryGetValue(key, out var list)) results[key] = list = [];
        list.Add(timing);
        timing.Print($"{key} {run}", verbose: mode == "alone");
    }
}
finally
{
    server?.Stop();
    // THG_KEEP_CORPUS=1 keeps the corpora (e.g. `-- 2000 0 clean` to write one and build it once, then profile a csc run on it).
    if (Environment.GetEnvironmentVariable("THG_KEEP_CORPUS") == "1") Console.WriteLine($"Corpora kept: {string.Join(", ", corpora.Select(c => c.Dir))}");
    else foreach (var corpus in corpora) Directory.Delete(corpus.Dir, recursive: true);
    Directory.Delete(thisBuild, recursive: true);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

static string FindRepoRoot()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "TrustHubGen.sln"))) return d.FullName;
    throw new DirectoryNotFoundException($"No TrustHubGen.sln above {AppContext.BaseDirectory}.");
}

internal sealed record Corpus(string Name, string Dir);
