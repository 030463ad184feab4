using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TrustHubGen.Analyzers.Benchmarks;
using TrustHubGen.Generator;
using TrustHubGen.Testing;

namespace TrustHubGen.Ide.Benchmarks;

/// <summary>
/// Where a keystroke's time goes, in process, without a language server: the same corpus as the csharp-ls run (clean,
/// against Twilio's real 8.2.0 library), one string edited per round as csharp-ls sees it (a new compilation with one tree
/// replaced), then each piece of work an editor does after it, timed apart (wall and CPU time of this process):
/// the compiler's diagnostics for the whole compilation without the package, the generator's re-run, the compiler's
/// diagnostics with the generated SDK, the same plus our analyzers (what csharp-ls does: GetAllDiagnosticsAsync over
/// the whole compilation), each of our analyzers' own time, and the edited document alone (what an editor that
/// analyzes per document pays). The package's three shapes are timed in the same rounds: the whole SDK generated in
/// the user's compilation (before src/TrustHubGen.Sdk), the precompiled spec part referenced (built here in process
/// exactly as src/TrustHubGen.Sdk builds it) with the whole policy-dependent code generated, and the policy code
/// precompiled too: TrustHubGen.Sdk.DefaultPolicies (each packaged policy's entry, value types and pipeline) and
/// TrustHubGen.Sdk.PolicyCatalog (the container), built as their projects build them, with nothing generated, as a
/// project with the packaged policies and no snapshot gets it. TRUSTHUBGEN_BREAKDOWN_OWN_POLICY=1 adds a policy file of
/// the project's own (the IDE tests' branded-calling.json): the third shape then references the spec part and the
/// packaged policies' code only, and generates the container and that policy's code, as MSBuild arranges it (issue 15);
/// the second is what such a project got before (the whole policy part generated).
/// </summary>
internal static class KeystrokeBreakdown
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    public static async Task RunAsync(int files, int rounds)
    {
        var dir = Directory.CreateTempSubdirectory("trusthubgen-ide-breakdown-").FullName;
        try
        {
            CorpusWriter.Write(dir, files, RepoPaths.Root, clean: true);
            var references = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
                .Concat(TwilioLibrary())
                .Append(MetadataReference.CreateFromFile(typeof(TrustHubGen.Runtime.TwilioSid).Assembly.Location))
                .Append(MetadataReference.CreateFromFile(typeof(TrustHubGen.Policies.PolicyDefinition).Assembly.Location))
                .ToImmutableArray();
            var trees = Directory.GetFiles(Path.Combine(dir, "src"), "*.cs").Order(StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), Parse, path: f))
                .Append(CSharpSyntaxTree.ParseText("global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\nglobal using System.Threading.Tasks;\n", Parse, path: "GlobalUsings.g.cs"))
                .ToList();
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1998"] = ReportDiagnostic.Suppress, ["CS0219"] = ReportDiagnostic.Suppress, ["CS0168"] = ReportDiagnostic.Suppress });
            Compilation compilation = CSharpCompilation.Create("Corpus", trees, references, options);
            var ownPolicy = Environment.GetEnvironmentVariable("TRUSTHUBGEN_BREAKDOWN_OWN_POLICY") == "1"
                ? Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Ide.Tests", "Consumer", "policies", "branded-calling.json")
                : null;
            var (additional, provider) = Inputs(ownPolicy: ownPolicy);
            var analyzerOptions = new AnalyzerOptions(additional, provider);
            var analyzers = typeof(TrustHubGen.Analyzers.TrustHubCallAnalyzer).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();
            var sdkAnalyzers = SdkAnalyzers();
            GeneratorDriver driver = CSharpGeneratorDriver.Create([new TrustHubGenerator().AsSourceGenerator()], additional, Parse, provider);
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var first, out _);
            var generated = first.SyntaxTrees.Except(compilation.SyntaxTrees).ToList();
            var emitted = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText).ToList();
            Console.WriteLine($"Corpus: {files} files ({trees.Sum(t => t.Length) / 1024} KiB); generated SDK: {generated.Count} files ({generated.Sum(t => t.Length) / 1024} KiB); {analyzers.Length} TrustHubGen analyzers");
            // The precompiled SDK's shape: the corpus references TrustHubGen.Sdk (built as src/TrustHubGen.Sdk builds it)
            // and the generator emits only the policy-dependent code.
            var precompiled = Precompiled(references, "Spec");
            var precompiledPolicies = Precompiled(references.Add(precompiled), "Policies");
            // The container fits only the packaged set: a project with a policy file of its own generates it (buildTransitive drops it).
            MetadataReference[] policyParts = ownPolicy is null ? [precompiledPolicies, Precompiled(references.Add(precompiled).Add(precompiledPolicies), "Catalog")] : [precompiledPolicies];
            var withReference = compilation.AddReferences(precompiled);
            GeneratorDriver driverP = CSharpGeneratorDriver.Create([new TrustHubGenerator().AsSourceGenerator()], additional, Parse, provider);
            driverP = driverP.RunGeneratorsAndUpdateCompilation(withReference, out var firstP, out var generatorProblems);
            if (generatorProblems.Any(d => d.Severity == DiagnosticSeverity.Error)) throw new InvalidOperationException(string.Join("\n", generatorProblems));
            var generatedP = firstP.SyntaxTrees.Except(withReference.SyntaxTrees).ToList();
            Console.WriteLine($"With the precompiled SDK referenced: generated {generatedP.Count} files ({generatedP.Sum(t => t.Length) / 1024} KiB)");
            var withBoth = compilation.AddReferences(policyParts.Prepend(precompiled));
            GeneratorDriver driverB = CSharpGeneratorDriver.Create([new TrustHubGenerator().AsSourceGenerator()], additional, Parse, provider);
            driverB = driverB.RunGeneratorsAndUpdateCompilation(withBoth, out var firstB, out generatorProblems);
            if (generatorProblems.Any(d => d.Severity == DiagnosticSeverity.Error)) throw new InvalidOperationException(string.Join("\n", generatorProblems));
            var generatedB = firstB.SyntaxTrees.Except(withBoth.SyntaxTrees).ToList();
            Console.WriteLine($"With the policy code precompiled too ({string.Join(", ", policyParts.Select(p => p.Display))}; own policy file: {ownPolicy ?? "none"}): generated {generatedB.Count} files ({generatedB.Sum(t => t.Length) / 1024} KiB): {string.Join(", ", generatedB.Select(t => Path.GetFileName(t.FilePath) + " " + t.Length / 1024 + " KiB"))}");

            var edited = compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Onboarding3.cs", StringComparison.Ordinal));
            var rows = new Dictionary<string, List<(double Wall, double Cpu)>>();
            var perAnalyzer = new Dictionary<string, List<double>>();
            for (var round = 0; round <= rounds; round++)
            {
                // One keystroke: "phone-number" <-> "phone_number" (TH1003 appears, then goes).
                var text = edited.GetText();
                var (from, to) = round % 2 == 0 ? ("\"phone-number\"", "\"phone_number\"") : ("\"phone_number\"", "\"phone-number\"");
                var at = text.ToString().IndexOf(from, StringComparison.Ordinal);
                var next = edited.WithChangedText(text.Replace(at + 6, 1, to.Substring(6, 1)));
                compilation = compilation.ReplaceSyntaxTree(edited, next);
                withReference = withReference.ReplaceSyntaxTree(edited, next);
                withBoth = withBoth.ReplaceSyntaxTree(edited, next);
                edited = next;
                var record = round > 0; // round 0 warms the JIT

                Time(rows, record, "compiler diagnostics, whole compilation, without the package", () => compilation.GetDiagnostics().Length);
                Time(rows, record, "generator re-run (incremental)", () => { driver = driver.RunGenerators(compilation); return 0; });
                var texts = driver.GetRunResult().Results.Single().GeneratedSources;
                if (!texts.Select(s => s.SourceText).SequenceEqual(emitted, ReferenceEqualityComparer.Instance))
                    throw new InvalidOperationException("The generator emitted new text for a keystroke in user code.");
                // As an IDE workspace does: the generated documents whose text did not change keep their trees.
                var withSdk = compilation.AddSyntaxTrees(generated);
                Time(rows, record, "compiler diagnostics, whole compilation, with the generated SDK", () => withSdk.GetDiagnostics().Length);
                CompilationWithAnalyzers? cwa = null;
                var found = Time(rows, record, "compiler + TrustHubGen analyzers, whole compilation (csharp-ls: GetAllDiagnosticsAsync)", () =>
                {
                    cwa = withSdk.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(analyzerOptions, null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
                    return cwa.GetAllDiagnosticsAsync().GetAwaiter().GetResult().Count(d => d.Id == "TH1003");
                });
                if (found != (round % 2 == 0 ? 1 : 0)) throw new InvalidOperationException($"Round {round}: {found} TH1003 findings.");
                // The same keystroke with the precompiled spec part referenced, then with the policy code precompiled too.
                var withPrecompiled = withReference.AddSyntaxTrees(generatedP);
                var withBothParts = withBoth.AddSyntaxTrees(generatedB);
                driverP = TimeWithPrecompiled("the precompiled SDK", driverP, withReference, withPrecompiled);
                driverB = TimeWithPrecompiled("the policy code precompiled too", driverB, withBoth, withBothParts);

                // Generator re-run, compiler, compiler + our analyzers over a compilation that references precompiled parts.
                GeneratorDriver TimeWithPrecompiled(string shape, GeneratorDriver driver, Compilation referencing, Compilation whole)
                {
                    Time(rows, record, $"generator re-run (incremental), with {shape}", () => { driver = driver.RunGenerators(referencing); return 0; });
                    Time(rows, record, $"compiler diagnostics, whole compilation, with {shape}", () => whole.GetDiagnostics().Length);
                    var findings = Time(rows, record, $"compiler + TrustHubGen analyzers, whole compilation, with {shape}", () =>
                        whole.Clone().WithAnalyzers(analyzers, analyzerOptions).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Count(d => d.Id == "TH1003"));
                    if (findings != found) throw new InvalidOperationException($"Round {round}: {findings} TH1003 findings with {shape}, {found} without.");
                    return driver;
                }
                if (record)
                {
                    foreach (var analyzer in analyzers)
                    {
                        var info = await cwa!.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
                        (perAnalyzer.TryGetValue(analyzer.GetType().Name, out var list) ? list : perAnalyzer[analyzer.GetType().Name] = []).Add(info.ExecutionTime.TotalSeconds);
                    }
                }
                // What csharp-ls runs with analyzersEnabled in both projects: every project's .NET SDK analyzers (and ours).
                if (!sdkAnalyzers.IsEmpty)
                {
                    Time(rows, record, "compiler + .NET SDK analyzers, whole compilation, without the package", () =>
                        compilation.Clone().WithAnalyzers(sdkAnalyzers, analyzerOptions).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length);
                    Time(rows, record, "compiler + .NET SDK analyzers + TrustHubGen analyzers, whole compilation, with the generated SDK", () =>
                        withSdk.Clone().WithAnalyzers(sdkAnalyzers.AddRange(analyzers), analyzerOptions).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length);
                    Time(rows, record, "compiler + .NET SDK analyzers + TrustHubGen analyzers, whole compilation, with the precompiled SDK", () =>
                        withPrecompiled.Clone().WithAnalyzers(sdkAnalyzers.AddRange(analyzers), analyzerOptions).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length);
                    Time(rows, record, "compiler + .NET SDK analyzers + TrustHubGen analyzers, whole compilation, with the policy code precompiled too", () =>
                        withBothParts.Clone().WithAnalyzers(sdkAnalyzers.AddRange(analyzers), analyzerOptions).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length);
                }
                // Each analyzer alone (TRUSTHUBGEN_BREAKDOWN_EACH_ANALYZER=1), on a compilation of its own (the telemetry's execution time leaves out the
                // operation trees the analyzer driver builds for an analyzer's operation actions; this does not).
                if (Environment.GetEnvironmentVariable("TRUSTHUBGEN_BREAKDOWN_EACH_ANALYZER") == "1")
                {
                    foreach (var analyzer in analyzers)
                        Time(rows, record, $"compiler + {analyzer.GetType().Name} alone, whole compilation", () =>
                            withSdk.Clone().WithAnalyzers([analyzer], analyzerOptions).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length);
                }
                // Fresh clones: nothing bound above is reused.
                Time(rows, record, "the edited document alone, without the package: compiler", () =>
                    compilation.Clone().GetSemanticModel(edited).GetDiagnostics().Length);
                Time(rows, record, "the edited document alone, with the package: compiler + TrustHubGen analyzers", () =>
                {
                    var fresh = withSdk.Clone();
                    var withTree = fresh.SyntaxTrees.Single(t => t.FilePath == edited.FilePath);
                    var model = fresh.GetSemanticModel(withTree);
                    var docCwa = fresh.WithAnalyzers(analyzers, analyzerOptions);
                    return model.GetDiagnostics().Length + docCwa.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None).GetAwaiter().GetResult().Length
                        + docCwa.GetAnalyzerSyntaxDiagnosticsAsync(withTree, CancellationToken.None).GetAwaiter().GetResult().Length;
                });
            }

            // Which of the .NET SDK's analyzers spend the time on the generated SDK: groups of 16, with the SDK and without.
            var groupRows = new List<(string Names, double With, double Without)>();
            if (Environment.GetEnvironmentVariable("TRUSTHUBGEN_SDK_ANALYZER_GROUPS") == "1")
            {
                var sdkTrees = compilation.AddSyntaxTrees(generated);
                foreach (var group in sdkAnalyzers.Chunk(16))
                {
                    double Cpu(Compilation c)
                    {
                        var start = Process.GetCurrentProcess().TotalProcessorTime;
                        c.Clone().WithAnalyzers([.. group], analyzerOptions).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
                        return (Process.GetCurrentProcess().TotalProcessorTime - start).TotalSeconds;
                    }
                    groupRows.Add((string.Join(", ", group.Select(a => a.GetType().Name)), Cpu(sdkTrees), Cpu(compilation)));
                }
            }

            // Which generated file costs what to bind (one fresh compilation, files in turn: the first also pays for the
            // declarations every file shares).
            var perFile = compilation.AddSyntaxTrees(generated);
            var fileRows = new List<(string Name, int KiB, double Cpu)>();
            foreach (var tree in generated)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                perFile.GetSemanticModel(tree).GetDiagnostics();
                fileRows.Add((Path.GetFileName(tree.FilePath), tree.Length / 1024, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds));
            }

            Console.WriteLine();
            Console.WriteLine($"| one keystroke, {files}-file corpus, {rounds} rounds | wall, median (min-max) | CPU, median (min-max) |");
            Console.WriteLine("|---|---:|---:|");
            foreach (var (what, values) in rows)
                Console.WriteLine($"| {what} | {Stats(values.Select(v => v.Wall))} | {Stats(values.Select(v => v.Cpu))} |");
            Console.WriteLine();
            Console.WriteLine("| TrustHubGen analyzer (whole compilation) | execution time, median (min-max) |");
            Console.WriteLine("|---|---:|");
            foreach (var (name, values) in perAnalyzer.OrderByDescending(p => p.Value.Max()))
                Console.WriteLine($"| {name} | {Stats(values)} |");
            if (groupRows.Count > 0)
            {
                Console.WriteLine();
                Console.WriteLine("| .NET SDK analyzers (group of 16, with the compiler) | CPU with the generated SDK | without |");
                Console.WriteLine("|---|---:|---:|");
                foreach (var (names, with, without) in groupRows.OrderByDescending(g => g.With - g.Without))
                    Console.WriteLine($"| {names} | {with * 1000:F0} ms | {without * 1000:F0} ms |");
            }
            Console.WriteLine();
            Console.WriteLine("| generated file (in order) | size | compiler diagnostics, CPU |");
            Console.WriteLine("|---|---:|---:|");
            foreach (var (name, kib, cpu) in fileRows)
                Console.WriteLine($"| {name} | {kib} KiB | {cpu * 1000:F0} ms |");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static int Time(Dictionary<string, List<(double, double)>> rows, bool record, string what, Func<int> work)
    {
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = work();
        var wall = clock.Elapsed.TotalSeconds;
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        if (record) (rows.TryGetValue(what, out var list) ? list : rows[what] = []).Add((wall, used));
        return result;
    }

    private static string Stats(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        return $"{median * 1000:F0} ms ({sorted[0] * 1000:F0}-{sorted[^1] * 1000:F0})";
    }

    /// <summary>
    /// The .NET SDK's own analyzers (Microsoft.CodeAnalysis.NetAnalyzers, which every net5.0+ project references), from
    /// the SDK running this benchmark, at their descriptors' default severities (a project's AnalysisLevel globalconfig
    /// is not applied); none when they do not load against this Roslyn.
    /// </summary>
    private static ImmutableArray<DiagnosticAnalyzer> SdkAnalyzers()
    {
        var dir = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..", "sdk");
        var sdk = Directory.Exists(dir) ? Directory.GetDirectories(dir).Where(d => File.Exists(Path.Combine(d, "Sdks", "Microsoft.NET.Sdk", "analyzers", "Microsoft.CodeAnalysis.NetAnalyzers.dll"))).Order(StringComparer.Ordinal).LastOrDefault() : null;
        if (sdk is null) { Console.WriteLine("No .NET SDK analyzers found."); return []; }
        var loader = new Loader();
        var found = new List<DiagnosticAnalyzer>();
        foreach (var name in new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" })
        {
            var reference = new AnalyzerFileReference(Path.Combine(sdk, "Sdks", "Microsoft.NET.Sdk", "analyzers", name), loader);
            reference.AnalyzerLoadFailed += (_, e) => Console.WriteLine($"{name}: {e.Message}");
            found.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
        }
        Console.WriteLine($".NET SDK analyzers: {found.Count} from {sdk}");
        return [.. found];
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath) { }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Runtime.Loader.AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }

    /// <summary>Twilio's real C# library (8.2.0, as the corpus project references it) and the assemblies its API names.</summary>
    private static IEnumerable<MetadataReference> TwilioLibrary() =>
        Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => Path.GetFileName(f) is var n && (n == "Twilio.dll" || n.StartsWith("Newtonsoft.", StringComparison.Ordinal) || n.StartsWith("Microsoft.IdentityModel.", StringComparison.Ordinal) || n.StartsWith("System.IdentityModel.", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f));

    /// <summary>
    /// A part of the precompiled SDK as src/TrustHubGen.Sdk (<paramref name="part"/> Spec),
    /// src/TrustHubGen.Sdk.DefaultPolicies (Policies, with the first among <paramref name="references"/>) or
    /// src/TrustHubGen.Sdk.PolicyCatalog (Catalog, with both) builds it: the generator over the package's default inputs
    /// with TrustHubGenBuildsPrecompiledSdk, in an assembly of that name.
    /// </summary>
    private static MetadataReference Precompiled(ImmutableArray<MetadataReference> references, string part)
    {
        var (inputs, provider) = Inputs(builds: part);
        var name = part switch { "Spec" => "TrustHubGen.Sdk", "Policies" => "TrustHubGen.Sdk.DefaultPolicies", _ => "TrustHubGen.Sdk.PolicyCatalog" };
        var empty = CSharpCompilation.Create(name, [], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create([new TrustHubGenerator().AsSourceGenerator()], inputs, Parse, provider).RunGeneratorsAndUpdateCompilation(empty, out var sdk, out _);
        using var stream = new MemoryStream();
        var result = sdk.Emit(stream);
        if (!result.Success) throw new InvalidOperationException("The precompiled SDK does not compile: " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return MetadataReference.CreateFromImage(stream.ToArray(), filePath: name + ".dll");
    }

    /// <summary>
    /// The package's default generator inputs (the official Trust Hub spec, the API 2010 selection, the shipped policies)
    /// with their item metadata, and <paramref name="ownPolicy"/>, a policy file of the project's own, if any.
    /// </summary>
    private static (ImmutableArray<AdditionalText> Files, AnalyzerConfigOptionsProvider Options) Inputs(string? builds = null, string? ownPolicy = null)
    {
        var metadata = new Dictionary<string, Dictionary<string, string>>
        {
            [RepoPaths.TrustHubSpec] = new() { ["build_metadata.AdditionalFiles.TrustHubGenKind"] = "OpenApi" },
            [RepoPaths.Api2010Spec] = new()
            {
                ["build_metadata.AdditionalFiles.TrustHubGenKind"] = "OpenApi",
                ["build_metadata.AdditionalFiles.TrustHubGenOperations"] = "ListIncomingPhoneNumber;FetchIncomingPhoneNumber;ListAccount;FetchAccount",
                ["build_metadata.AdditionalFiles.TrustHubGenSidNames"] = "PN=PhoneNumberSid",
            },
        };
        foreach (var policy in Directory.GetFiles(Path.Combine(RepoPaths.Root, "specs", "policies"), "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)))
            metadata[policy] = new() { ["build_metadata.AdditionalFiles.TrustHubGenKind"] = "Policy" };
        if (ownPolicy is not null) metadata[ownPolicy] = new() { ["build_metadata.AdditionalFiles.TrustHubGenKind"] = "Policy" };
        var files = metadata.Keys.Order(StringComparer.Ordinal).Select(path => (AdditionalText)new FileText(path, SourceText.From(File.ReadAllText(path)))).ToImmutableArray();
        return (files, new Options(metadata, builds is not null ? new() { ["build_property.TrustHubGenBuildsPrecompiledSdk"] = builds } : []));
    }

    private sealed class FileText(string path, SourceText text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class Options(Dictionary<string, Dictionary<string, string>> perFile, Dictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        private static readonly Values Empty = new([]);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => perFile.TryGetValue(textFile.Path, out var values) ? new Values(values) : Empty;

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
