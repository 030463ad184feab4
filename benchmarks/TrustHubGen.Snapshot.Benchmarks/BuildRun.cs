using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TrustHubGen.Snapshot.Benchmarks;

/// <summary>
/// One `dotnet build` of a consumer: wall time, the peak resident memory of the largest process of the build (the
/// compiler, run out of process with no build server so it is measured and starts cold alike for every variant), the
/// Csc task's time, and the compiler's own generator and analyzer times (/reportanalyzer).
/// </summary>
internal sealed partial record BuildRun(double WallSeconds, double PeakMegabytes, double CscSeconds, double GeneratorSeconds, double TrustHubAnalyzerSeconds)
{
    private const string Time = "/usr/bin/time";

    public static bool CanMeasureMemory => File.Exists(Time);

    /// <summary>Restores the consumer (and builds the runtime it references) once, outside the measurement.</summary>
    public static void Prepare(ConsumerProject project) => Run(project, ["build", project.ProjectFile, "-c", "Release", "-nologo", "-v:q"], measure: false);

    public static BuildRun Measure(ConsumerProject project)
    {
        var output = Run(project, ["build", project.ProjectFile, "-c", "Release", "-nologo", "--no-restore", "--no-incremental", "-v:d",
            "-clp:PerformanceSummary", "--disable-build-servers", "-nodeReuse:false", "-m:1", "-p:UseSharedCompilation=false",
            "-p:BuildProjectReferences=false", "-p:ReportAnalyzer=true"], measure: true);
        File.WriteAllText(Path.Combine(project.Directory, "build.log"), output.Text);
        var timeLine = TimeLine().Match(output.Time);
        var csc = CscTask().Match(output.Text);
        if (!timeLine.Success && CanMeasureMemory || !csc.Success)
            throw new InvalidOperationException($"No timing in the build output of {project.Name}:\n{output.Time}\n{output.Text[^Math.Min(4000, output.Text.Length)..]}");
        return new BuildRun(
            timeLine.Success ? double.Parse(timeLine.Groups[1].Value, CultureInfo.InvariantCulture) : output.Wall,
            timeLine.Success ? double.Parse(timeLine.Groups[2].Value, CultureInfo.InvariantCulture) / 1024 : double.NaN,
            int.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture) / 1000.0,
            Seconds(GeneratorTotal(), output.Text),
            Seconds(TrustHubAnalyzers(), output.Text));
    }

    private static double Seconds(Regex regex, string text) => regex.Match(text) is { Success: true } m
        ? m.Groups[1].Value.StartsWith('<') ? 0 : double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
        : double.NaN;

    private static (string Text, string Time, double Wall) Run(ConsumerProject project, string[] arguments, bool measure)
    {
        var timeFile = Path.Combine(project.Directory, "time.txt");
        var useTime = measure && CanMeasureMemory;
        var start = new ProcessStartInfo(useTime ? Time : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = project.Directory };
        if (useTime)
        {
            foreach (var a in new[] { "-o", timeFile, "-f", "%e %M", "dotnet" }) start.ArgumentList.Add(a);
        }
        foreach (var a in arguments) start.ArgumentList.Add(a);
        foreach (var variable in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH" }) start.Environment.Remove(variable);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var wall = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet build of {project.Name} failed ({process.ExitCode}):\n{stdout}{stderr.Result}");
        return (stdout, useTime ? File.ReadAllText(timeFile) : "", wall);
    }

    [GeneratedRegex(@"^([\d.]+) (\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex TimeLine();

    [GeneratedRegex(@"(\d+) ms\s+Csc\s+\d+ calls")]
    private static partial Regex CscTask();

    [GeneratedRegex(@"Total generator execution time: (<?[\d.]+) seconds")]
    private static partial Regex GeneratorTotal();

    [GeneratedRegex(@"^\s+(<?[\d.]+)\s+<?\d+\s+TrustHubGen\.Analyzers, Version", RegexOptions.Multiline)]
    private static partial Regex TrustHubAnalyzers();
}
