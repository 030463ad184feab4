using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TrustHubGen.Analyzers.Diagnostics;

namespace TrustHubGen.CodeFixes;

/// <summary>
/// TH1011: replaces a secret written in source with a read of the environment variable Twilio's tools use, where the
/// secret lives: the reported value itself, or the initializer of the local that holds it (the use stays). It offers
/// nothing when the secret lives where it cannot rewrite it safely (a field or constant, a const local, a local written
/// again or passed by reference): replacing only the use would leave the secret in source.
/// </summary>
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
        SemanticModel? model = null;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FixProperties.EnvironmentVariable, out var variable) || variable is null) continue;
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression) continue;
            model ??= await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (model is null || SecretHome(model, expression, context.CancellationToken) is not { } home) continue;
            expression = home;
            context.RegisterCodeFix(
                CodeAction.Create($"Read the secret from {variable}", ct => ReplaceAsync(context.Document, expression, variable, ct), diagnostic.Id),
                diagnostic);
        }
    }

    /// <summary>
    /// The expression that holds the secret: the reported one, or the initializer of the local it reads. Null when the
    /// secret (or part of it) comes from a name the fix cannot rewrite safely.
    /// </summary>
    private static ExpressionSyntax? SecretHome(SemanticModel model, ExpressionSyntax reported, CancellationToken cancellationToken)
    {
        var bare = reported;
        while (bare is ParenthesizedExpressionSyntax parenthesized) bare = parenthesized.Expression;
        if (bare is IdentifierNameSyntax identifier && model.GetSymbolInfo(identifier, cancellationToken).Symbol is ILocalSymbol local)
        {
            if (local.IsConst || local.IsRef || local.DeclaringSyntaxReferences.Length != 1) return null;
            if (local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax
                {
                    Initializer.Value: { } initializer,
                    Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax { UsingKeyword.RawKind: 0 } statement },
                })
                return null;
            if (statement.Parent is not { } scope || ReadsOtherNames(model, initializer, cancellationToken) || IsWritten(model, scope, local, initializer, cancellationToken))
                return null;
            return initializer;
        }
        return ReadsOtherNames(model, reported, cancellationToken) ? null : reported;
    }

    // A string local, field, constant or property read inside the value: the secret may live there, out of the fix's reach.
    private static bool ReadsOtherNames(SemanticModel model, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        foreach (var name in value.DescendantNodesAndSelf().OfType<SimpleNameSyntax>())
        {
            var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
            var type = symbol switch
            {
                ILocalSymbol l => l.Type,
                IFieldSymbol f => f.Type,
                IPropertySymbol p => p.Type,
                IParameterSymbol p => p.Type,
                _ => null,
            };
            if (type is { SpecialType: SpecialType.System_String }) return true;
        }
        return false;
    }

    // Any write to the local after its declaration (assignment, ++, ref/out, a ref taken): its value may not be the initializer's.
    private static bool IsWritten(SemanticModel model, SyntaxNode scope, ILocalSymbol local, ExpressionSyntax initializer, CancellationToken cancellationToken)
    {
        foreach (var name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText != local.Name || initializer.Span.Contains(name.Span)) continue;
            if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, local)) continue;
            var use = (SyntaxNode)name;
            while (use.Parent is ParenthesizedExpressionSyntax) use = use.Parent;
            switch (use.Parent)
            {
                case AssignmentExpressionSyntax assignment when assignment.Left == use:
                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression }:
                case PostfixUnaryExpressionSyntax:
                case ArgumentSyntax { RefKindKeyword.RawKind: not 0 }:
                case RefExpressionSyntax:
                    return true;
            }
        }
        return false;
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, string variable, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var read = SyntaxFactory.ParseExpression(
            $"System.Environment.GetEnvironmentVariable(\"{variable}\") ?? throw new System.InvalidOperationException(\"Set the {variable} environment variable.\")");
        return document.WithSyntaxRoot(root!.ReplaceNode(expression, read.WithTriviaFrom(expression)));
    }
}
