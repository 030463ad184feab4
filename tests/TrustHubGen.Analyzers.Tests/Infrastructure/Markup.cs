using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace TrustHubGen.Analyzers.Tests.Infrastructure;

/// <summary>An expected diagnostic: its ID, file and span.</summary>
internal sealed record ExpectedDiagnostic(string Id, string Path, TextSpan Span);

/// <summary>Reads markup such as <c>{|TH1003:"phone_number"|}</c>: the text between <c>:</c> and <c>|}</c> is where the diagnostic must be.</summary>
internal static partial class Markup
{
    [GeneratedRegex(@"\{\|(TH\d{4}):")]
    private static partial Regex Start();

    public static (string Source, List<ExpectedDiagnostic> Expected) Parse(string markup, string path)
    {
        var builder = new StringBuilder();
        var expected = new List<ExpectedDiagnostic>();
        var open = new Stack<(string Id, int Start)>();
        var i = 0;
        while (i < markup.Length)
        {
            var match = Start().Match(markup, i);
            var close = markup.IndexOf("|}", i, StringComparison.Ordinal);
            if (match.Success && (close < 0 || match.Index < close))
            {
                builder.Append(markup, i, match.Index - i);
                open.Push((match.Groups[1].Value, builder.Length));
                i = match.Index + match.Length;
            }
            else if (close >= 0 && open.Count > 0)
            {
                builder.Append(markup, i, close - i);
                var (id, start) = open.Pop();
                expected.Add(new ExpectedDiagnostic(id, path, TextSpan.FromBounds(start, builder.Length)));
                i = close + 2;
            }
            else
            {
                builder.Append(markup, i, markup.Length - i);
                break;
            }
        }
        if (open.Count > 0) throw new ArgumentException($"Markup in {path} opens {{|{open.Peek().Id}: without a closing |}}.");
        return (builder.ToString(), expected);
    }
}
