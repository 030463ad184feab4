using Microsoft.CodeAnalysis;
using TrustHubGen.Analyzers.Tests.Infrastructure;
using TrustHubGen.Testing;

namespace TrustHubGen.Analyzers.Tests.Parity;

/// <summary>
/// TH1014 on a surface: the real generator runs on an ISV snapshot of 1,200 numbers (over the default handle limit of
/// 1,000), then the analyzers: each number handle left out is CS0117 with TH1014 beside it.
/// </summary>
internal static class SnapshotHandleParity
{
    public static async Task AssertExplainedAsync(string statements)
    {
        var source = $$"""
            using TrustHubGen.Runtime.Onboarding;
            using TrustHubGen.Sdk;
            namespace Consumer;
            internal static class Uses
            {
                internal static async System.Threading.Tasks.Task RunAsync(TrustHubClient trustHub, CustomerProfileSid profileSid)
                {
            {{statements}}
                }
            }
            """;
        var options = TestConfigOptionsProvider.Create([.. GeneratorRun.OfficialInputs(), TestAdditionalFile.Snapshot("/repo/trusthub.snapshot.json", IsvSnapshot.Json(1_200))]);
        var (_, output, _) = GeneratorRun.Run(AnalyzerRunner.Compile([("/src/Uses.cs", source)]), options);
        var diagnostics = await AnalyzerRunner.RunAsync(output, options, requireCleanCompile: false);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var th1014 = diagnostics.Where(d => d.Id == "TH1014").ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("CS0117", e.Id));
        Assert.Equal(errors.Select(e => e.Location.SourceSpan), th1014.Select(d => d.Location.SourceSpan));
        Assert.All(th1014, d => Assert.Contains("more than TrustHubGenSnapshotHandleLimit (1,000)", d.GetMessage(), StringComparison.Ordinal));
    }
}
