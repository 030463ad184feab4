using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using TrustHubGen.Generator.Diagnostics;
using TrustHubGen.Generator.Tests.Infrastructure;
using TrustHubGen.Policies;
using TrustHubGen.Policies.Naming;

namespace TrustHubGen.Generator.Tests;

/// <summary>
/// The one table of input diagnostics (TH0001–TH0299) against everything that restates it: the ID constants, the
/// generator's descriptors, AnalyzerReleases.Unshipped.md and the sections of docs/rules/inputs.md.
/// </summary>
public sealed class InputDiagnosticTableTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", "inputs.md"));

    private static readonly string[] Releases = File.ReadAllLines(Path.Combine(RepoPaths.Root, "src", "TrustHubGen.Generator", "AnalyzerReleases.Unshipped.md"));

    public static TheoryData<string> Ids() => new(InputRules.All.Select(r => r.Id));

    [Fact]
    public void Ids_are_unique_in_their_ranges_and_titles_are_distinct_and_in_sentence_case()
    {
        var ids = InputRules.All.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^TH0[0-2][0-9][0-9]$", id));
        Assert.Equal(ids.Count, InputRules.All.Select(r => r.Title).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(InputRules.All, r => Assert.True(char.IsUpper(r.Title[0]) || r.Title[0] == '$', r.Title));
        Assert.All(InputRules.All, r => Assert.False(r.Title.EndsWith('.'), r.Title));
    }

    [Fact]
    public void Every_id_constant_is_a_row_of_the_table_and_the_reverse()
    {
        var constants = typeof(InputDiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal);
        Assert.Equal(constants, InputRules.All.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_rule_has_a_descriptor_a_release_line_and_a_section_of_the_help_page(string id)
    {
        var rule = InputRules.Find(id)!;
        var descriptor = InputDescriptors.For(id);
        Assert.Equal((rule.Title, rule.MessageFormat, rule.Category, rule.HelpLink),
            (descriptor.Title.ToString(), descriptor.MessageFormat.ToString(), descriptor.Category, descriptor.HelpLinkUri));
        Assert.Equal(rule.Severity switch { InputSeverity.Error => DiagnosticSeverity.Error, InputSeverity.Warning => DiagnosticSeverity.Warning, _ => DiagnosticSeverity.Info }, descriptor.DefaultSeverity);
        Assert.Equal("https://github.com/trusthubgen/trusthubgen/blob/main/docs/rules/inputs.md#" + id.ToLowerInvariant(), rule.HelpLink);

        Assert.Contains($"{id} | {InputRules.Category} | {rule.Severity} | {rule.Title}", Releases);
        Assert.Contains($"\n### {id}\n", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_message_format_takes_its_arguments_and_every_reader_call_gives_as_many()
    {
        foreach (var rule in InputRules.All)
        {
            int count = Regex.Matches(rule.MessageFormat, @"(?<!\{)\{(\d+)\}").Select(m => int.Parse(m.Groups[1].Value)).DefaultIfEmpty(-1).Max() + 1;
            string formatted = string.Format(rule.MessageFormat, Enumerable.Range(0, count).Select(i => (object)("a" + i)).ToArray());
            Assert.DoesNotContain("{", formatted.Replace("{{", "").Replace("}}", ""), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_release_file_lists_nothing_the_table_lacks()
    {
        var listed = Releases.Where(l => l.StartsWith("TH0", StringComparison.Ordinal)).Select(l => l[..6]).ToList();
        Assert.Equal(InputRules.All.Select(r => r.Id).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_package_targets_report_table_rows_with_the_table_message()
    {
        // MSBuild errors of buildTransitive (TH0090, TH0218) are rows of the table too: same ID, same words, $(…) for {n}.
        var targets = System.Xml.Linq.XDocument.Load(Path.Combine(RepoPaths.Root, "src", "TrustHubGen", "buildTransitive", "TrustHubGen.targets"));
        var errors = targets.Descendants().Where(e => e.Name.LocalName == "Error" && ((string?)e.Attribute("Code"))?.StartsWith("TH0", StringComparison.Ordinal) == true).ToList();
        Assert.Contains(errors, e => (string?)e.Attribute("Code") == InputDiagnosticIds.UnsupportedTargetFramework);
        foreach (var error in errors)
        {
            var rule = InputRules.Find((string)error.Attribute("Code")!);
            Assert.True(rule is not null, $"{error.Attribute("Code")} is reported by TrustHubGen.targets but is not a row of InputRules");
            var pattern = "^" + Regex.Replace(Regex.Escape(rule!.MessageFormat), @"\\\{\d+}", _ => @"\$\([A-Za-z_]+\)") + "$";
            Assert.Matches(pattern, (string)error.Attribute("Text")!);
        }
    }

    [Fact]
    public void The_policy_names_the_catalog_reserves_are_the_members_it_writes()
    {
        // Every member name a generated policy class declares, read from the shipped catalog's baseline.
        var catalog = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Generator.Tests", "Baselines", "ShippedPolicies", "PolicyCatalogEntries.Cnam.g.cs.txt"));
        var cnam = catalog[catalog.IndexOf("public abstract class Cnam", StringComparison.Ordinal)..];
        var members = Regex.Matches(cnam, @"^    public (?:static |const )[^=({]*?\b(\w+)\s*(?:\{|=)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(members);
        Assert.Subset(CatalogNames.ReservedPolicyNames.ToHashSet(), members);
    }
}
