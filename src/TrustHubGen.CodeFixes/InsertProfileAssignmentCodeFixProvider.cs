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
using Microsoft.CodeAnalysis.Simplification;
using TrustHubGen.Analyzers.Diagnostics;

namespace TrustHubGen.CodeFixes;

/// <summary>
/// TH1004: puts the number on the Business Profile first, right before the trust-product assignment: by copying the
/// method's own profile assignment statement (same profile, same call style) with the number swapped in or, when the
/// account snapshot named the profile, with a new <c>CustomerProfilesChannelEndpointAssignmentResource.Create</c> call.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InsertProfileAssignmentCodeFixProvider)), Shared]
public sealed class InsertProfileAssignmentCodeFixProvider : CodeFixProvider
{
    private const string Title = "Assign the number to the Business Profile first";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.NumberNotOnProfile);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(FixProperties.ProfileSid, out var profileSid) && profileSid is not null)
            {
                RegisterNewAssignment(context, root, diagnostic, profileSid);
                continue;
            }
            if (!diagnostic.Properties.ContainsKey(FixProperties.InsertProfileAssignment) || diagnostic.AdditionalLocations.Count != 1) continue;
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax number) continue;
            if (root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax templateNumber) continue;
            if (templateNumber.FirstAncestorOrSelf<ExpressionStatementSyntax>() is not { } template) continue;
            if (number.FirstAncestorOrSelf<StatementSyntax>() is not { Parent: BlockSyntax or GlobalStatementSyntax } target) continue;
            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => InsertAsync(context.Document, target, template, templateNumber, number, ct), RuleIds.NumberNotOnProfile),
                diagnostic);
        }
    }

    private static void RegisterNewAssignment(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic, string profileSid)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax number) return;
        if (number.FirstAncestorOrSelf<StatementSyntax>() is not { Parent: BlockSyntax or GlobalStatementSyntax } target) return;
        // Fully qualified and marked for simplification: the file may not import Twilio's CustomerProfiles namespace.
        var call = SyntaxFactory.ParseStatement(
                "global::Twilio.Rest.Trusthub.V1.CustomerProfiles.CustomerProfilesChannelEndpointAssignmentResource.Create(" +
                $"pathCustomerProfileSid: {SyntaxFactory.Literal(profileSid).Text}, channelEndpointType: \"phone-number\", channelEndpointSid: {number.WithoutTrivia().ToFullString()});")
            .WithAdditionalAnnotations(Simplifier.Annotation);
        var template = (ExpressionStatementSyntax)call;
        var templateNumber = template.DescendantNodes().OfType<ArgumentSyntax>().Last().Expression;
        context.RegisterCodeFix(
            CodeAction.Create(Title, ct => InsertAsync(context.Document, target, template, templateNumber, number, ct), RuleIds.NumberNotOnProfile + ".New"),
            diagnostic);
    }

    private static async Task<Document> InsertAsync(
        Document document, StatementSyntax target, ExpressionStatementSyntax template, ExpressionSyntax templateNumber,
        ExpressionSyntax number, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var copy = template.ReplaceNode(templateNumber, number.WithTriviaFrom(templateNumber))
            .WithLeadingTrivia(target.GetLeadingTrivia())
            .WithTrailingTrivia(template.GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia))
                ? template.GetTrailingTrivia()
                : SyntaxFactory.TriviaList(SyntaxFactory.ElasticCarriageReturnLineFeed));
        SyntaxNode anchor = target.Parent is GlobalStatementSyntax global ? global : target;
        SyntaxNode inserted = anchor is GlobalStatementSyntax ? SyntaxFactory.GlobalStatement(copy) : copy;
        return document.WithSyntaxRoot(root!.InsertNodesBefore(anchor, new[] { inserted }));
    }
}
