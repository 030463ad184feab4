using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TrustHubGen.Analyzers.Benchmarks;

/// <summary>
/// Analyzers that register what a TrustHubGen call analyzer registers and return at once, compiled here into assemblies
/// a compiler loads (the "alone" corpora): does the compiler charge the building of the operation trees to whichever
/// analyzer asks for them first, when no other analyzer does?
/// </summary>
internal static class DoNothingAnalyzers
{
    /// <summary>The registrations of the call analyzer before issue 10 §6's call model: per method, a block start with operation actions and a block end.</summary>
    public const string BlockStart = "BlockStart";

    /// <summary>The registration of the call analyzer after it: one operation block action per method.</summary>
    public const string Block = "Block";

    /// <summary>
    /// Calibration: one operation block action that burns a fixed amount of CPU per method (<see cref="SpinIterations"/>
    /// rounds of integer arithmetic: no allocation, no system call), so the report's charge can be set against a CPU
    /// time known beforehand (<see cref="SpinCpuPerMethod"/>).
    /// </summary>
    public const string Spin = "Spin";

    /// <summary>Calibration: one operation block action that walks every operation of the method as the call analyzer does, and nothing else.</summary>
    public const string Walk = "Walk";

    /// <summary>The spin analyzer's rounds per method: about 10 µs of optimised code on this machine (<see cref="SpinCpuPerMethod"/> measures it).</summary>
    public const int SpinIterations = 10_000;

    private const string Common = """
        using System.Collections.Immutable;
        using Microsoft.CodeAnalysis;
        using Microsoft.CodeAnalysis.Diagnostics;

        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        public sealed class DoNothing{0}Analyzer : DiagnosticAnalyzer
        {{
            private static readonly DiagnosticDescriptor Never = new("THX{1}", "never reported", "never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

            public override void Initialize(AnalysisContext context)
            {{
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.EnableConcurrentExecution();
                context.RegisterCompilationStartAction(start =>
                {{
        {2}
                }});
            }}
        }}
        """;

    private static readonly Dictionary<string, string> Registrations = new()
    {
        [BlockStart] = """
                        start.RegisterOperationBlockStartAction(block =>
                        {
                            block.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
                            block.RegisterOperationAction(_ => { }, OperationKind.Binary);
                            block.RegisterOperationBlockEndAction(_ => { });
                        });
            """,
        [Block] = """
                        start.RegisterOperationBlockAction(_ => { });
            """,
        [Spin] = """
                        start.RegisterOperationBlockAction(_ => Calibration.Spin());
            """,
        [Walk] = """
                        start.RegisterOperationBlockAction(block => Calibration.Walk(block.OperationBlocks));
            """,
    };

    // The calibration analyzers' work, compiled into them and run here too (SpinCpuPerMethod): optimised from the first
    // call, as the call analyzer's hot path is (its Jit.Optimized).
    private const string CalibrationSource = """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Runtime.CompilerServices;
        using Microsoft.CodeAnalysis;

        public static class Calibration
        {
            public static long Sink;

            [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
            public static void Spin()
            {
                ulong x = 0x9E3779B97F4A7C15;
                for (var i = 0; i < {0}; i++) x = (x ^ (x >> 29)) * 0xBF58476D1CE4E5B9 + (ulong)i;
                System.Threading.Interlocked.Add(ref Sink, (long)(x & 1));
            }

            [MethodImpl(MethodImplOptions.AggressiveOptimization)]
            public static void Walk(ImmutableArray<IOperation> blocks)
            {
                var pending = new Stack<IOperation>();
                var count = 0;
                foreach (var block in blocks) pending.Push(block);
                while (pending.Count > 0)
                {
                    var operation = pending.Pop();
                    count++;
                    foreach (var child in operation.ChildOperations.Reverse()) pending.Push(child);
                }
                System.Threading.Interlocked.Add(ref Sink, count);
            }
        }
        """;

    /// <summary>The spin analyzer's CPU per method (its loop compiled and run in this process, median of 200 timings of 100 methods).</summary>
    public static TimeSpan SpinCpuPerMethod()
    {
        var type = Emit("SpinProbe", [CSharpSyntaxTree.ParseText(CalibrationText())], null)!.GetType("Calibration", throwOnError: true)!;
        var spin = type.GetMethod("Spin")!.CreateDelegate<Action>();
        var timings = new List<double>();
        for (var round = 0; round < 200; round++)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            for (var i = 0; i < 100; i++) spin();
            timings.Add(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalSeconds / 100);
        }
        return TimeSpan.FromSeconds(Statistics.Median(timings));
    }

    private static string CalibrationText() => CalibrationSource.Replace("{0}", SpinIterations.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Compiles the do-nothing analyzer of <paramref name="registration"/> into <paramref name="dir"/> and returns its path.</summary>
    public static string Build(string registration, string dir)
    {
        var id = registration switch { BlockStart => "0001", Block => "0002", Spin => "0003", _ => "0004" };
        var source = string.Format(System.Globalization.CultureInfo.InvariantCulture, Common, registration, id, Registrations[registration]);
        var path = Path.Combine(Directory.CreateDirectory(dir).FullName, $"DoNothing{registration}Analyzer.dll");
        Emit($"DoNothing{registration}Analyzer", [CSharpSyntaxTree.ParseText(source), CSharpSyntaxTree.ParseText(CalibrationText())], path);
        return path;
    }

    // Against this process's own runtime (the compiler that loads it runs on the same .NET) and Roslyn; to a file, or
    // loaded here when path is null.
    private static System.Reflection.Assembly? Emit(string name, SyntaxTree[] trees, string? path)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "netstandard.dll" or "System.Private.CoreLib.dll" or "System.Runtime.dll" or "System.Collections.Immutable.dll" or "System.Collections.dll" or "System.Threading.dll")
            .Append(typeof(DiagnosticAnalyzer).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(name, trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success) throw new InvalidOperationException($"The analyzer {name} does not compile: {result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error)}");
        if (path is null) return System.Reflection.Assembly.Load(image.ToArray());
        File.WriteAllBytes(path, image.ToArray());
        return null;
    }
}
