using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace TrustHubGen.CodeFixes;

/// <summary>
/// Where a new statement can run right before the code that holds an expression, and how to put it there: before the
/// statement in a block, a switch section or the top-level statements; in a new block with the statement where it is
/// the body of an <c>if</c>, a loop, a <c>using</c> or a label; in a block body made of an expression-bodied method.
/// Null where none keeps the code's meaning (an expression-bodied property or accessor, an <c>await</c> inside <c>lock</c>).
/// </summary>
internal sealed class StatementInsertion
{
    private readonly StatementSyntax? _statement;
    private readonly MethodDeclarationSyntax? _expressionBodied;
    private readonly bool _returnsValue;

    private StatementInsertion(StatementSyntax? statement, MethodDeclarationSyntax? expressionBodied, bool returnsValue)
    {
        _statement = statement;
        _expressionBodied = expressionBodied;
        _returnsValue = returnsValue;
    }

    /// <summary>Where the new statement's names must already be declared and in scope.</summary>
    public int Position => _statement?.SpanStart ?? _expressionBodied!.ExpressionBody!.Expression.SpanStart;

    /// <summary>The node the insertion rewrites; two insertions at the same node are one edit each (Fix All keeps one).</summary>
    public SyntaxNode Target => (SyntaxNode?)_statement ?? _expressionBodied!;

    public static StatementInsertion? Before(ExpressionSyntax expression, SemanticModel model, bool awaits)
    {
        if (expression.FirstAncestorOrSelf<StatementSyntax>() is { } statement)
        {
            if (awaits && statement.AncestorsAndSelf().OfType<LockStatementSyntax>().Any()) return null;
            return statement.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax or IfStatementSyntax or ElseClauseSyntax
                or WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax or UsingStatementSyntax
                or FixedStatementSyntax or LabeledStatementSyntax
                ? new StatementInsertion(statement, null, false)
                : null;
        }
        if (expression.FirstAncestorOrSelf<ArrowExpressionClauseSyntax>() is { Parent: MethodDeclarationSyntax method } arrow
            && arrow.Expression.Span.Contains(expression.Span) && model.GetDeclaredSymbol(method) is { } symbol)
        {
            // `=> expression;` runs the expression and, unless the method returns nothing (or is async over a plain
            // Task), returns its value.
            var nothing = symbol.ReturnsVoid || symbol.IsAsync && symbol.ReturnType is INamedTypeSymbol { Arity: 0, Name: "Task" or "ValueTask" };
            return new StatementInsertion(null, method, !nothing);
        }
        return null;
    }

    /// <summary>The root with <paramref name="statement"/> inserted (its trivia already set for a statement list).</summary>
    public SyntaxNode Insert(SyntaxNode root, StatementSyntax statement)
    {
        if (_expressionBodied is { ExpressionBody: { } arrow } method)
        {
            StatementSyntax body = _returnsValue ? SyntaxFactory.ReturnStatement(arrow.Expression.WithoutTrivia()) : SyntaxFactory.ExpressionStatement(arrow.Expression.WithoutTrivia());
            var eol = statement.GetTrailingTrivia();
            var block = SyntaxFactory.Block(statement.WithoutLeadingTrivia(), body.WithTrailingTrivia(eol)).WithAdditionalAnnotations(Formatter.Annotation);
            var rewritten = method.WithExpressionBody(null).WithSemicolonToken(default)
                .WithParameterList(method.ParameterList.WithoutTrailingTrivia())
                .WithBody(block.WithTrailingTrivia(method.SemicolonToken.TrailingTrivia));
            return root.ReplaceNode(method, rewritten);
        }
        var target = _statement!;
        // The comments and directives above the statement stay above both (a copied `#if` would be left open); the
        // statement keeps its indentation.
        var indented = target.WithLeadingTrivia(Indentation(target.GetLeadingTrivia()));
        switch (target.Parent)
        {
            case BlockSyntax or SwitchSectionSyntax:
                return root.ReplaceNode(target, new[] { statement, indented });
            case GlobalStatementSyntax global:
                return root.ReplaceNode(global, new[] { SyntaxFactory.GlobalStatement(statement), global.WithStatement(indented) });
            default:
                // The body of an if, a loop, a using or a label: both statements become that body.
                var block = SyntaxFactory.Block(statement.WithoutLeadingTrivia(), target.WithoutLeadingTrivia().WithTrailingTrivia(statement.GetTrailingTrivia()))
                    .WithTriviaFrom(target).WithAdditionalAnnotations(Formatter.Annotation);
                return root.ReplaceNode(target, block);
        }
    }

    private static SyntaxTriviaList Indentation(SyntaxTriviaList leading) =>
        leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList(leading[leading.Count - 1]) : default;
}
