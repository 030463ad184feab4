using System.Diagnostics;
using System.Globalization;

namespace TrustHubGen.Analyzers.Benchmarks;

/// <summary>
/// The "cpu" mode: the CPU the compiler spends in TrustHubGen's analyzers, read by sampling the compiler process with
/// Linux <c>perf</c> (cpu-clock, 2 kHz, call stacks) instead of the compiler's report. A sample counts as ours when a
/// frame of its stack is in a TrustHubGen assembly, so the JIT and runtime work our code sets off (compiling our methods,
/// loading our types) is ours too, and a thread waiting for a core is counted nowhere: the report charges a callback its
/// wall time, waits included (see <see cref="Calibrate"/>). The runtime writes a perf map for JIT-compiled code
/// (<c>DOTNET_PerfMapEnabled=1</c>; <c>DOTNET_EnableWriteXorExecute=0</c> so perf can name that code's frames).
/// Each corpus is compiled by its own <c>csc</c> command line (taken from a build's log): in a fresh process, and with
/// <c>--server</c> in a compiler server of the benchmark's own, its first compilation and the warm ones after it.
/// </summary>
internal static class CpuProfile
{
    private const string Csc = "/Roslyn/bincore/csc ";

    /// <summary>Profiles each corpus <paramref name="rounds"/> times; <paramref name="buildLogs"/>: each corpus's first build's detailed log.</summary>
    public static void Run(IReadOnlyList<Corpus> corpora, IReadOnlyDictionary<string, string> buildLogs, int rounds, int? warmBuilds)
    {
        if (!File.Exists("/usr/bin/perf")) throw new InvalidOperationException("The cpu mode needs Linux perf (/usr/bin/perf): apt-get install linux-perf.");
        var commands = corpora.ToDictionary(c => c.Name, c => CommandLine(c, buildLogs[c.Name]));
        var results = new Dictionary<string, List<Sample>>();
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var corpus in corpora.Skip((round - 1) % corpora.Count).Concat(corpora.Take((round - 1) % corpora.Count)))
            {
                var (compiler, rsp) = commands[corpus.Name];
                Add($"{corpus.Name} [fresh process]", Profile(compiler, rsp, corpus.Dir, null, null));
                if (warmBuilds is not { } warm) continue;
                var pipe = $"thg-cpu-bench-{Environment.ProcessId}-{round}";
                using var server = StartServer(compiler, pipe);
                try
                {
                    for (var i = 0; i <= warm; i++)
                        Add($"{corpus.Name} [{(i == 0 ? "server, first" : "server, warm")}]", Profile(compiler, rsp, corpus.Dir, pipe, server.Id));
                }
                finally
                {
                    using var shutdown = Process.Start(Quiet(new ProcessStartInfo(ServerOf(compiler), [$"-pipename:{pipe}", "-shutdown"])))!;
                    shutdown.WaitForExit(30_000);
                    if (!server.WaitForExit(10_000)) server.Kill();
                    File.Delete($"/tmp/perf-{server.Id}.map");
                }
            }
        }
        Console.WriteLine();
        Console.WriteLine("| corpus | compilations | TrustHubGen CPU, ms: median (min-max) | compiler CPU, s: median | share of the compiler's CPU: median (min-max) | of ours: JIT / runtime / our and library code | the report's charge, ms: median (its ratio to the CPU: median, min-max) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|---:|");
        foreach (var (name, samples) in results)
        {
            var ours = samples.Select(s => s.OursMs).Order().ToList();
            var shares = samples.Select(s => s.Share).Order().ToList();
            Console.WriteLine($"| {name} | {samples.Count} | {Statistics.Median(ours):F0} ({ours[0]:F0}-{ours[^1]:F0}) | {Statistics.Median(samples.Select(s => s.TotalMs)) / 1000:F2} | " +
                              $"{Statistics.Median(shares):F2} % ({shares[0]:F2}-{shares[^1]:F2} %) | {Statistics.Median(samples.Select(s => s.JitMs)):F0} / {Statistics.Median(samples.Select(s => s.RuntimeMs)):F0} / {Statistics.Median(samples.Select(s => s.OursMs - s.JitMs - s.RuntimeMs)):F0} ms | " +
                              $"{Statistics.Median(samples.Select(s => s.ReportedMs)):F0} ({Statistics.Median(samples.Select(s => s.ReportedMs / s.OursMs)):F1}x, {samples.Min(s => s.ReportedMs / s.OursMs):F1}-{samples.Max(s => s.ReportedMs / s.OursMs):F1}x) |");
        }

        void Add(string key, Sample sample)
        {
            if (!results.TryGetValue(key, out var list)) results[key] = list = [];
            list.Add(sample);
            Console.WriteLine($"{key}: TrustHubGen {sample.OursMs:F0} ms of {sample.TotalMs / 1000:F2} s compiler CPU = {sample.Share:F2} % (JIT {sample.JitMs:F0} ms, runtime {sample.RuntimeMs:F0} ms); the report charged {sample.ReportedMs:F0} ms");
        }
    }

    /// <summary>The compiler and its arguments for this corpus, from the command line its detailed build log shows.</summary>
    private static (string Compiler, string Rsp) CommandLine(Corpus corpus, string log)
    {
        var line = log.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains(Csc, StringComparison.Ordinal) && l.Contains("/noconfig", StringComparison.Ordinal))
                   ?? throw new InvalidOperationException($"{corpus.Name}: no csc command line in the build log.");
        var split = line.IndexOf(Csc, StringComparison.Ordinal) + Csc.Length;
        var rsp = Path.Combine(corpus.Dir, "csc.rsp");
        File.WriteAllText(rsp, line[split..]);
        return (line[..(split - 1)], rsp);
    }

    /// <summary>The compiler server beside the compiler (…/Roslyn/bincore/VBCSCompiler).</summary>
    private static string ServerOf(string compiler) => Path.Combine(Path.GetDirectoryName(compiler)!, "VBCSCompiler");

    private static Process StartServer(string compiler, string pipe)
    {
        var start = new ProcessStartInfo(ServerOf(compiler), [$"-pipename:{pipe}"]);
        ProfiledRuntime(start);
        var server = Process.Start(start)!;
        Thread.Sleep(1000); // listening before the first compilation asks for it
        return server;
    }

    /// <summary>
    /// Compiles the corpus once and samples it: a fresh compiler started by perf, or a compilation in the server
    /// <paramref name="serverPid"/> (perf attached to it for the compilation's length).
    /// </summary>
    private static Sample Profile(string compiler, string rsp, string dir, string? pipe, int? serverPid)
    {
        foreach (var dll in Directory.GetFiles(Path.Combine(dir, "obj"), "Corpus.dll", SearchOption.AllDirectories)) File.Delete(dll);
        var mapsBefore = PerfMaps().ToHashSet(StringComparer.Ordinal);
        var data = Path.Combine(dir, "perf.data");
        string[] record = ["record", "-e", "cpu-clock", "-F", "2000", "-g", "-o", data];
        Process? attached = null;
        ProcessStartInfo start;
        if (serverPid is { } pid)
        {
            attached = Process.Start(Quiet(new ProcessStartInfo("perf", [.. record, "-p", pid.ToString(CultureInfo.InvariantCulture)])))!;
            Thread.Sleep(500); // attached before the compilation starts
            start = new ProcessStartInfo(compiler, [$"-shared:{pipe}", "@" + rsp]);
        }
        else start = new ProcessStartInfo("perf", [.. record, "--", compiler, "@" + rsp]);
        start.WorkingDirectory = dir;
        ProfiledRuntime(Quiet(start));
        string output;
        using (var process = Process.Start(start)!)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            output = stdout.Result;
            if (process.ExitCode != 0) throw new InvalidOperationException($"The compilation failed ({process.ExitCode}): {output}");
        }
        if (attached is not null)
        {
            Process.Start("kill", ["-INT", attached.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
            attached.WaitForExit();
            attached.Dispose();
        }
        var sample = Read(data) with { ReportedMs = Reported(output) };
        File.Delete(data);
        if (serverPid is not null && sample.TotalMs < 1000)
            throw new InvalidOperationException($"The compilation did not run in the compiler server {pipe} ({sample.TotalMs:F0} ms of its CPU sampled).");
        // The perf maps this compilation's processes wrote (a fresh compiler, a server's client) are done with once they exit.
        foreach (var map in PerfMaps())
            if (!mapsBefore.Contains(map) && !IsRunning(map)) TryDelete(map);
        return sample;
    }

    private static string[] PerfMaps() => Directory.GetFiles("/tmp", "perf-*.map");

    private static bool IsRunning(string perfMap) =>
        int.TryParse(Path.GetFileNameWithoutExtension(perfMap)["perf-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Directory.Exists($"/proc/{pid}");

    private static ProcessStartInfo Quiet(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        return start;
    }

    private static void ProfiledRuntime(ProcessStartInfo start)
    {
        start.Environment["DOTNET_PerfMapEnabled"] = "1";
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>Counts the samples of a perf recording: all of them, and those with a TrustHubGen frame, by the leaf's library.</summary>
    private static Sample Read(string data)
    {
        var start = new ProcessStartInfo("perf") { ArgumentList = { "script", "-i", data, "-F", "ip,sym,dso", "--no-demangle" }, RedirectStandardOutput = true, RedirectStandardError = true };
        using var script = Process.Start(start)!;
        _ = script.StandardError.ReadToEndAsync();
        long total = 0, ours = 0, jit = 0, runtime = 0;
        string? leaf = null;
        var isOurs = false;
        var inSample = false;
        while (script.StandardOutput.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                if (inSample) Count();
                inSample = false;
                continue;
            }
            if (!inSample) { inSample = true; leaf = null; isOurs = false; total++; }
            leaf ??= line;
            if (!isOurs && line.Contains("[TrustHubGen.", StringComparison.Ordinal)) isOurs = true;
        }
        if (inSample) Count();
        script.WaitForExit();
        // 2 kHz: a sample is half a millisecond of CPU.
        return new Sample(total / 2.0, ours / 2.0, jit / 2.0, runtime / 2.0);

        void Count()
        {
            if (!isOurs) return;
            ours++;
            if (leaf!.Contains("libclrjit", StringComparison.Ordinal)) jit++;
            else if (leaf.Contains("libcoreclr", StringComparison.Ordinal)) runtime++;
        }
    }

    /// <summary>What the same compilation's /reportanalyzer charged TrustHubGen's analyzers (the csc command line asks for it).</summary>
    private static double Reported(string output)
    {
        var match = System.Text.RegularExpressions.Regex.Match(output, @"^\s+(<?[\d.]+)\s+<?\d+\s+TrustHubGen\.Analyzers, Version=", System.Text.RegularExpressions.RegexOptions.Multiline);
        if (!match.Success) throw new InvalidOperationException("No TrustHubGen.Analyzers line in the compiler's analyzer report.");
        return match.Groups[1].Value.StartsWith('<') ? 0 : 1000 * double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private sealed record Sample(double TotalMs, double OursMs, double JitMs, double RuntimeMs, double ReportedMs = 0)
    {
        public double Share => 100 * OursMs / TotalMs;
    }
}
