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
/// method's own profile assignment statement (same profile, same call style, either surface) with the number swapped
/// in or, when the account snapshot named the profile, with a new assignment in the surface of the trust-product one
/// (<c>CustomerProfilesChannelEndpointAssignmentResource.Create</c>, or our SDK's
/// <c>client.CustomerProfiles.ChannelEndpointAssignments(…).CreateAsync(…)</c>).
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
            if (!diagnostic.Properties.ContainsKey(FixProperties.InsertProfileAssignment) || diagnostic.AdditionalLocations.Count != 2) continue;
            if (root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax templateNumber) continue;
            if (root.FindNode(diagnostic.AdditionalLocations[1].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax number) continue;
            if (templateNumber.FirstAncestorOrSelf<ExpressionStatementSyntax>() is not { } template) continue;
            if (number.FirstAncestorOrSelf<StatementSyntax>() is not { Parent: BlockSyntax or GlobalStatementSyntax } target) continue;
            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => InsertAsync(context.Document, target, template, templateNumber, number, ct), RuleIds.NumberNotOnProfile),
                diagnostic);
        }
    }

    private static void RegisterNewAssignment(CodeFixContext context, SyntaxNode root, Diagnostic diagnostic, string profileSid)
    {
        if (diagnostic.AdditionalLocations.Count == 0) return;
        if (root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax number) return;
        if (number.FirstAncestorOrSelf<StatementSyntax>() is not { Parent: BlockSyntax or GlobalStatementSyntax } target) return;
        var profile = SyntaxFactory.Literal(profileSid).Text;
        string text;
        if (diagnostic.Properties.TryGetValue(FixProperties.SdkNamespace, out var ns) && ns is not null)
        {
            // Our SDK: the same client root, awaited like the trust-product assignment it precedes.
            if (diagnostic.AdditionalLocations.Count < 2 || root.FindNode(diagnostic.AdditionalLocations[1].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax client) return;
            if (target is not ExpressionStatementSyntax { Expression: AwaitExpressionSyntax }) return;
            text = $"await {client.WithoutTrivia().ToFullString()}.CustomerProfiles.ChannelEndpointAssignments(global::{ns}.CustomerProfileSid.Parse({profile})).CreateAsync(" +
                   $"new global::{ns}.CreateCustomerProfileChannelEndpointAssignmentRequest {{ ChannelEndpointType = \"phone-number\", ChannelEndpointSid = PLACEHOLDER }});";
        }
        else
        {
            text = "global::Twilio.Rest.Trusthub.V1.CustomerProfiles.CustomerProfilesChannelEndpointAssignmentResource.Create(" +
                   $"pathCustomerProfileSid: {profile}, channelEndpointType: \"phone-number\", channelEndpointSid: PLACEHOLDER);";
        }
        // Fully qualified and marked for simplification: the file may not import the namespaces.
        var template = ((ExpressionStatementSyntax)SyntaxFactory.ParseStatement(text)).WithAdditionalAnnotations(Simplifier.Annotation);
        var templateNumber = template.DescendantNodes().OfType<IdentifierNameSyntax>().Single(n => n.Identifier.ValueText == "PLACEHOLDER");
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
            // A new statement takes the line ending of the statement it precedes, so the file keeps its own.
            .WithTrailingTrivia(template.GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia))
                ? template.GetTrailingTrivia()
                : target.GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia))
                    ? SyntaxFactory.TriviaList(target.GetTrailingTrivia().First(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
                    : SyntaxFactory.TriviaList(SyntaxFactory.ElasticCarriageReturnLineFeed));
        SyntaxNode anchor = target.Parent is GlobalStatementSyntax global ? global : target;
        SyntaxNode inserted = anchor is GlobalStatementSyntax ? SyntaxFactory.GlobalStatement(copy) : copy;
        return document.WithSyntaxRoot(root!.InsertNodesBefore(anchor, new[] { inserted }));
    }
}
