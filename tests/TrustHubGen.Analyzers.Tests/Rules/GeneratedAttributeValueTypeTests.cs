using Microsoft.CodeAnalysis;
using TrustHubGen.Analyzers.Tests.Infrastructure;

namespace TrustHubGen.Analyzers.Tests.Rules;

/// <summary>Contract C1 end to end: the attribute value types the real generator emits are checked by the analyzers.</summary>
public sealed class GeneratedAttributeValueTypeTests
{
    [Fact]
    public async Task Generated_types_are_recognised_through_their_marker()
    {
        var (source, expected) = Markup.Parse("""
            using TrustHubGen.Sdk;
            public static class Uses
            {
                public static void Run()
                {
                    var bad = CnamDisplayName.Parse({|TH1007:"1st Choice Plumbing & Heating"|});
                    var good = CnamDisplayName.Parse("Acme Plumbing");
                    var identity = PrimaryBusinessProfileBusinessIdentity.Parse({|TH1013:"Direct_Customer"|});
                }
            }
            """, "/src/Uses.cs");
        var inputs = GeneratorRun.OfficialInputs();
        var options = TestConfigOptionsProvider.Create(inputs);
        var (_, output, generatorDiagnostics) = GeneratorRun.Run(AnalyzerRunner.Compile([("/src/Uses.cs", source)]), options);
        Assert.DoesNotContain(generatorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);

        var diagnostics = await AnalyzerRunner.RunAsync(output, options);
        var found = diagnostics.Where(d => d.Id.StartsWith("TH", StringComparison.Ordinal))
            .Select(d => (d.Id, d.Location.SourceSpan)).OrderBy(d => d.SourceSpan.Start).ToList();
        Assert.Equal(expected.Select(e => (e.Id, e.Span)).OrderBy(e => e.Span.Start), found);
    }
}
