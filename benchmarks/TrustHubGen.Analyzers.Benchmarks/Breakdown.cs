using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers;

namespace TrustHubGen.Analyzers.Benchmarks;

/// <summary>
/// Where <c>TrustHubCallAnalyzer</c>'s time goes, in process: the clean corpus compiled in memory (against the real
/// Twilio package), then analyzer variants run alternately over fresh copies of that compilation through
/// <see cref="CompilationWithAnalyzers"/> with the compiler's own per-analyzer timing (what <c>/reportanalyzer</c>
/// prints), non-concurrent, so load hits every variant alike; the minimum of the rounds says what a variant costs.
/// Variants: the floors (the same registrations returning at once: what the driver charges an analyzer for its
/// callbacks alone, per registration design), the analyzer cut after recognition and after the per-call value rules,
/// the whole analyzer of this build, and optionally that of another build (a folder with its TrustHubGen.Analyzers.dll
/// and TrustHubGen.Policies.dll, the first argument after "breakdown"), to compare two builds interleaved.
/// </summary>
internal static class Breakdown
{
    public static async Task RunAsync(int files, int rounds, string? baselineDir, string repoRoot)
    {
        var dir = Directory.CreateTempSubdirectory("trusthubgen-analyzer-breakdown-").FullName;
        try
        {
            var sites = CorpusWriter.Write(dir, files, repoRoot, clean: true);
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = Directory.GetFiles(Path.Combine(dir, "src"), "*.cs").Order(StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, path: f))
                .Append(CSharpSyntaxTree.ParseText("global using System;\nglobal using System.Threading.Tasks;\n", parse, path: "GlobalUsings.g.cs"))
                .ToList();
            var references = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(Twilio.TwilioClient).Assembly.Location))
                .ToImmutableArray();
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable);
            var compilation = CSharpCompilation.Create("Corpus", trees, references, options);
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0) throw new InvalidOperationException($"The corpus does not compile: {errors[0]}");
            Console.WriteLine($"Corpus: {files + 1} files, {sites} Trust Hub call sites, compiled in memory; {rounds} rounds, variants interleaved");

            var variants = new List<(string Name, Func<DiagnosticAnalyzer> Make)>
            {
                ("floor: operation block start + operation actions + block end, each returning at once", () => new StagedCallAnalyzer(Stage.Floor)),
                ("floor: compilation-wide operation actions (invocation, object creation, assignment, binary) returning at once", () => new OperationFloorAnalyzer()),
                ("floor: syntax node actions (invocation, object creation, assignment expressions) returning at once", () => new SyntaxFloorAnalyzer()),
                ("recognition only (TwilioCallReader per operation)", () => new StagedCallAnalyzer(Stage.Recognize)),
                ("recognition + per-call value rules", () => new StagedCallAnalyzer(Stage.Values)),
                ("recognition + value rules + block end order rules (as TrustHubCallAnalyzer before this change)", () => new StagedCallAnalyzer(Stage.Full)),
                ("TrustHubCallAnalyzer, this build", () => new TrustHubCallAnalyzer()),
            };
            if (baselineDir is not null)
            {
                var type = LoadBuild(baselineDir).GetType("TrustHubGen.Analyzers.TrustHubCallAnalyzer", throwOnError: true)!;
                variants.Add(($"TrustHubCallAnalyzer, build in {baselineDir}", () => (DiagnosticAnalyzer)Activator.CreateInstance(type)!));
            }

            // THG_BUILDS_ONLY=1: only the whole analyzer of this build and of the other one, for an A/B with many rounds.
            if (Environment.GetEnvironmentVariable("THG_BUILDS_ONLY") == "1") variants.RemoveAll(v => !v.Name.StartsWith("TrustHubCallAnalyzer,", StringComparison.Ordinal));
            var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
            if (Environment.GetEnvironmentVariable("THG_BUILDS_ONLY") != "1") DirectCost(compilation, analyzerOptions, rounds);
            if (Environment.GetEnvironmentVariable("THG_DIRECT_ONLY") == "1") return;
            var times = variants.ToDictionary(v => v.Name, _ => new List<(double Charged, double Cpu)>());
            var firstRun = new Dictionary<string, (double Charged, double Jit)>();
            Console.WriteLine($"Load average before: {LoadAverage()}");
            for (var round = 0; round <= rounds; round++)
            {
                // Each round starts at another variant, so none always runs right after the same one.
                for (var i = 0; i < variants.Count; i++)
                {
                    var (name, make) = variants[(i + round) % variants.Count];
                    var analyzer = make();
                    GC.Collect();
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var jit = System.Runtime.JitInfo.GetCompilationTime();
                    var cwa = compilation.Clone().WithAnalyzers([analyzer],
                        new CompilationWithAnalyzersOptions(analyzerOptions, null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
                    var found = (await cwa.GetAnalyzerDiagnosticsAsync()).Length;
                    var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                    var charged = (await cwa.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime.TotalSeconds;
                    if (found != 0) throw new InvalidOperationException($"{name}: {found} findings on the clean corpus.");
                    if (round > 0) times[name].Add((charged, used)); // round 0 warms the JIT
                    else firstRun[name] = (charged, (System.Runtime.JitInfo.GetCompilationTime() - jit).TotalSeconds);
                }
            }
            Console.WriteLine($"Load average after: {LoadAverage()}");
            Console.WriteLine();
            Console.WriteLine("| variant | charged to the analyzer, min (median) | first run in this process: charged (of it, JIT in the process) | CPU of the analyzer run incl. the driver's binding, min (median) |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var (name, _) in variants)
                Console.WriteLine($"| {name} | {Stats(times[name].Select(t => t.Charged))} | {firstRun[name].Charged * 1000:F0} ms ({firstRun[name].Jit * 1000:F0} ms) | {Stats(times[name].Select(t => t.Cpu))} |");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// The rules' own CPU time, without the driver: every method body bound once and its operations collected, then
    /// each stage run over all of them, rounds times (process CPU, single thread; the minimum is reported).
    /// </summary>
    private static void DirectCost(Compilation compilation, AnalyzerOptions options, int rounds)
    {
        var blocks = new List<List<IOperation>>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var method in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>())
            {
                if (model.GetOperation(method) is not { } body) continue;
                blocks.Add(body.Descendants().Where(o => o.Kind is OperationKind.Invocation or OperationKind.ObjectCreation or OperationKind.SimpleAssignment or OperationKind.Binary).ToList());
            }
        }
        // What a compiler process pays once, at the first compilation start: the built-in policies read, and the JIT.
        var firstStart = Process.GetCurrentProcess().TotalProcessorTime;
        var firstClock = Stopwatch.StartNew();
        var facts = Rules.CompilationFacts.Create(compilation, options);
        _ = facts.Policies(CancellationToken.None);
        Console.WriteLine($"First compilation start in this process (built-in policies read, JIT): {firstClock.Elapsed.TotalMilliseconds:F0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - firstStart).TotalMilliseconds:F0} ms CPU");
        var reported = 0;
        // Each run starts with fresh compilation facts, as each compilation does: what the rules remember per
        // compilation (checked attribute values, field values, the policies' index) is rebuilt every run.
        Rules.RuleContext Fresh() => new(Rules.CompilationFacts.Create(compilation, options), _ => reported++, CancellationToken.None);
        var stages = new (string Name, Action Run)[]
        {
            ("recognition (TwilioCallReader)", () =>
            {
                foreach (var block in blocks) foreach (var op in block) Model.TwilioCallReader.Read(op);
            }),
            ("recognition + per-call value rules", () =>
            {
                var rules = Fresh();
                foreach (var block in blocks)
                    foreach (var op in block)
                        if (Model.TwilioCallReader.Read(op) is { } call) Rules.CallRules.Check(rules, call);
            }),
            ("+ status comparisons", () =>
            {
                var rules = Fresh();
                foreach (var block in blocks) foreach (var op in block) if (op.Kind == OperationKind.Binary) Rules.StatusComparisonRule.Check(rules, op);
            }),
            ("recognition + block end order rules (no value rules)", () =>
            {
                var rules = Fresh();
                foreach (var block in blocks)
                {
                    List<Model.TwilioCall>? calls = null;
                    var nested = new List<Model.TwilioCall>();
                    foreach (var op in block)
                        if (Model.TwilioCallReader.Read(op) is { } call) (Flow.MethodCalls.IsInNestedFunction(call.Anchor) ? nested : calls ??= new()).Add(call);
                    if (calls is not null) Flow.MethodCalls.CheckOrder(rules, calls, nested);
                }
            }),
        };
        var cpu = stages.ToDictionary(s => s.Name, _ => new List<double>());
        var allocated = new Dictionary<string, long>();
        var first = new Dictionary<string, double>();
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var (name, run) in stages)
            {
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var start = Process.GetCurrentProcess().TotalProcessorTime;
                run();
                if (round > 0) cpu[name].Add((Process.GetCurrentProcess().TotalProcessorTime - start).TotalSeconds);
                else first[name] = (Process.GetCurrentProcess().TotalProcessorTime - start).TotalSeconds;
                allocated[name] = GC.GetAllocatedBytesForCurrentThread() - bytes;
            }
        }
        if (reported != 0) throw new InvalidOperationException($"{reported} findings on the clean corpus.");
        Console.WriteLine($"The rules alone over {blocks.Count} bound method bodies ({blocks.Sum(b => b.Count)} operations of the analyzed kinds), CPU:");
        foreach (var (name, _) in stages) Console.WriteLine($"    {Stats(cpu[name])}, first run {first[name] * 1000:F0} ms, {allocated[name] / 1024.0 / 1024:F1} MiB allocated  {name}");
    }

    private static string Stats(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return $"{sorted[0] * 1000:F0} ms ({Statistics.Median(sorted) * 1000:F0} ms)";
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    /// <summary>Another build of the analyzers, in a load context of its own; Roslyn comes from this process.</summary>
    private static Assembly LoadBuild(string dir)
    {
        var context = new BuildLoadContext(Path.GetFullPath(dir));
        return context.LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(dir), "TrustHubGen.Analyzers.dll"));
    }

    private sealed class BuildLoadContext(string dir) : AssemblyLoadContext($"analyzers from {dir}")
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(dir, name.Name + ".dll");
            return name.Name!.StartsWith("TrustHubGen.", StringComparison.Ordinal) && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
