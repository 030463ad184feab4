using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis.Text;
using TrustHubGen.Testing;

namespace TrustHubGen.Snapshot.Benchmarks;

/// <summary>
/// What reading an account snapshot costs one compilation, in process: two builds of TrustHubGen.Policies (netstandard2.0,
/// as the compiler loads it) side by side, interleaved, on the same <see cref="SourceText"/> the compiler would make of
/// the file. "Before" is a build without the shared read: the generator and the analyzers each turned the text into a
/// string and read it. "After" is one with it: both ask <c>SharedSnapshotReader</c>, which reads once from UTF-8.
/// Usage: <c>read [rounds] [numbers] --before DIR --after DIR</c> (DIR: a folder holding that TrustHubGen.Policies.dll).
/// </summary>
internal static class ReadMeasure
{
    private const string Path_ = "app/trusthub.snapshot.json";

    public static int Run(List<string> args)
    {
        var before = Take(args, "--before");
        var after = Take(args, "--after");
        var rounds = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        var numbers = args.Count > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var file = Path.Combine(Directory.CreateTempSubdirectory("trusthubgen-snapshot-read-").FullName, "trusthub.snapshot.json");
        using (var stream = File.Create(file)) IsvSnapshot.Write(stream, numbers);
        try
        {
            var variants = new[] { Variant.Before(Load("before", before)), Variant.After(Load("after", after)) };
            var loadBefore = LoadAverage();
            var started = DateTime.UtcNow;

            // One untimed round each first: JIT and the runtime's first use of System.Text.Json are not the reader's cost.
            foreach (var variant in variants) variant.Measure(Text(file));
            var results = variants.ToDictionary(v => v.Name, _ => new List<Sample>());
            for (var round = 0; round < rounds; round++)
            {
                for (var i = 0; i < variants.Length; i++)
                {
                    var variant = variants[(i + round) % variants.Length];
                    var sample = variant.Measure(Text(file));
                    results[variant.Name].Add(sample);
                    Console.Error.WriteLine($"round {round + 1} {variant.Name,-6}: {sample.CpuSeconds:F2} s CPU, {sample.WallSeconds:F2} s wall, {sample.AllocatedMb:F0} MB allocated, {sample.RetainedMb:F0} MB retained");
                }
            }

            Console.WriteLine($"Measured {started:yyyy-MM-dd HH:mm}–{DateTime.UtcNow:HH:mm} UTC, {Environment.ProcessorCount} cores, load average {loadBefore} before and {LoadAverage()} after; "
                + $"{rounds} rounds interleaved; {numbers:N0}-number ISV snapshot, {new FileInfo(file).Length / 1048576.0:F1} MB; what one compilation pays (generator + analyzers).");
            Console.WriteLine();
            Console.WriteLine("| reader | reads per compilation | CPU, median (min–max) | wall, median | allocated, median | retained (model held), median |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var variant in variants)
            {
                var r = results[variant.Name];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {variant.Name} | {variant.Reads} | {Median(r, s => s.CpuSeconds):F2} s ({r.Min(s => s.CpuSeconds):F2}–{r.Max(s => s.CpuSeconds):F2}) | {Median(r, s => s.WallSeconds):F2} s "
                    + $"| {Median(r, s => s.AllocatedMb):F0} MB | {Median(r, s => s.RetainedMb):F0} MB |"));
            }

            var b = results["before"];
            var a = results["after"];
            var cpu = a.Zip(b, (x, y) => x.CpuSeconds / y.CpuSeconds).ToList();
            var allocated = a.Zip(b, (x, y) => x.AllocatedMb / y.AllocatedMb).ToList();
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"after/before, paired rounds: CPU {Median(cpu, x => x):F2} ({cpu.Min():F2}–{cpu.Max():F2}), allocated {Median(allocated, x => x):F2} ({allocated.Min():F2}–{allocated.Max():F2})."));
            return 0;
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    /// <summary>The text as csc makes it of an additional file (a chunked <c>LargeText</c> at this size), outside the measure.</summary>
    private static SourceText Text(string file)
    {
        using var stream = File.OpenRead(file);
        return SourceText.From(stream, checksumAlgorithm: SourceHashAlgorithm.Sha256);
    }

    private static Assembly Load(string name, string directory) =>
        new AssemblyLoadContext(name).LoadFromAssemblyPath(Path.GetFullPath(Path.Combine(directory, "TrustHubGen.Policies.dll")));

    private static string Take(List<string> args, string option)
    {
        var at = args.IndexOf(option);
        if (at < 0) throw new ArgumentException($"{option} DIR is required: the folder of the TrustHubGen.Policies.dll to measure.");
        var value = args[at + 1];
        args.RemoveRange(at, 2);
        return value;
    }

    private static double Median<T>(List<T> items, Func<T, double> value)
    {
        var sorted = items.Select(value).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private sealed record Sample(double CpuSeconds, double WallSeconds, double AllocatedMb, double RetainedMb);

    /// <summary>One build of the reader and what a compilation asks of it.</summary>
    private sealed class Variant
    {
        private readonly Func<SourceText, object[]> _compilation;
        private readonly Action _forget;

        private Variant(string name, int reads, Func<SourceText, object[]> compilation, Action forget)
        {
            Name = name;
            Reads = reads;
            _compilation = compilation;
            _forget = forget;
        }

        public string Name { get; }

        public int Reads { get; }

        /// <summary>The generator's and the analyzers' reads as they were: each made the text a string and read it.</summary>
        public static Variant Before(Assembly policies)
        {
            var read = policies.GetType("TrustHubGen.Policies.Snapshots.AccountSnapshotReader", throwOnError: true)!
                .GetMethod("Read", [typeof(string), typeof(string)])!;
            return new Variant("before", 2, text =>
            [
                read.Invoke(null, [Path_, text.ToString()])!,
                read.Invoke(null, [Path_, text.ToString()])!,
            ], () => { });
        }

        /// <summary>Both ask the shared reader with the text object the compiler hands them: one read.</summary>
        public static Variant After(Assembly policies)
        {
            var shared = policies.GetType("TrustHubGen.Policies.Snapshots.SharedSnapshotReader", throwOnError: true)!;
            var read = shared.GetMethod("Read")!;
            var copierType = policies.GetType("TrustHubGen.Policies.Snapshots.TextCopier", throwOnError: true)!;
            var latest = shared.GetField("_latest", BindingFlags.NonPublic | BindingFlags.Static)!;
            object Ask(SourceText text) => read.Invoke(null,
                [Path_, text, text.Length, Delegate.CreateDelegate(copierType, text, nameof(SourceText.CopyTo)), (Func<IReadOnlyList<byte>>)(() => text.GetChecksum())])!;
            return new Variant("after", 1, text => [Ask(text), Ask(text)], () => latest.SetValue(null, null));
        }

        public Sample Measure(SourceText text)
        {
            // The last content read is kept by the shared reader; forget it so each round reads and its model is counted.
            _forget();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var retainedBefore = GC.GetTotalMemory(forceFullCollection: true);
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var wall = Stopwatch.StartNew();
            var results = _compilation(text);
            wall.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            var retained = GC.GetTotalMemory(forceFullCollection: true) - retainedBefore;
            GC.KeepAlive(results);
            GC.KeepAlive(text);
            return new Sample(cpu.TotalSeconds, wall.Elapsed.TotalSeconds, allocated / 1048576.0, retained / 1048576.0);
        }
    }
}
