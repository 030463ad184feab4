using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests;

/// <summary>
/// The generated SDK raises no trimming, AOT or single-file warnings: the SDK's own ILLink analyzers (what
/// IsAotCompatible=true turns on) run over the generated code. A reflection-using snippet proves they are active.
/// </summary>
public sealed class AotCompatibilityTests
{
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(LoadIlLinkAnalyzers);

    [Fact]
    public async Task GeneratedSdkHasNoTrimmingOrAotWarnings()
    {
        var warnings = await Analyze([.. GeneratedSdk.GeneratedSources]);

        Assert.True(warnings.Count == 0, GeneratorHarness.Format(warnings));
    }

    [Fact]
    public async Task TheAnalyzersDoFlagReflection()
    {
        var warnings = await Analyze(["""
            internal static class UsesReflection
            {
                public static object? Make(string name) => System.Activator.CreateInstance(System.Type.GetType(name)!);
            }
            """]);

        Assert.Contains(warnings, d => d.Id.StartsWith("IL2", StringComparison.Ordinal));
    }

    private static async Task<List<Diagnostic>> Analyze(string[] sources)
    {
        var options = new TestOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.EnableTrimAnalyzer"] = "true",
            ["build_property.EnableAotAnalyzer"] = "true",
            ["build_property.EnableSingleFileAnalyzer"] = "true",
            ["build_property.IsAotCompatible"] = "true",
        }, new Dictionary<string, IReadOnlyDictionary<string, string>>());
        var compilation = GeneratorHarness.Compilation(sources).WithAnalyzers(Analyzers.Value, new AnalyzerOptions([], options));
        var diagnostics = await compilation.GetAnalyzerDiagnosticsAsync();
        return [.. diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)];
    }

    // The analyzers ship in the Microsoft.NET.ILLink.Tasks pack, restored by any build of TrustHubGen.Runtime (IsAotCompatible).
    private static ImmutableArray<DiagnosticAnalyzer> LoadIlLinkAnalyzers()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var pack = Path.Combine(packages, "microsoft.net.illink.tasks");
        var dll = Directory.Exists(pack)
            ? Directory.GetDirectories(pack).OrderByDescending(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version())
                .Select(d => Path.Combine(d, "analyzers", "dotnet", "cs", "ILLink.RoslynAnalyzer.dll")).FirstOrDefault(File.Exists)
            : null;
        Assert.True(dll is not null, $"ILLink.RoslynAnalyzer.dll not found under {pack}; build src/TrustHubGen.Runtime once to restore it.");
        var assembly = Assembly.LoadFrom(dll);
        return [.. assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];
    }
}
