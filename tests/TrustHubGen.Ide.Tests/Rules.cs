using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrustHubGen.Testing.Lsp;

namespace TrustHubGen.Ide.Tests;

/// <summary>The rules as the analyzers declare them (the same build the package carries): message formats, help links, severities.</summary>
internal static class Rules
{
    private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors = typeof(TrustHubGen.Analyzers.TrustHubCallAnalyzer).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
        .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
        .DistinctBy(d => d.Id)
        .ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static DiagnosticDescriptor Descriptor(string id) => Descriptors[id];

    /// <summary>LSP's DiagnosticSeverity for a Roslyn severity (1 error, 2 warning, 3 information, 4 hint).</summary>
    public static int LspSeverity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => 1,
        DiagnosticSeverity.Warning => 2,
        DiagnosticSeverity.Info => 3,
        _ => 4,
    };

    /// <summary>
    /// Asserts the published diagnostic is the rule's: its message has the descriptor's form (arguments free) and names
    /// <paramref name="value"/> (when given), and the help link is the descriptor's (docs/rules/THxxxx.md).
    /// </summary>
    public static void AssertIsRule(LspDiagnostic diagnostic, string id, string? value)
    {
        var descriptor = Descriptor(id);
        Assert.Equal(id, diagnostic.Code);
        var form = "^" + Regex.Replace(Regex.Escape(descriptor.MessageFormat.ToString()), @"\\\{\d+}", ".*") + "$";
        Assert.Matches(new Regex(form, RegexOptions.Singleline), diagnostic.Message);
        if (value is not null) Assert.Contains(value, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(descriptor.HelpLinkUri, diagnostic.HelpLink);
        Assert.EndsWith($"/docs/rules/{id}.md", diagnostic.HelpLink, StringComparison.Ordinal);
    }
}
