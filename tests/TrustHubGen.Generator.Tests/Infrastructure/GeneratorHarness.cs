using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace TrustHubGen.Generator.Tests.Infrastructure;

/// <summary>Runs the generator the way the compiler does, on in-memory inputs.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    public static ImmutableArray<MetadataReference> References { get; } =
    [
        .. Basic.Reference.Assemblies.Net80.References.All,
        MetadataReference.CreateFromFile(typeof(TrustHubGen.Runtime.ITwilioTransport).Assembly.Location),
        // Generated PolicyCatalog code holds the rules library's own records (PolicyDefinition, AttributeRule).
        MetadataReference.CreateFromFile(typeof(TrustHubGen.Policies.PolicyDefinition).Assembly.Location),
    ];

    public static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
            specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1591"] = ReportDiagnostic.Warn }, generalDiagnosticOption: ReportDiagnostic.Default)
        .WithGeneralDiagnosticOption(ReportDiagnostic.Default));

    public static GeneratorDriver CreateDriver(IEnumerable<TestInput> inputs, string? ns = null)
    {
        var list = inputs.ToList();
        var global = new Dictionary<string, string>();
        if (ns is not null) global["build_property.TrustHubGenNamespace"] = ns;
        var perFile = list.ToDictionary(i => i.Path, i => i.Metadata());
        return CSharpGeneratorDriver.Create(
            [new TrustHubGenerator().AsSourceGenerator()],
            list.Select(i => (AdditionalText)new InMemoryAdditionalText(i.Path, i.Text)),
            ParseOptions,
            new TestOptionsProvider(global, perFile),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator once; returns the driver (for re-runs), the result and the output compilation.</summary>
    public static (GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output) Run(IEnumerable<TestInput> inputs, string? ns = null, params string[] sources)
    {
        var compilation = Compilation(sources.Length == 0 ? ["namespace Consumer { internal static class Empty { } }"] : sources);
        var driver = CreateDriver(inputs, ns).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver, driver.GetRunResult(), output);
    }

    /// <summary>Every compiler diagnostic of the output that is a warning or an error (CS8785 "generator failed" included).</summary>
    public static List<Diagnostic> Problems(GeneratorDriverRunResult result, Compilation output) =>
        result.Diagnostics.Concat(output.GetDiagnostics())
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();

    public static string Format(IEnumerable<Diagnostic> diagnostics) => string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
    /// <summary>
    /// Runs the generator over <paramref name="inputs"/> on an empty consumer, then again after one input file's text
    /// changed (<paramref name="from"/> replaced by <paramref name="to"/>), the way an editor hands the driver an edit:
    /// the second run's result, to see which steps re-ran.
    /// </summary>
    public static GeneratorRunResult RerunAfterEdit(IReadOnlyList<TestInput> inputs, string path, string from, string to)
    {
        var compilation = Compilation("namespace Consumer { internal static class Empty { } }");
        var driver = CreateDriver(inputs).RunGenerators(compilation);
        var edited = inputs.Single(i => i.Path == path);
        var oldText = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.InputFiles]
            .SelectMany(s => s.Outputs).Select(o => o.Value).OfType<object>()
            .Select(v => v.GetType().GetProperty("File")!.GetValue(v)).OfType<AdditionalText>().Single(t => t.Path == path);
        var newText = new InMemoryAdditionalText(path, edited.Text.Replace(from, to, StringComparison.Ordinal));
        return driver.ReplaceAdditionalText(oldText, newText).RunGenerators(compilation).GetRunResult().Results.Single();
    }
}
