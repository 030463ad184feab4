using System.Globalization;
using System.Text.RegularExpressions;

namespace TrustHubGen.Analyzers.Benchmarks;

/// <summary>What the compiler's /reportanalyzer output and MSBuild's task summary say about one compilation.</summary>
/// <remarks>
/// "TrustHubGen analyzers" are those of the TrustHubGen.Analyzers assembly, or in the "alone" corpora the do-nothing
/// analyzer's (DoNothingAnalyzers.cs), so the same columns read both; every analyzer assembly's time is kept too.
/// </remarks>
internal sealed partial record BuildTiming(double CscSeconds, double AllAnalyzersSeconds, double TrustHubSeconds, IReadOnlyList<(string Name, double Seconds)> TrustHubAnalyzers, int Findings,
    IReadOnlyList<(string Name, double Seconds)> Assemblies)
{
    public static BuildTiming Parse(string output)
    {
        var csc = CscTask().Match(output);
        var total = TotalAnalyzers().Match(output);
        if (!csc.Success || !total.Success) { var dump = Path.Combine(Path.GetTempPath(), "trusthubgen-analyzer-bench-output.txt"); File.WriteAllText(dump, output); throw new InvalidOperationException($"No Csc task time or analyzer report in the build output (saved to {dump})."); }
        double trustHub = 0;
        var rules = new List<(string, double)>();
        var assemblies = new List<(string, double)>();
        foreach (Match line in AnalyzerLine().Matches(output))
        {
            var seconds = line.Groups[1].Value.StartsWith('<') ? 0 : double.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture);
            var name = line.Groups[3].Value.Trim();
            var measured = name.StartsWith("TrustHubGen.Analyzers", StringComparison.Ordinal) || name.StartsWith("DoNothing", StringComparison.Ordinal);
            if (name.Contains(", Version=", StringComparison.Ordinal))
            {
                assemblies.Add((name[..name.IndexOf(',')], seconds));
                if (measured) trustHub = seconds;
            }
            else if (measured && !name.StartsWith("TrustHubGen.Analyzers,", StringComparison.Ordinal)) rules.Add((name, seconds));
        }
        // MSBuild repeats each warning (with and without the project suffix): count distinct file, position and ID.
        var findings = Finding().Matches(output)
            .Select(m => Path.GetFileName(m.Groups[1].Value) + m.Groups[2].Value + m.Groups[3].Value).Distinct(StringComparer.Ordinal).Count();
        return new BuildTiming(int.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture) / 1000.0,
            double.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture), trustHub, rules, findings, assemblies);
    }

    public double Share => 100 * TrustHubSeconds / CscSeconds;

    /// <summary>The compilation's CPU time (<see cref="CompilerCpu"/>): the server's, or the fresh build's process tree's.</summary>
    public double CpuSeconds { get; init; }

    /// <summary>Prints this compilation; <paramref name="verbose"/> adds every analyzer assembly the compiler ran.</summary>
    public void Print(string run, bool verbose = false)
    {
        Console.WriteLine($"{run}: Csc {CscSeconds:F2} s, CPU {CpuSeconds:F2} s, all analyzers {AllAnalyzersSeconds:F2} s, TrustHubGen analyzers {TrustHubSeconds:F3} s = {100 * TrustHubSeconds / CscSeconds:F2} % of compile time, {Findings} TH findings");
        foreach (var (name, seconds) in TrustHubAnalyzers.OrderByDescending(r => r.Seconds))
            Console.WriteLine($"    {seconds,7:F3} s  {name}");
        if (!verbose) return;
        foreach (var (name, seconds) in Assemblies.OrderByDescending(r => r.Seconds))
            Console.WriteLine($"    assembly {seconds,7:F3} s  {name}");
    }

    /// <summary>Mean, median and spread of the share over the runs, and each analyzer's mean time.</summary>
    public static void Summarize(string corpus, IReadOnlyList<BuildTiming> timings)
    {
        var shares = timings.Select(t => t.Share).Order().ToList();
        var median = Statistics.Median(shares);
        var csc = timings.Select(t => t.CscSeconds).Order().ToList();
        var trustHub = timings.Select(t => t.TrustHubSeconds).Order().ToList();
        Console.WriteLine($"{corpus}: TrustHubGen analyzers {shares.Average():F2} % of compile time (median {median:F2} %, min {shares[0]:F2} %, max {shares[^1]:F2} %, {timings.Count} compilations; " +
                          $"Csc mean {csc.Average():F2} s, median {Statistics.Median(csc):F2} s, min {csc[0]:F2} s; TrustHubGen analyzers median {Statistics.Median(trustHub):F3} s, min {trustHub[0]:F3} s)");
        foreach (var name in timings.SelectMany(t => t.TrustHubAnalyzers.Select(a => a.Name)).Distinct().Order(StringComparer.Ordinal))
            Console.WriteLine($"    {timings.Average(t => t.TrustHubAnalyzers.Where(a => a.Name == name).Sum(a => a.Seconds)):F3} s  {name}");
    }

    [GeneratedRegex(@"(\S+\.cs)(\(\d+,\d+\)): warning (TH\d{4}):")]
    private static partial Regex Finding();

    [GeneratedRegex(@"(\d+) ms\s+Csc\s+\d+ calls")]
    private static partial Regex CscTask();

    [GeneratedRegex(@"Total analyzer execution time: ([\d.]+) seconds")]
    private static partial Regex TotalAnalyzers();

    [GeneratedRegex(@"^\s+(<?[\d.]+)\s+(<?\d+)\s+(\S.*)$", RegexOptions.Multiline)]
    private static partial Regex AnalyzerLine();
}