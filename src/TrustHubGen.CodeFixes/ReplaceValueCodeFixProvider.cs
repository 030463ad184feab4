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

/// <summary>
/// Rewrites a flagged string literal with a value the analyzer proposed: the closest known policy SID (TH1001), each
/// policy of the right kind (TH1002), "phone-number" (TH1003), a corrected CNAM name (TH1007), the closest end-user
/// type (TH1008), "pending-review" (TH1009), the nearest allowed attribute value (TH1013).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceValueCodeFixProvider)), Shared]
public sealed class ReplaceValueCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        RuleIds.UnknownPolicy, RuleIds.WrongPolicyKind, RuleIds.ChannelEndpointType, RuleIds.CnamDisplayName,
        RuleIds.EndUserType, RuleIds.Status, RuleIds.AttributeValue);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FixProperties.Replacements, out var joined) || joined is null) continue;
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
                continue;
            var replacements = joined.Split(FixProperties.Separator);
            var labels = diagnostic.Properties.TryGetValue(FixProperties.Labels, out var l) && l is not null ? l.Split(FixProperties.Separator) : null;
            for (var i = 0; i < replacements.Length; i++)
            {
                var value = replacements[i];
                var title = labels is not null && i < labels.Length ? $"Use {labels[i]} ({value})" : $"Use \"{value}\"";
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => ReplaceAsync(context.Document, literal, value, ct), $"{diagnostic.Id}.Replace.{i}"),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, string value, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value)).WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root!.ReplaceNode(literal, replacement));
    }
}
