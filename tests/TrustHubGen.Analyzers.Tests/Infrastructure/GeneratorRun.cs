using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Generator;
using RepoPaths = TrustHubGen.Testing.RepoPaths;

namespace TrustHubGen.Analyzers.Tests.Infrastructure;

/// <summary>Runs the real generator the way the compiler does, on the package's default inputs.</summary>
internal static class GeneratorRun
{
    /// <summary>Twilio's official Trust Hub spec, the package's API 2010 selection and the shipped policy files.</summary>
    public static List<TestAdditionalFile> OfficialInputs()
    {
        var inputs = new List<TestAdditionalFile>
        {
            OpenApi(RepoPaths.TrustHubSpec, File.ReadAllText(RepoPaths.TrustHubSpec)),
            OpenApi(RepoPaths.Api2010Spec, File.ReadAllText(RepoPaths.Api2010Spec),
                ("TrustHubGenOperations", "ListIncomingPhoneNumber,FetchIncomingPhoneNumber,ListAccount,FetchAccount"), ("TrustHubGenSidNames", "PN=PhoneNumberSid")),
        };
        inputs.AddRange(PolicyFiles().Select(f => TestAdditionalFile.Policy(f, File.ReadAllText(f))));
        return inputs;
    }

    public static IEnumerable<string> PolicyFiles() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "specs", "policies"), "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public static TestAdditionalFile OpenApi(string path, string text, params (string Key, string Value)[] metadata)
    {
        var all = new Dictionary<string, string> { ["TrustHubGenKind"] = "OpenApi" };
        foreach (var (key, value) in metadata) all[key] = value;
        return new TestAdditionalFile(path, text, all);
    }

    /// <summary>Runs the generator over <paramref name="compilation"/>; returns the run result and the compilation with its output.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output, IReadOnlyList<Diagnostic> Diagnostics) Run(Compilation compilation, Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions options)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new TrustHubGenerator().AsSourceGenerator() }, options.AdditionalFiles, TestReferences.ParseOptions, options.AnalyzerConfigOptionsProvider);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (driver.GetRunResult(), output, diagnostics);
    }
}
