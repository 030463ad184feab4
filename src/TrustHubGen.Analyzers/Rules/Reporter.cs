using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TrustHubGen.Analyzers.Diagnostics;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>Creates diagnostics, attaching replacement values only where a fix can rewrite a literal in place.</summary>
internal static class Reporter
{
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SyntaxNode node, params object[] args) =>
        Diagnostic.Create(descriptor, node.GetLocation(), args);

    public static Diagnostic WithReplacements(
        DiagnosticDescriptor descriptor, SyntaxNode node, bool isLiteral, IReadOnlyList<string> replacements,
        IReadOnlyList<string>? labels, params object[] args)
    {
        if (!isLiteral || replacements.Count == 0) return Diagnostic.Create(descriptor, node.GetLocation(), args);
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[FixProperties.Replacements] = string.Join(FixProperties.Separator.ToString(), replacements);
        if (labels is not null) properties[FixProperties.Labels] = string.Join(FixProperties.Separator.ToString(), labels);
        return Diagnostic.Create(descriptor, node.GetLocation(), properties.ToImmutable(), args);
    }

    public static Diagnostic WithReplacement(DiagnosticDescriptor descriptor, SyntaxNode node, bool isLiteral, string? replacement, params object[] args) =>
        WithReplacements(descriptor, node, isLiteral, replacement is null ? Array.Empty<string>() : new[] { replacement }, null, args);
}
