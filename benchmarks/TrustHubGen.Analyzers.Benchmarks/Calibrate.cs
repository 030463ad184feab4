namespace TrustHubGen.Analyzers.Benchmarks;

/// <summary>
/// How much the compiler's report charges for CPU an analyzer is known to spend (the "calibrate" corpora): an analyzer
/// that burns a fixed CPU time per method, measured in this process beforehand, and one that only walks each method's
/// operations, built in the same rounds as ours, without ours, and the do-nothing one. The report's charge over the
/// known CPU is what it multiplies an analyzer's own work by under the compiler's load on this machine.
/// </summary>
internal static class Calibrate
{
    public const string Spin = "calibration: fixed CPU per method";
    public const string Walk = "calibration: walk every operation";

    public static void Print(IReadOnlyDictionary<string, List<BuildTiming>> results, int methods)
    {
        var perMethod = DoNothingAnalyzers.SpinCpuPerMethod();
        var known = perMethod.TotalSeconds * methods;
        Console.WriteLine();
        Console.WriteLine($"Calibration: the spin analyzer's CPU, measured in this process: {perMethod.TotalMicroseconds:F1} µs a method, {known * 1000:F0} ms for {methods} methods.");
        foreach (var (key, timings) in results.Where(r => r.Key.StartsWith(Spin, StringComparison.Ordinal)))
        {
            var charged = timings.Select(t => t.TrustHubSeconds).Order().ToList();
            Console.WriteLine($"{key}: charged {Statistics.Median(charged) * 1000:F0} ms median ({charged[0] * 1000:F0}-{charged[^1] * 1000:F0} ms) = {Statistics.Median(charged) / known:F1}x the known CPU (min {charged[0] / known:F1}x, max {charged[^1] / known:F1}x); share median {Statistics.Median(timings.Select(t => t.Share)):F2} %");
        }
    }
}
