using System.Globalization;
using TrustHubGen.Snapshot.Benchmarks;

// What an account snapshot adds to a real build. Usage:
//   dotnet run -c Release --project benchmarks/TrustHubGen.Snapshot.Benchmarks [-- runs [numbers...]] [--analyzers DIR]
// (defaults: 3 runs of 1000, 10000 and 100000 numbers, each against a consumer with no snapshot). Every run builds
// every variant once, in an order rotated per run, so the load of a shared machine falls on all of them alike.
// --analyzers takes the generator, analyzer, policy and Microsoft.OpenApi assemblies from DIR instead of this build
// (to measure another version the same way); --before DIR adds a variant of the largest size built with those from DIR,
// interleaved with the others (to compare two versions in one run).
//   dotnet run -c Release --project benchmarks/TrustHubGen.Snapshot.Benchmarks -- read [rounds] [numbers] --before DIR --after DIR
// measures reading one snapshot in process instead (ReadMeasure.cs).
var options = args.ToList();
if (options.FirstOrDefault() == "read")
{
    return ReadMeasure.Run(options.Skip(1).ToList());
}

var from = AppContext.BaseDirectory;
if (options.IndexOf("--analyzers") is var at and >= 0)
{
    from = Path.GetFullPath(options[at + 1]);
    options.RemoveRange(at, 2);
}
string? before = null;
if (options.IndexOf("--before") is var beforeAt and >= 0)
{
    before = Path.GetFullPath(options[beforeAt + 1]);
    options.RemoveRange(beforeAt, 2);
}
var runs = options.Count > 0 ? int.Parse(options[0], CultureInfo.InvariantCulture) : 3;
int[] sizes = options.Count > 1 ? options.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1_000, 10_000, 100_000];
var repoRoot = FindRepoRoot();
var root = Directory.CreateTempSubdirectory("trusthubgen-snapshot-bench-").FullName;
try
{
    var analyzers = ConsumerProject.InstallAnalyzers(root, from);
    var projects = new[] { ConsumerProject.Write(root, repoRoot, analyzers, null) }
        .Concat(sizes.Select(n => ConsumerProject.Write(root, repoRoot, analyzers, n))).ToList();
    if (before is not null)
        projects.Add(ConsumerProject.Write(root, repoRoot, ConsumerProject.InstallAnalyzers(root, before, "analyzers-before"), sizes.Max(), "-before"));
    foreach (var project in projects) BuildRun.Prepare(project);

    var started = DateTime.UtcNow;
    var loadBefore = LoadAverage();
    var results = projects.ToDictionary(p => p.Name, _ => new List<BuildRun>());
    for (var run = 0; run < runs; run++)
    {
        for (var i = 0; i < projects.Count; i++)
        {
            var project = projects[(i + run) % projects.Count];
            var result = BuildRun.Measure(project);
            results[project.Name].Add(result);
            Console.Error.WriteLine($"run {run + 1} {project.Name,5}: {result.WallSeconds,6:F1} s, {result.PeakMegabytes,6:F0} MB, Csc {result.CscSeconds:F1} s, generator {result.GeneratorSeconds:F2} s, TH analyzers {result.TrustHubAnalyzerSeconds:F2} s");
        }
    }

    Console.WriteLine($"Measured {started:yyyy-MM-dd HH:mm}–{DateTime.UtcNow:HH:mm} UTC, {Environment.ProcessorCount} cores, load average {loadBefore} before and {LoadAverage()} after; "
        + $"{runs} runs interleaved; `dotnet build --no-incremental` with the compiler out of process and no build server (cold, as every variant); analyzers from {from}"
        + (before is null ? "." : $", the \"before\" variant's from {before}."));
    Console.WriteLine();
    Console.WriteLine("| snapshot | file | TrustHubAccount.g.cs | build, median (min–max) | added vs none (median of paired runs) | ratio | Csc task | generator | TrustHubGen analyzers | peak memory | added memory |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    var none = results["none"];
    foreach (var project in projects)
    {
        var r = results[project.Name];
        var added = r.Zip(none, (a, b) => a.WallSeconds - b.WallSeconds).ToList();
        var addedMemory = r.Zip(none, (a, b) => a.PeakMegabytes - b.PeakMegabytes).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {(project.Numbers is { } n ? n.ToString("N0", CultureInfo.InvariantCulture) + " numbers" + (project.Name.EndsWith("-before", StringComparison.Ordinal) ? " (before)" : "") : "none")} | {Mb(project.SnapshotBytes())} | {Kb(project.GeneratedHandlesBytes())} "
            + $"| {Median(r, x => x.WallSeconds):F1} s ({r.Min(x => x.WallSeconds):F1}–{r.Max(x => x.WallSeconds):F1}) "
            + $"| {(project.Numbers is null ? "" : $"{MedianOf(added):+0.0;-0.0} s ({added.Min():+0.0;-0.0} to {added.Max():+0.0;-0.0})")} "
            + $"| {Median(r, x => x.WallSeconds) / Median(none, x => x.WallSeconds):F2} "
            + $"| {Median(r, x => x.CscSeconds):F1} s | {Median(r, x => x.GeneratorSeconds):F2} s | {Median(r, x => x.TrustHubAnalyzerSeconds):F2} s "
            + $"| {Median(r, x => x.PeakMegabytes):F0} MB | {(project.Numbers is null ? "" : $"{MedianOf(addedMemory):+0;-0} MB")} |"));
    }
    return 0;
}
finally
{
    Directory.Delete(root, recursive: true);
}

static double Median<T>(IEnumerable<T> items, Func<T, double> value) => MedianOf(items.Select(value).ToList());

static double MedianOf(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static string Mb(long bytes) => bytes == 0 ? "" : (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) + " MB";

static string Kb(long bytes) => bytes == 0 ? "" : (bytes / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " KB";

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static string FindRepoRoot()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "TrustHubGen.sln"))) return d.FullName;
    throw new DirectoryNotFoundException($"No TrustHubGen.sln above {AppContext.BaseDirectory}.");
}
