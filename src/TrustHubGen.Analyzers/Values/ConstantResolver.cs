using System.Collections.Concurrent;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Sdk;

namespace TrustHubGen.Analyzers.Values;

/// <summary>
/// Finds the string value of an expression where the compiler can know it: constants, literals, <c>static readonly</c>
/// fields initialised with constants, concatenations and interpolations of those, and locals assigned exactly once;
/// through our own wrappers too (<c>PolicySid.Parse("RN…")</c>, <c>TwilioJsonValue.FromJson("{…}")</c>, <c>.Value</c>,
/// <c>PolicyCatalog.Cnam.Sid</c>) and Twilio's <c>new PhoneNumber("+1…")</c>, so both surfaces read alike; and the account
/// snapshot's handles (<c>TrustHubAccount.Numbers.MainLine.Sid</c>, <c>TrustHubAccount.Profiles.Acme.Numbers.MainLine</c>),
/// whose generated initialisers hold the SIDs. Anything else is unknown, and unknown values are never reported.
/// </summary>
internal sealed class ConstantResolver
{
    private const int MaxDepth = 8;
    private readonly Compilation _compilation;
    private readonly TrustHubGenTypes _types;
    // A constant or static readonly string field's value, read once per field: Roslyn keeps a string constant's text
    // behind a weak reference (each read after a collection makes the string and a finalizable WeakReference again),
    // and a readonly field's initialiser is bound in its own file's model.
    private readonly ConcurrentDictionary<IFieldSymbol, string?> _fields = new(SymbolEqualityComparer.Default);
    // Whether a local is written after its declaration: one scan of its method per local, however often it is read.
    private readonly ConcurrentDictionary<ILocalSymbol, bool> _writtenAgain = new(SymbolEqualityComparer.Default);
    // A TrustHubAccount handle's value (a static property's initialiser or body), and a captured number's Sid, read once each.
    private readonly ConcurrentDictionary<IPropertySymbol, string?> _handles = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IPropertySymbol, string?> _capturedSids = new(SymbolEqualityComparer.Default);

    public ConstantResolver(Compilation compilation, TrustHubGenTypes types)
    {
        _compilation = compilation;
        _types = types;
    }

    public TrustHubGenTypes Types => _types;

