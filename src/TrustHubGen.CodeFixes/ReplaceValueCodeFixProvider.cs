using System;
using System.Collections.Immutable;
using System.Text;
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
/// type (TH1008), "pending-review" (TH1009; a status member such as StatusEnum.InReview is renamed to the member of that
/// status), the nearest allowed attribute value (TH1013).
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
            if (diagnostic.Properties.TryGetValue(FixProperties.MemberName, out var member) && member is not null
                && root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is MemberAccessExpressionSyntax access)
            {
                // Keyed as a literal's first replacement: Fix All of "use pending-review" fixes members and literals alike.
                context.RegisterCodeFix(
                    CodeAction.Create($"Use {member}", ct => RenameMemberAsync(context.Document, access, member, ct), $"{diagnostic.Id}.Replace.0"),
                    diagnostic);
                continue;
            }
            var replacements = FixProperties.Read(diagnostic.Properties, FixProperties.Replacements);
            if (replacements.Count == 0) continue;
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
                continue;
            var labels = FixProperties.Read(diagnostic.Properties, FixProperties.Labels);
            for (var i = 0; i < replacements.Count; i++)
            {
                var value = replacements[i];
                var title = i < labels.Count ? $"Use {labels[i]} ({value})" : $"Use \"{value}\"";
                // TH1002 ranks its policies per finding: Fix All applies the chosen policy, not whatever is i-th elsewhere.
                var key = diagnostic.Id == RuleIds.WrongPolicyKind ? $"{diagnostic.Id}.Replace.{value}" : $"{diagnostic.Id}.Replace.{i}";
                context.RegisterCodeFix(CodeAction.Create(title, ct => ReplaceAsync(context.Document, literal, value, ct), key), diagnostic);
            }
        }
    }

    private static async Task<Document> RenameMemberAsync(Document document, MemberAccessExpressionSyntax access, string member, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var renamed = access.WithName(SyntaxFactory.IdentifierName(member).WithTriviaFrom(access.Name));
        return document.WithSyntaxRoot(root!.ReplaceNode(access, renamed));
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, string value, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, LiteralLike(literal.Token, value)).WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root!.ReplaceNode(literal, replacement));
    }

    /// <summary>
    /// The value written the way the user wrote the literal: verbatim stays verbatim, a raw string stays raw (a multi-line
    /// one keeps its lines and indentation), so the fix changes the value and not its form. A regular literal otherwise.
    /// </summary>
    internal static SyntaxToken LiteralLike(SyntaxToken original, string value)
    {
        var text = original.Text;
        if (original.IsKind(SyntaxKind.StringLiteralToken) && text.StartsWith("@\"", StringComparison.Ordinal))
            return SyntaxFactory.Literal("@\"" + value.Replace("\"", "\"\"") + "\"", value);
        if (original.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || original.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
        {
            var quotes = text.Length - text.TrimStart('"').Length;
            var delimiter = new string('"', quotes);
            if (value.Contains(delimiter)) return SyntaxFactory.Literal(value);
            if (original.IsKind(SyntaxKind.SingleLineRawStringLiteralToken))
            {
                if (value.IndexOf('\n') < 0 && value.IndexOf('\r') < 0 && value.Length > 0 && value[0] != '"' && value[value.Length - 1] != '"')
                    return SyntaxFactory.Token(original.LeadingTrivia, SyntaxKind.SingleLineRawStringLiteralToken, delimiter + value + delimiter, value, original.TrailingTrivia);
                return SyntaxFactory.Literal(value);
            }
            // The closing line's whitespace is the indentation every content line carries; the line break is the file's.
            var lastBreak = text.LastIndexOf('\n');
            var indentation = text.Substring(lastBreak + 1, text.Length - lastBreak - 1 - quotes);
            var newLine = text.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
            var lines = value.Replace("\r\n", "\n").Split('\n');
            var builder = new StringBuilder(delimiter).Append(newLine);
            foreach (var line in lines) builder.Append(line.Length == 0 ? "" : indentation).Append(line).Append(newLine);
            builder.Append(indentation).Append(delimiter);
            return SyntaxFactory.Token(original.LeadingTrivia, SyntaxKind.MultiLineRawStringLiteralToken, builder.ToString(), value, original.TrailingTrivia);
        }
        return SyntaxFactory.Literal(value);
    }
}
