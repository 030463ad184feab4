using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>
/// Orders the policies TH1002's fix offers, most likely intended first (the first is what Enter applies): by how many
/// things the method writes that only make sense with the policy (an end-user type or attribute name its file lists,
/// written as a string, a JSON key or an anonymous object's member; a word of its name, as in a friendly name "CNAM" or
/// "SHAKEN/STIR"), then by name. Only asked when TH1002 reports, so it may read the method's tokens.
/// </summary>
internal static class PolicyRanking
{
    public static List<PolicyDefinition> Rank(IEnumerable<PolicyDefinition> candidates, SyntaxNode at)
    {
        var byName = candidates.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Sid, StringComparer.Ordinal).ToList();
        if (byName.Count < 2) return byName;
        var written = Read(Scope(at));
        var scores = byName.ToDictionary(p => p.Sid, p => Score(p, written), StringComparer.Ordinal);
        // A stable sort: equal scores keep the name order.
        return byName.OrderByDescending(p => scores[p.Sid]).ToList();
    }

    private static int Score(PolicyDefinition policy, Written written)
    {
        var score = 0;
        foreach (var endUser in policy.EndUsers)
        {
            if (written.Strings.Contains(endUser.Type)) score++;
            foreach (var attribute in endUser.Attributes)
            {
                if (written.Names.Contains(attribute.Name) || written.Strings.Any(s => s.Contains("\"" + attribute.Name + "\""))) score++;
            }
        }
        foreach (var word in Words(policy.Name))
        {
            if (written.Words.Contains(word)) score++;
        }
        return score;
    }

    // The method (or the top-level statements) the value is written in.
    private static SyntaxNode Scope(SyntaxNode at)
    {
        foreach (var node in at.AncestorsAndSelf())
        {
            if (node is GlobalStatementSyntax) return node.Parent!;
            if (node is MemberDeclarationSyntax and not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax) return node;
        }
        return at;
    }

    private sealed class Written
    {
        public HashSet<string> Strings { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Words { get; } = new(StringComparer.Ordinal);
    }

    private static Written Read(SyntaxNode scope)
    {
        var written = new Written();
        foreach (var token in scope.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken)
                || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken))
            {
                written.Strings.Add(token.ValueText);
                // An email's or a SID's letters are no friendly name.
                if (token.ValueText.IndexOf('@') < 0 && !token.ValueText.StartsWith("RN", StringComparison.Ordinal))
                    foreach (var word in token.ValueText.Split(Separators, StringSplitOptions.RemoveEmptyEntries)) written.Words.Add(word.ToLowerInvariant());
            }
            else if (token.IsKind(SyntaxKind.IdentifierToken) && token.Parent?.Parent is NameEqualsSyntax { Parent: AnonymousObjectMemberDeclaratorSyntax })
            {
                written.Names.Add(token.ValueText);
            }
        }
        return written;
    }

    private static readonly char[] Separators = " /-_.,:;!?()[]{}\"'\t\r\n".ToCharArray();

    // "ShakenStir" → shaken, stir.
    private static IEnumerable<string> Words(string pascalName)
    {
        var start = 0;
        for (var i = 1; i <= pascalName.Length; i++)
        {
            if (i == pascalName.Length || char.IsUpper(pascalName[i]))
            {
                yield return pascalName.Substring(start, i - start).ToLowerInvariant();
                start = i;
            }
        }
    }
}
