using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TrustHubGen.Analyzers.Tests.Infrastructure;

/// <summary>Runs the shipped analyzers over a compilation and fails on any analyzer exception.</summary>
internal static class AnalyzerRunner
{
    public static CSharpCompilation Compile(IEnumerable<(string Path, string Source)> files) =>
        CSharpCompilation.Create("Test",
            files.Select(f => CSharpSyntaxTree.ParseText(f.Source, TestReferences.ParseOptions, path: f.Path)),
            TestReferences.All, TestReferences.CompilationOptions);

    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, AnalyzerOptions options, bool requireCleanCompile = true)
    {
        if (requireCleanCompile)
        {
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join("\n", errors));
        }
        var exceptions = new ConcurrentBag<string>();
        var withAnalyzers = compilation.WithAnalyzers(Shipped.Analyzers, new CompilationWithAnalyzersOptions(
            options, (exception, analyzer, diagnostic) => exceptions.Add($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var ad0001 = diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString());
        var thrown = exceptions.Concat(ad0001).ToList();
        Assert.True(thrown.Count == 0, "An analyzer threw:\n" + string.Join("\n", thrown));
        return diagnostics;
    }
}
