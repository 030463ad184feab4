using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace TrustHubGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// Applies the shipped code fixes in an <see cref="AdhocWorkspace"/>: one fix on the first diagnostic of an ID, or Fix
/// All in a document or the project, and compares every document with the expected text. The fixed project must
/// still compile and no longer report the fixed diagnostic there.
/// </summary>
internal static class CodeFixVerifier
{
    public static Task VerifyFixAsync(string source, string diagnosticId, string expected, int actionIndex = 0, params TestAdditionalFile[] additionalFiles) =>
        VerifyAsync(new[] { source }, diagnosticId, new[] { expected }, actionIndex, scope: null, additionalFiles);

    public static Task VerifyFixAllAsync(string[] sources, string diagnosticId, string[] expected, FixAllScope scope, int actionIndex = 0, params TestAdditionalFile[] additionalFiles) =>
        VerifyAsync(sources, diagnosticId, expected, actionIndex, scope, additionalFiles);

    /// <summary>The titles of the fixes offered for the first diagnostic with the ID (empty when none).</summary>
    public static async Task<IReadOnlyList<string>> FixTitlesAsync(string source, string diagnosticId)
    {
        var (project, diagnostics) = await CreateAsync(new[] { source }, []);
        var diagnostic = First(diagnostics, diagnosticId);
        var actions = await ActionsAsync(project.Solution, diagnostic);
        return actions.Select(a => a.Title).ToList();
    }

    private static async Task VerifyAsync(string[] sources, string diagnosticId, string[] expected, int actionIndex, FixAllScope? scope, TestAdditionalFile[] additionalFiles)
    {
        var (project, diagnostics) = await CreateAsync(sources, additionalFiles);
        var diagnostic = First(diagnostics, diagnosticId);
        var actions = await ActionsAsync(project.Solution, diagnostic);
        Assert.True(actions.Count > actionIndex, $"Expected a fix #{actionIndex} for {diagnostic}, got {actions.Count}.");
        var action = actions[actionIndex];
        if (scope is { } fixAllScope)
        {
            var provider = ProviderFor(diagnosticId);
            var document = project.Solution.GetDocument(diagnostic.Location.SourceTree)!;
            var context = new FixAllContext(document, provider, fixAllScope, action.EquivalenceKey, new[] { diagnosticId },
                new FixedDiagnostics(diagnostics), CancellationToken.None);
            action = await provider.GetFixAllProvider()!.GetFixAsync(context)
                     ?? throw new InvalidOperationException("Fix All produced no action.");
        }
        var solution = await ApplyAsync(action);
        var documents = solution.GetProject(project.Id)!.Documents.OrderBy(d => d.FilePath, StringComparer.Ordinal).ToList();
        for (var i = 0; i < expected.Length; i++)
        {
            var text = (await documents[i].GetTextAsync()).ToString();
            Assert.Equal(Normalize(expected[i]), Normalize(text));
        }
        var compilation = (await solution.GetProject(project.Id)!.GetCompilationAsync())!;
        var after = await AnalyzerRunner.RunAsync(compilation, TestConfigOptionsProvider.Create(additionalFiles));
        var fixedPath = diagnostic.Location.SourceTree!.FilePath;
        if (scope is not null)
            Assert.DoesNotContain(after, d => d.Id == diagnosticId && (scope != FixAllScope.Document || d.Location.SourceTree?.FilePath == fixedPath));
    }

    private static async Task<(Project Project, ImmutableArray<Diagnostic> Diagnostics)> CreateAsync(string[] sources, TestAdditionalFile[] additionalFiles)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(projectId, VersionStamp.Create(), "Test", "Test",
            LanguageNames.CSharp, compilationOptions: TestReferences.CompilationOptions, parseOptions: TestReferences.ParseOptions,
            metadataReferences: TestReferences.All));
        for (var i = 0; i < sources.Length; i++)
        {
            var path = $"/src/File{i}.cs";
            var (source, _) = Markup.Parse(sources[i], path);
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), $"File{i}.cs", SourceText.From(source), filePath: path);
        }
        var project = solution.GetProject(projectId)!;
        var compilation = (await project.GetCompilationAsync())!;
        return (project, await AnalyzerRunner.RunAsync(compilation, TestConfigOptionsProvider.Create(additionalFiles)));
    }

    private static Diagnostic First(ImmutableArray<Diagnostic> diagnostics, string id) =>
        diagnostics.Where(d => d.Id == id).OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start).FirstOrDefault()
        ?? throw new InvalidOperationException($"No {id} was reported; got: {string.Join("; ", diagnostics)}");

    private static CodeFixProvider ProviderFor(string id) =>
        Shipped.CodeFixes.Single(p => p.FixableDiagnosticIds.Contains(id));

    private static async Task<List<CodeAction>> ActionsAsync(Solution solution, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await ProviderFor(diagnostic.Id).RegisterCodeFixesAsync(context);
        return actions;
    }

    private static async Task<Solution> ApplyAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => !d.Location.IsInSource));

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
