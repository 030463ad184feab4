using System.Collections.Concurrent;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TrustHubGen.Analyzers.Values;

/// <summary>
/// Finds the string value of an expression where the compiler can know it: constants, literals, <c>static readonly</c>
/// fields initialised with constants, concatenations and interpolations of those, and locals assigned exactly once.
/// Anything else is unknown, and unknown values are never reported.
/// </summary>
internal sealed class ConstantResolver
{
    private const int MaxDepth = 8;
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IFieldSymbol, KnownValue?> _readonlyFields = new(SymbolEqualityComparer.Default);

    public ConstantResolver(Compilation compilation) => _compilation = compilation;

    /// <summary>Removes implicit conversions (including <c>StringEnum</c>'s implicit operator from string).</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
            operation = conversion.Operand;
        return operation;
    }

    public KnownValue? Resolve(IOperation? operation, CancellationToken cancellationToken) =>
        operation is null ? null : Resolve(Unwrap(operation), 0, cancellationToken);

    private KnownValue? Resolve(IOperation operation, int depth, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth) return null;
        operation = Unwrap(operation);
        if (operation.ConstantValue is { HasValue: true, Value: string constant })
            return new KnownValue(constant, operation.Syntax is LiteralExpressionSyntax);

        switch (operation)
        {
            case IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field }
                when field.Type.SpecialType == SpecialType.System_String:
                return _readonlyFields.GetOrAdd(field, f => ResolveReadonlyField(f, depth, cancellationToken));
            case ILocalReferenceOperation local:
                return ResolveLocal(local, depth, cancellationToken);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary
                when binary.Type?.SpecialType == SpecialType.System_String:
                var left = Resolve(binary.LeftOperand, depth + 1, cancellationToken);
                var right = left is null ? null : Resolve(binary.RightOperand, depth + 1, cancellationToken);
                return right is null ? null : new KnownValue(left!.Value.Text + right.Value.Text, isLiteral: false);
            case IInterpolatedStringOperation interpolated:
                return ResolveInterpolation(interpolated, depth, cancellationToken);
            default:
                return null;
        }
    }

    private KnownValue? ResolveInterpolation(IInterpolatedStringOperation interpolated, int depth, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text when text.Text.ConstantValue is { HasValue: true, Value: string s }:
                    builder.Append(s);
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    var value = Resolve(hole.Expression, depth + 1, cancellationToken);
                    if (value is null) return null;
                    builder.Append(value.Value.Text);
                    break;
                default:
                    return null;
            }
        }
        return new KnownValue(builder.ToString(), isLiteral: false);
    }

    private KnownValue? ResolveReadonlyField(IFieldSymbol field, int depth, CancellationToken cancellationToken)
    {
        if (field.DeclaringSyntaxReferences.Length != 1) return null;
        if (field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
            return null;
        // A static readonly field lives in any file of the compilation, so its initialiser needs that file's model.
#pragma warning disable RS1030 // Only reached for static readonly string fields, and cached per field and compilation.
        var model = _compilation.GetSemanticModel(initializer.SyntaxTree);
#pragma warning restore RS1030
        var operation = model.GetOperation(initializer, cancellationToken);
        var value = operation is null ? null : Resolve(operation, depth + 1, cancellationToken);
        return value is null ? null : new KnownValue(value.Value.Text, isLiteral: false);
    }

    private KnownValue? ResolveLocal(ILocalReferenceOperation reference, int depth, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.IsRef || local.DeclaringSyntaxReferences.Length != 1) return null;
        if (local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator)
            return null;
        var model = reference.SemanticModel;
        if (model is null || declarator.SyntaxTree != model.SyntaxTree) return null;
        var scope = declarator.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
            or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or GlobalStatementSyntax or PropertyDeclarationSyntax);
        if (scope is null || IsWrittenAgain(scope, local, model, cancellationToken)) return null;
        var operation = model.GetOperation(initializer, cancellationToken);
        var value = operation is null ? null : Resolve(operation, depth + 1, cancellationToken);
        return value is null ? null : new KnownValue(value.Value.Text, isLiteral: false);
    }

    // Top-level statements spread one method over many GlobalStatements, so scan the whole compilation unit then.
    private static bool IsWrittenAgain(SyntaxNode scope, ILocalSymbol local, SemanticModel model, CancellationToken cancellationToken)
    {
        var root = scope is GlobalStatementSyntax ? scope.Parent ?? scope : scope;
        foreach (var identifier in root.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != local.Name || !IsWritePosition(identifier)) continue;
            if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local)) return true;
        }
        return false;
    }

    private static bool IsWritePosition(IdentifierNameSyntax identifier) => identifier.Parent switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left == identifier,
        // ref/out arguments, and tuple elements on the left of a deconstructing assignment.
        ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None) && !argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword)
            || argument.Parent is TupleExpressionSyntax { Parent: AssignmentExpressionSyntax },
        PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax or RefExpressionSyntax => true,
        _ => false,
    };
}
