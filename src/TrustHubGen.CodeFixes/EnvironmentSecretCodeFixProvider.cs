using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TrustHubGen.Analyzers.Diagnostics;

namespace TrustHubGen.CodeFixes;

/// <summary>TH1011: replaces a secret written in source with a read of the environment variable Twilio's tools use.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EnvironmentSecretCodeFixProvider)), Shared]
public sealed class EnvironmentSecretCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.CredentialInSource);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FixProperties.EnvironmentVariable, out var variable) || variable is null) continue;
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression) continue;
            context.RegisterCodeFix(
                CodeAction.Create($"Read the secret from {variable}", ct => ReplaceAsync(context.Document, expression, variable, ct), diagnostic.Id),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, string variable, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var read = SyntaxFactory.ParseExpression(
            $"System.Environment.GetEnvironmentVariable(\"{variable}\") ?? throw new System.InvalidOperationException(\"Set the {variable} environment variable.\")");
        return document.WithSyntaxRoot(root!.ReplaceNode(expression, read.WithTriviaFrom(expression)));
    }
}
