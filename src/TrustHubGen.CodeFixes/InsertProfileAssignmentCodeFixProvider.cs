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
using TrustHubGen.Policies;

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
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(FixProperties.ProfileSid, out var profileSid) && profileSid is not null)
            {
                RegisterNewAssignment(context, root, model, diagnostic, profileSid);
                continue;
            }
            if (!diagnostic.Properties.ContainsKey(FixProperties.InsertProfileAssignment) || diagnostic.AdditionalLocations.Count != 3) continue;
            if (root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax templateNumber) continue;
            if (root.FindNode(diagnostic.AdditionalLocations[1].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax number) continue;
            if (root.FindNode(diagnostic.AdditionalLocations[2].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax call) continue;
            if (StatementInsertion.Before(number, model, awaits: call is AwaitExpressionSyntax) is not { } insertion) continue;
            // The copy runs where the product assignment is: every local it names must be declared there already.
            if (!InScope(model, call, templateNumber, insertion.Position) || !InScope(model, number, null, insertion.Position)) continue;
            var marker = new SyntaxAnnotation();
            var template = SyntaxFactory.ExpressionStatement(call.ReplaceNode(templateNumber, templateNumber.WithAdditionalAnnotations(marker)).WithoutTrivia());
            var templateCopyNumber = (ExpressionSyntax)template.GetAnnotatedNodes(marker).Single();
            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => InsertAsync(context.Document, insertion, template, templateCopyNumber, number, ct), RuleIds.NumberNotOnProfile),
                diagnostic);
        }
    }

    private static void RegisterNewAssignment(CodeFixContext context, SyntaxNode root, SemanticModel model, Diagnostic diagnostic, string profileSid)
    {
        if (diagnostic.AdditionalLocations.Count == 0) return;
        if (root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax number) return;
        var sdk = diagnostic.Properties.TryGetValue(FixProperties.SdkNamespace, out var ns) && ns is not null;
        if (StatementInsertion.Before(number, model, awaits: sdk) is not { } insertion) return;
        var profile = SyntaxFactory.Literal(profileSid).Text;
        string text;
        if (sdk)
        {
            // Our SDK: the same client root, awaited, which the method may do (it is async).
            if (diagnostic.AdditionalLocations.Count < 2 || root.FindNode(diagnostic.AdditionalLocations[1].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax client) return;
            if (!IsAsync(number)) return;
            text = $"await {client.WithoutTrivia().ToFullString()}.CustomerProfiles.ChannelEndpointAssignments(global::{ns}.CustomerProfileSid.Parse({profile})).CreateAsync(" +
                   $"new global::{ns}.CreateCustomerProfileChannelEndpointAssignmentRequest {{ ChannelEndpointType = \"{ChannelEndpointRule.PhoneNumberType}\", ChannelEndpointSid = PLACEHOLDER }});";
        }
        else
        {
            text = "global::Twilio.Rest.Trusthub.V1.CustomerProfiles.CustomerProfilesChannelEndpointAssignmentResource.Create(" +
                   $"pathCustomerProfileSid: {profile}, channelEndpointType: \"{ChannelEndpointRule.PhoneNumberType}\", channelEndpointSid: PLACEHOLDER);";
        }
        // Fully qualified and marked for simplification: the file may not import the namespaces.
        var template = ((ExpressionStatementSyntax)SyntaxFactory.ParseStatement(text)).WithAdditionalAnnotations(Simplifier.Annotation);
        var templateNumber = template.DescendantNodes().OfType<IdentifierNameSyntax>().Single(n => n.Identifier.ValueText == "PLACEHOLDER");
        context.RegisterCodeFix(
            CodeAction.Create(Title, ct => InsertAsync(context.Document, insertion, template, templateNumber, number, ct), RuleIds.NumberNotOnProfile + ".New"),
            diagnostic);
    }

    // Whether every local the expression names (but the part the fix swaps out) is declared before the position and in scope there.
    private static bool InScope(SemanticModel model, ExpressionSyntax expression, ExpressionSyntax? except, int position)
    {
        foreach (var name in expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            if (except is not null && except.Span.Contains(name.Span)) continue;
            if (model.GetSymbolInfo(name).Symbol is not ILocalSymbol local) continue;
            if (local.DeclaringSyntaxReferences.FirstOrDefault() is not { } declaration || declaration.Span.End > position) return false;
            if (!model.LookupSymbols(position, name: local.Name).Contains(local, SymbolEqualityComparer.Default)) return false;
        }
        return true;
    }

    // The function around the product assignment is async (or the file's top-level statements): `await` may be written there.
    private static bool IsAsync(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case AnonymousFunctionExpressionSyntax lambda: return lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword);
                case LocalFunctionStatementSyntax local: return local.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case MethodDeclarationSyntax method: return method.Modifiers.Any(SyntaxKind.AsyncKeyword);
                case GlobalStatementSyntax: return true;
                case MemberDeclarationSyntax: return false;
            }
        }
        return false;
    }

    private static async Task<Document> InsertAsync(
        Document document, StatementInsertion insertion, ExpressionStatementSyntax template, ExpressionSyntax templateNumber,
        ExpressionSyntax number, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var target = insertion.Target;
        var copy = template.ReplaceNode(templateNumber, number.WithTriviaFrom(templateNumber))
            .WithLeadingTrivia(target.GetLeadingTrivia())
            // A new statement ends with the line ending of the statement it precedes (or the file's), so the file keeps its own.
            .WithTrailingTrivia(LineEnding(root!, target));
        return document.WithSyntaxRoot(insertion.Insert(root!, copy));
    }

    private static SyntaxTrivia LineEnding(SyntaxNode root, SyntaxNode target)
    {
        foreach (var trivia in target.GetTrailingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia)) return trivia;
        }
        foreach (var trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia)) return trivia;
        }
        return SyntaxFactory.ElasticCarriageReturnLineFeed;
    }
}
