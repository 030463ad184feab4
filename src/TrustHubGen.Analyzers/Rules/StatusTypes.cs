using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>
/// The known values of a status type, on both surfaces. Twilio's <c>StatusEnum</c> classes (<c>Twilio.Types.StringEnum</c>)
/// declare one <c>static readonly</c> field per value, named by the value in PascalCase; the library writes Trust Hub
/// bundle and evaluation statuses in kebab-case (<c>pending-review</c>) and supporting-document statuses in upper snake
/// case (<c>PENDING_REVIEW</c>), as the official spec does. A test reads every field of the real package and compares.
/// Our generated enum structs carry their wire values themselves: each known value is a static field marked
/// <c>[EnumMember(Value = "pending-review")]</c>, readable from source and from a compiled SDK alike.
/// </summary>
internal sealed class StatusTypes
{
    /// <summary>Resources whose statuses the spec writes in upper snake case.</summary>
    private static readonly HashSet<string> UpperSnakeOwners = new(StringComparer.Ordinal) { "SupportingDocumentResource", "ComplianceTollfreeInquiriesResource" };

    private readonly ConcurrentDictionary<ITypeSymbol, StatusType?> _types = new(SymbolEqualityComparer.Default);

    /// <summary>The status type of <paramref name="type"/> (nullable unwrapped), or null when it is not one.</summary>
    [MethodImpl(Jit.Optimized)]
    public StatusType? Of(ITypeSymbol? type)
    {
        if (type is null) return null;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) type = nullable.TypeArguments[0];
        if (!type.Name.EndsWith("Status", StringComparison.Ordinal) && type.Name != "StatusEnum") return null;
        return _types.GetOrAdd(type, Read);
    }

    private static StatusType? Read(ITypeSymbol type)
    {
        if (IsStringEnum(type))
        {
            var upper = type.ContainingType is { } owner && UpperSnakeOwners.Contains(owner.Name);
            var values = ImmutableArray.CreateBuilder<(string Member, string Wire)>();
            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { IsStatic: true } field && SymbolEqualityComparer.Default.Equals(field.Type, type))
                    values.Add((field.Name, upper ? UpperSnake(field.Name) : Kebab(field.Name)));
            }
            return new StatusType(type, values.ToImmutable());
        }
        if (type.TypeKind == TypeKind.Struct)
        {
            var values = ImmutableArray.CreateBuilder<(string Member, string Wire)>();
            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { IsStatic: true } field && EnumMemberValue(field) is { } wire) values.Add((field.Name, wire));
            }
            return values.Count == 0 ? null : new StatusType(type, values.ToImmutable());
        }
        return null;
    }

    private static string? EnumMemberValue(IFieldSymbol field)
    {
        foreach (var attribute in field.GetAttributes())
        {
            if (attribute.AttributeClass is not { Name: "EnumMemberAttribute" }) continue;
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == "Value" && argument.Value.Value is string value) return value;
            }
        }
        return null;
    }

    private static bool IsStringEnum(ITypeSymbol type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.Name == "StringEnum" && t.ContainingNamespace is { Name: "Types" } ns && ns.ContainingNamespace is { Name: "Twilio" }) return true;
        }
        return false;
    }

    /// <summary>PendingReview → pending-review.</summary>
    public static string Kebab(string name) => Split(name, '-', upper: false);

    /// <summary>PendingReview → PENDING_REVIEW.</summary>
    public static string UpperSnake(string name) => Split(name, '_', upper: true);

    private static string Split(string name, char separator, bool upper)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) builder.Append(separator);
            builder.Append(upper ? char.ToUpperInvariant(name[i]) : char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}

/// <summary>A status type and its known values (member name, wire value).</summary>
internal sealed class StatusType
{
    public StatusType(ITypeSymbol type, ImmutableArray<(string Member, string Wire)> values)
    {
        Type = type;
        Values = values;
        var wires = new string[values.Length];
        for (var i = 0; i < wires.Length; i++) wires[i] = values[i].Wire;
        Wires = wires;
    }

    public ITypeSymbol Type { get; }

    public ImmutableArray<(string Member, string Wire)> Values { get; }

    /// <summary>The wire values alone, in the order of <see cref="Values"/> (made once per type, not per check).</summary>
    public string[] Wires { get; }

    /// <summary>The wire value of a member (<c>StatusEnum.PendingReview</c>), or null.</summary>
    public string? WireOf(string member)
    {
        foreach (var value in Values)
        {
            if (value.Member == member) return value.Wire;
        }
        return null;
    }

    /// <summary>The member of a wire value (<c>pending-review</c> → <c>PendingReview</c>), or null.</summary>
    public string? MemberOf(string wire)
    {
        foreach (var value in Values)
        {
            if (value.Wire == wire) return value.Member;
        }
        return null;
    }

    public bool Contains(string wire)
    {
        foreach (var value in Values)
        {
            if (value.Wire == wire) return true;
        }
        return false;
    }
}
