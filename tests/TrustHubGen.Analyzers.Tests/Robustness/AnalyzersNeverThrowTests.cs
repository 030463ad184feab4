using TrustHubGen.Analyzers.Tests.Infrastructure;

namespace TrustHubGen.Analyzers.Tests.Robustness;

/// <summary>Analyzers must never throw (AD0001), whatever the source: well-formed, wrong, half-typed or broken.</summary>
public sealed class AnalyzersNeverThrowTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Generated_and_mutated_corpus_raises_no_analyzer_exception(int seed)
    {
        var files = CorpusGenerator.Generate(count: 150, seed).ToList();
        var compilation = AnalyzerRunner.Compile(files);
        // RunAsync fails on any analyzer exception or AD0001; the corpus must also give the analyzers work to do.
        var diagnostics = await AnalyzerRunner.RunAsync(compilation, TestConfigOptionsProvider.Create([]), requireCleanCompile: false);
        Assert.Contains(diagnostics, d => d.Id.StartsWith("TH", StringComparison.Ordinal));
        Assert.Contains(compilation.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Well_formed_corpus_sources_compile_so_binding_paths_are_exercised()
    {
        var files = CorpusGenerator.Generate(count: 100, seed: 7).Where(f => f.Path.Contains("Source")).ToList();
        var compilation = AnalyzerRunner.Compile(files);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.Id).Distinct().ToList();
        // Random argument types may not fit every parameter (e.g. a string where a Uri is expected); those errors are
        // expected. What matters is that most calls bind: the analyzers must see real operations, not just errors.
        var diagnostics = await AnalyzerRunner.RunAsync(compilation, TestConfigOptionsProvider.Create([]), requireCleanCompile: false);
        var ids = diagnostics.Select(d => d.Id).Where(id => id.StartsWith("TH", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(ids.Count >= 8, $"The corpus should trigger most rules, got {string.Join(", ", ids)} (compile errors: {string.Join(", ", errors)}).");
    }
}
