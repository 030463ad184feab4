using Microsoft.CodeAnalysis;
using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests;

/// <summary>Severities follow .editorconfig, as users configure them.</summary>
public sealed class EditorConfigTests
{
    [Fact]
    public Task Editorconfig_turns_rules_off_and_changes_their_severity() => new TrustHubTest
    {
        TestState =
        {
            Sources =
            {
                Method($$"""
                    TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone_number", "{{Number}}");
                    TrustProductsResource.Fetch({|#0:"BU0123"|});
                    EndUserResource.Create("cnam", {|#1:"cnam-information"|});
                    """),
            },
            AnalyzerConfigFiles =
            {
                ("/.editorconfig", """
                    root = true

                    [*.cs]
                    dotnet_diagnostic.TH1003.severity = none
                    dotnet_diagnostic.TH1005.severity = warning
                    """),
            },
            ExpectedDiagnostics =
            {
                Diagnostic("TH1005").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning),
                Diagnostic("TH1008").WithLocation(1),
            },
        },
    }.RunAsync();

    // Raising a warning to an error, as CI configurations do, checked on the compiler's own analyzer driver.
    [Fact]
    public async Task Editorconfig_raises_a_warning_to_an_error()
    {
        var source = Method("""EndUserResource.Create("cnam", "cnam-information");""");
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Create(), "Test", "Test", LanguageNames.CSharp,
                compilationOptions: TestReferences.CompilationOptions, parseOptions: TestReferences.ParseOptions, metadataReferences: TestReferences.All))
            .AddDocument(DocumentId.CreateNewId(projectId), "File0.cs", Microsoft.CodeAnalysis.Text.SourceText.From(source), filePath: "/src/File0.cs")
            .AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig",
                Microsoft.CodeAnalysis.Text.SourceText.From("root = true\n\n[*.cs]\ndotnet_diagnostic.TH1008.severity = error\n"), filePath: "/src/.editorconfig");
        var project = solution.GetProject(projectId)!;
        var diagnostics = await AnalyzerRunner.RunAsync((await project.GetCompilationAsync())!, project.AnalyzerOptions);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, d => d.Id == "TH1008").Severity);
    }
}
