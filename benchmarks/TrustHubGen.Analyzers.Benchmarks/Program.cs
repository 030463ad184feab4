using System.Diagnostics;
using System.Globalization;
using TrustHubGen.Analyzers.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/TrustHubGen.Analyzers.Benchmarks [-- files runs [seeded|clean|shape]]
// seeded (default): 4 of the 10 call shapes carry a mistake; clean: every call right, as in a real project;
// shape (0-9) fills every call site with that one seeded call shape, to find which call the analyzers are slow on.
var files = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
var mode = args.Length > 2 ? args[2] : "seeded";
var clean = mode == "clean";
int? onlyShape = mode is "seeded" or "clean" ? null
    : int.TryParse(mode, NumberStyles.None, CultureInfo.InvariantCulture, out var shape) ? shape
    : throw new ArgumentException($"The third argument must be seeded, clean or a shape number, not \"{mode}\".", nameof(args));
if (onlyShape is < 0 || onlyShape >= CorpusWriter.ShapeCount)
    throw new ArgumentOutOfRangeException(nameof(args), $"shape must be 0-{CorpusWriter.ShapeCount - 1}, not {onlyShape}.");
var repoRoot = FindRepoRoot();
var dir = Directory.CreateTempSubdirectory("trusthubgen-analyzer-bench-").FullName;
try
{
    var sites = CorpusWriter.Write(dir, files, repoRoot, clean, onlyShape);
    Console.WriteLine($"Corpus ({mode}): {files + 1} files, {sites} Trust Hub call sites in {dir}");
    Build(dir, "-p:ReportAnalyzer=false"); // restore and build the stand-in once, outside the measurement
    for (var run = 1; run <= runs; run++)
    {
        foreach (var dll in Directory.GetFiles(Path.Combine(dir, "obj"), "Corpus.dll", SearchOption.AllDirectories)) File.Delete(dll);
        var output = Build(dir, "-p:ReportAnalyzer=true", "-p:BuildProjectReferences=false");
        BuildTiming.Parse(output).Print(run);
    }
}
finally
{
    Directory.Delete(dir, recursive: true);
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

static string FindRepoRoot()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "TrustHubGen.sln"))) return d.FullName;
    throw new DirectoryNotFoundException($"No TrustHubGen.sln above {AppContext.BaseDirectory}.");
}
