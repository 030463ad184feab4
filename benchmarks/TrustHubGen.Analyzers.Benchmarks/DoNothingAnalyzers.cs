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
    };

    /// <summary>Compiles the do-nothing analyzer of <paramref name="registration"/> into <paramref name="dir"/> and returns its path.</summary>
    public static string Build(string registration, string dir)
    {
        var source = string.Format(System.Globalization.CultureInfo.InvariantCulture, Common, registration, registration == Block ? "0002" : "0001", Registrations[registration]);
        // Against this process's own runtime (the compiler that loads it runs on the same .NET) and Roslyn.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "netstandard.dll" or "System.Private.CoreLib.dll" or "System.Runtime.dll" or "System.Collections.Immutable.dll")
            .Append(typeof(DiagnosticAnalyzer).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create($"DoNothing{registration}Analyzer", [CSharpSyntaxTree.ParseText(source)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        var path = Path.Combine(Directory.CreateDirectory(dir).FullName, $"DoNothing{registration}Analyzer.dll");
        var result = compilation.Emit(path);
        if (!result.Success) throw new InvalidOperationException($"The do-nothing analyzer does not compile: {result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error)}");
        return path;
    }
}
