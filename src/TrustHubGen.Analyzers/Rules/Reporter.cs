using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Values;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>Creates diagnostics, attaching replacement values only where a fix can rewrite a literal in place.</summary>
internal static class Reporter
{
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SyntaxNode node, params object[] args) =>
        Diagnostic.Create(descriptor, node.GetLocation(), args);

    public static Diagnostic At(DiagnosticDescriptor descriptor, KnownValue value, params object[] args) =>
        Diagnostic.Create(descriptor, value.Node.GetLocation(), args);

    public static Diagnostic WithReplacements(
        DiagnosticDescriptor descriptor, KnownValue value, IReadOnlyList<string> replacements, IReadOnlyList<string>? labels, params object[] args)
    {
        if (!value.IsLiteral || replacements.Count == 0) return Diagnostic.Create(descriptor, value.Node.GetLocation(), args);
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        FixProperties.Add(properties, FixProperties.Replacements, replacements);
        if (labels is not null) FixProperties.Add(properties, FixProperties.Labels, labels);
        return Diagnostic.Create(descriptor, value.Node.GetLocation(), properties.ToImmutable(), args);
    }

    public static Diagnostic WithReplacement(DiagnosticDescriptor descriptor, KnownValue value, string? replacement, params object[] args) =>
        WithReplacements(descriptor, value, replacement is null ? Array.Empty<string>() : new[] { replacement }, null, args);
}
