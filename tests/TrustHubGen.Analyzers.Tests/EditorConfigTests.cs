using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests;

/// <summary>Severities follow .editorconfig, as users configure them.</summary>
public sealed class EditorConfigTests
{
    [Fact]
    public async Task Editorconfig_turns_rules_off_and_changes_their_severity()
    {
        var source = Method($$"""
            TrustProductsChannelEndpointAssignmentResource.Create("{{Product}}", "phone_number", "{{Number}}");
            TrustProductsResource.Fetch("BU0123");
            TrustProductsResource.Create("CNAM", "a@example.com", "RNf3db3cd1fe25fcfd3c3ded065c8fea54");
            """);
        var editorconfig = """
            root = true

            [*.cs]
            dotnet_diagnostic.TH1003.severity = none
            dotnet_diagnostic.TH1005.severity = warning
            dotnet_diagnostic.TH1001.severity = error
            """;
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Create(), "Test", "Test", LanguageNames.CSharp,
                compilationOptions: TestReferences.CompilationOptions, parseOptions: TestReferences.ParseOptions,
                metadataReferences: TestReferences.All))
            .AddDocument(DocumentId.CreateNewId(projectId), "File0.cs", SourceText.From(source), filePath: "/src/File0.cs")
            .AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".editorconfig", SourceText.From(editorconfig), filePath: "/src/.editorconfig");
        var project = solution.GetProject(projectId)!;
        var compilation = (await project.GetCompilationAsync())!;

        var diagnostics = await AnalyzerRunner.RunAsync(compilation, project.AnalyzerOptions);

        Assert.DoesNotContain(diagnostics, d => d.Id == "TH1003");
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics, d => d.Id == "TH1005").Severity);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, d => d.Id == "TH1001").Severity);
    }
}