    /// <summary>Removes implicit conversions (including <c>StringEnum</c>'s implicit operator from string).</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
            operation = conversion.Operand;
        return operation;
    }

    [MethodImpl(Jit.Optimized)]
    public KnownValue? Resolve(IOperation? operation, CancellationToken cancellationToken) =>
        operation is null ? null : Resolve(Unwrap(operation), 0, cancellationToken);

    /// <summary>
    /// Where a value came from: the initialiser of a local assigned exactly once (an options object, a request, an
    /// attributes dictionary, a client), followed through locals; otherwise the operation itself, unwrapped.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public IOperation Origin(IOperation operation, CancellationToken cancellationToken)
    {
        operation = Unwrap(operation);
        for (var depth = 0; depth < MaxDepth && operation is ILocalReferenceOperation local; depth++)
        {
            if (InitializerOf(local, cancellationToken) is not { } initializer) break;
            operation = Unwrap(initializer);
        }
        return operation;
    }

    [MethodImpl(Jit.Optimized)]
    private KnownValue? Resolve(IOperation operation, int depth, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth) return null;
        operation = Unwrap(operation);
        // A string literal's value is its token's, a field's is read once per field (_fields): Operation.ConstantValue
        // would make the string again on most reads, at every call site of a compilation.
        switch (operation)
        {
            case ILiteralOperation { Syntax: LiteralExpressionSyntax literal } when literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.Value is string text:
                return new KnownValue(text, literal, isLiteral: true);
            case IFieldReferenceOperation { Field: var field } when field.IsConst || field.IsStatic && field.IsReadOnly && field.Type.SpecialType == SpecialType.System_String:
                return Known(_fields.TryGetValue(field, out var known) ? known : ReadField(field, depth, cancellationToken), operation);
        }
        if (operation.ConstantValue is { HasValue: true, Value: string constant })
            return new KnownValue(constant, operation.Syntax, operation.Syntax is LiteralExpressionSyntax);

        switch (operation)
        {
            case ILocalReferenceOperation local:
                return Known(ResolveLocal(local, depth, cancellationToken), operation);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary
                when binary.Type?.SpecialType == SpecialType.System_String:
                var left = Resolve(binary.LeftOperand, depth + 1, cancellationToken);
                var right = left is null ? null : Resolve(binary.RightOperand, depth + 1, cancellationToken);
                return right is null ? null : new KnownValue(left!.Value.Text + right.Value.Text, operation.Syntax, isLiteral: false);
            case IInterpolatedStringOperation interpolated:
                return Known(ResolveInterpolation(interpolated, depth, cancellationToken), operation);
            case IInvocationOperation { Arguments.Length: 1 } invocation when IsWrapper(invocation.TargetMethod):
                return Resolve(invocation.Arguments[0].Value, depth + 1, cancellationToken);
            case IObjectCreationOperation { Arguments.Length: 1, Constructor: { } constructor } creation when IsWrapper(constructor):
                return Resolve(creation.Arguments[0].Value, depth + 1, cancellationToken);
            case IPropertyReferenceOperation { Property.Name: "Value", Instance: { } instance } when IsWrapperType(instance.Type):
                return Resolve(instance, depth + 1, cancellationToken);
            case IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Sid" } sid } when CatalogSidValue(sid) is { } value:
                return new KnownValue(value, operation.Syntax, isLiteral: false);
            case IPropertyReferenceOperation { Property: { IsStatic: true } handle } when IsAccountHandle(handle):
                return Known(_handles.TryGetValue(handle, out var read) ? read : ReadHandle(handle, depth, cancellationToken), operation);
            case IPropertyReferenceOperation { Property: { IsStatic: false, Name: "Sid" }, Instance: IPropertyReferenceOperation { Property: { IsStatic: true } number } }
                when IsAccountHandle(number):
                return Known(_capturedSids.TryGetValue(number, out var sidText) ? sidText : ReadCapturedSid(number, depth, cancellationToken), operation);
            default:
                return null;
        }
    }

    // Apart from Resolve: a lambda capturing its parameters would make Resolve allocate a closure on every call.
    private string? ReadField(IFieldSymbol field, int depth, CancellationToken cancellationToken) =>
        _fields.GetOrAdd(field, f => f.IsConst ? f.ConstantValue as string : ResolveReadonlyField(f, depth, cancellationToken));

    private string? ReadHandle(IPropertySymbol handle, int depth, CancellationToken cancellationToken) =>
        _handles.GetOrAdd(handle, h => HandleValue(h, cancellationToken) is { } value ? Resolve(value, depth + 1, cancellationToken)?.Text : null);

    // TrustHubAccount.Numbers.X { get; } = new(PhoneNumberSid.Parse("PN…"), "+1…", …): the constructor's sid argument.
    private string? ReadCapturedSid(IPropertySymbol number, int depth, CancellationToken cancellationToken) =>
        _capturedSids.GetOrAdd(number, n => HandleValue(n, cancellationToken) is IObjectCreationOperation creation
            && creation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "sid") is { } sid ? Resolve(sid.Value, depth + 1, cancellationToken)?.Text : null);

    /// <summary>A static property of the generated <c>TrustHubAccount</c> (the account snapshot's handles), by name first.</summary>
    private bool IsAccountHandle(IPropertySymbol property)
    {
        var type = property.ContainingType;
        if (type is null) return false;
        while (type.ContainingType is { } outer) type = outer;
        return type.Name == "TrustHubAccount" && _types.IsGenerated(type);
    }

    /// <summary>The initialiser or expression body of a generated handle, bound in its own file's model.</summary>
    private IOperation? HandleValue(IPropertySymbol handle, CancellationToken cancellationToken)
    {
        if (handle.DeclaringSyntaxReferences.Length != 1
            || handle.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not PropertyDeclarationSyntax declaration
            || (declaration.Initializer?.Value ?? declaration.ExpressionBody?.Expression) is not { } value)
            return null;
#pragma warning disable RS1030 // Only reached for TrustHubAccount's handles, and cached per handle and compilation.
        var model = _compilation.GetSemanticModel(value.SyntaxTree);
#pragma warning restore RS1030
        return model.GetOperation(value, cancellationToken) is { } operation ? Unwrap(operation) : null;
    }

    private static KnownValue? Known(string? text, IOperation at) => text is null ? null : new KnownValue(text, at.Syntax, isLiteral: false);

    // Parse(string) / FromJson(string) on our own value structs (SID types, E164Number, TwilioJsonValue, attribute
    // values), the string constructor of a generated enum struct, and Twilio's PhoneNumber(string).
    private bool IsWrapper(IMethodSymbol method)
    {
        if (method.Parameters.Length != 1 || method.Parameters[0].Type.SpecialType != SpecialType.System_String) return false;
        if (method.MethodKind == MethodKind.Constructor)
        {
            var type = method.ContainingType;
            return type.Name == "PhoneNumber" && type.ContainingNamespace is { Name: "Types" } ns && ns.ContainingNamespace is { Name: "Twilio" }
                   || type.TypeKind == TypeKind.Struct && _types.IsGenerated(type);
        }
        return method.IsStatic && method.Name is "Parse" or "FromJson" && IsWrapperType(method.ContainingType);
    }

    private bool IsWrapperType(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Struct } named && (TrustHubGenTypes.IsRuntime(named) || _types.IsGenerated(named));

    // PolicyCatalog.<Policy>.Sid: the generated catalog gives each policy a typed Sid beside its const SidValue.
    private string? CatalogSidValue(IPropertySymbol sid)
    {
        if (!_types.IsGenerated(sid.ContainingType)) return null;
        foreach (var member in sid.ContainingType.GetMembers("SidValue"))
        {
            if (member is IFieldSymbol { IsConst: true, ConstantValue: string value }) return value;
        }
        return null;
    }

    private string? ResolveInterpolation(IInterpolatedStringOperation interpolated, int depth, CancellationToken cancellationToken)
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
        return builder.ToString();
    }

    private string? ResolveReadonlyField(IFieldSymbol field, int depth, CancellationToken cancellationToken)
    {
        if (field.DeclaringSyntaxReferences.Length != 1) return null;
        if (field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
            return null;
        // A static readonly field lives in any file of the compilation, so its initialiser needs that file's model.
#pragma warning disable RS1030 // Only reached for static readonly string fields, and cached per field and compilation.
        var model = _compilation.GetSemanticModel(initializer.SyntaxTree);
#pragma warning restore RS1030
        var operation = model.GetOperation(initializer, cancellationToken);
        return operation is null ? null : Resolve(operation, depth + 1, cancellationToken)?.Text;
    }

    private string? ResolveLocal(ILocalReferenceOperation reference, int depth, CancellationToken cancellationToken) =>
        InitializerOf(reference, cancellationToken) is { } initializer ? Resolve(initializer, depth + 1, cancellationToken)?.Text : null;

    /// <summary>The initialiser of a local that is assigned nowhere else in its method, or null.</summary>
    private IOperation? InitializerOf(ILocalReferenceOperation reference, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.IsRef || local.DeclaringSyntaxReferences.Length != 1) return null;
        if (local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator)
            return null;
        var model = reference.SemanticModel;
        if (model is null || declarator.SyntaxTree != model.SyntaxTree) return null;
        var scope = declarator.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax
            or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or GlobalStatementSyntax or PropertyDeclarationSyntax);
        if (scope is null || _writtenAgain.GetOrAdd(local, l => IsWrittenAgain(scope, l, model, cancellationToken))) return null;
        return model.GetOperation(initializer, cancellationToken);
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
