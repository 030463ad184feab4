using System.Diagnostics;
using System.Globalization;
using TrustHubGen.Analyzers.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/TrustHubGen.Analyzers.Benchmarks [-- files runs [both|clean|seeded|shape [other-build-folder]]]
// both (default): writes the clean and the seeded corpus and builds them alternately, runs times each, so the machine's
// load hits both alike; clean: every call right, as in a real project; seeded: 4 of the 10 call shapes carry a mistake;
// a shape number (0-9) fills every call site with that one seeded call shape, to find which call the analyzers are slow on;
// breakdown [folder]: the in-process breakdown of the call analyzer's time on the clean corpus (Breakdown.cs), runs rounds,
// optionally against another build of the analyzers in folder.
var files = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var mode = args.Length > 2 ? args[2] : "both";
if (mode == "breakdown")
{
    await Breakdown.RunAsync(files, runs, args.Length > 3 ? args[3] : null, FindRepoRoot());
    return;
}
int? onlyShape = mode is "both" or "seeded" or "clean" ? null
    : int.TryParse(mode, NumberStyles.None, CultureInfo.InvariantCulture, out var shape) ? shape
    : throw new ArgumentException($"The third argument must be both, clean, seeded or a shape number, not \"{mode}\".", nameof(args));
if (onlyShape is < 0 || onlyShape >= CorpusWriter.ShapeCount)
    throw new ArgumentOutOfRangeException(nameof(args), $"shape must be 0-{CorpusWriter.ShapeCount - 1}, not {onlyShape}.");
var repoRoot = FindRepoRoot();
// A fourth argument names a folder with another build of the analyzers (TrustHubGen.Analyzers.dll and
// TrustHubGen.Policies.dll): its clean corpus ("clean, other build") is built interleaved with the others.
var baseline = args.Length > 3 ? Path.GetFullPath(args[3]) : null;
var corpora = (mode switch
{
    "both" => new[] { "clean", "seeded" },
    "clean" => new[] { "clean" },
    _ => new[] { "seeded" },
}).Concat(baseline is null ? [] : ["clean, other build"])
    .Select(name => (Name: name, Dir: Directory.CreateTempSubdirectory("trusthubgen-analyzer-bench-").FullName)).ToList();
try
{
    foreach (var (name, dir) in corpora)
    {
        var sites = CorpusWriter.Write(dir, files, repoRoot, clean: name != "seeded", onlyShape, name == "clean, other build" ? baseline : null);
        Console.WriteLine($"Corpus {name}: {files + 1} files, {sites} Trust Hub call sites in {dir}");
        Build(dir, "-p:ReportAnalyzer=false"); // restore and a first build, outside the measurement
    }
    Console.WriteLine($"Load average before: {LoadAverage()}");
    var results = corpora.ToDictionary(c => c.Name, _ => new List<BuildTiming>());
    for (var run = 1; run <= runs; run++)
    {
        foreach (var (name, dir) in corpora)
        {
            foreach (var dll in Directory.GetFiles(Path.Combine(dir, "obj"), "Corpus.dll", SearchOption.AllDirectories)) File.Delete(dll);
            var timing = BuildTiming.Parse(Build(dir, "-p:ReportAnalyzer=true"));
            results[name].Add(timing);
            timing.Print($"{name} {run}");
        }
    }
    Console.WriteLine($"Load average after: {LoadAverage()}");
    foreach (var (name, timings) in results) BuildTiming.Summarize(name, timings);
}
finally
{
    foreach (var (_, dir) in corpora) Directory.Delete(dir, recursive: true);
}

static string Build(string dir, params string[] extra)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir };
    foreach (var a in new[] { "build", "Corpus.csproj", "-c", "Release", "-v:d", "-nologo", "-clp:PerformanceSummary",
                 "--disable-build-servers", "-p:UseSharedCompilation=false" }.Concat(extra))
        start.ArgumentList.Add(a);
    foreach (var variable in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH" }) start.Environment.Remove(variable);
    start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
    using var process = Process.Start(start)!;
    var stderr = process.StandardError.ReadToEndAsync();
    var stdout = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet build failed ({process.ExitCode}):\n{stdout}{stderr.Result}");
    return stdout;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

static string FindRepoRoot()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "TrustHubGen.sln"))) return d.FullName;
    throw new DirectoryNotFoundException($"No TrustHubGen.sln above {AppContext.BaseDirectory}.");
}
