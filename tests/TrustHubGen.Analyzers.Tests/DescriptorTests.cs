using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Tests.Infrastructure;

namespace TrustHubGen.Analyzers.Tests;

/// <summary>Every rule is whole: one descriptor per ID, a help link of the agreed form, a docs page, a release entry and tests.</summary>
public sealed partial class DescriptorTests
{
    private static readonly List<DiagnosticDescriptor> Descriptors = Shipped.Analyzers
        .SelectMany(a => a.SupportedDiagnostics).Distinct().ToList();

    private static readonly string[] RuleIdConstants = typeof(RuleIds)
        .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!).ToArray();

    public static TheoryData<string> Ids => new(RuleIdConstants);

    [GeneratedRegex(@"^TH1\d{3}$")]
    private static partial Regex IdPattern();

    [Fact]
    public void Each_id_has_exactly_one_descriptor_and_every_constant_is_reported()
    {
        var byId = Descriptors.GroupBy(d => d.Id).ToList();
        Assert.All(byId, g => Assert.Single(g));
        Assert.Equal(RuleIdConstants.Order(), byId.Select(g => g.Key).Order());
        Assert.Equal(RuleIdConstants.Length, RuleIdConstants.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_follows_the_conventions(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        Assert.Matches(IdPattern(), id);
        Assert.Equal($"https://github.com/trusthubgen/trusthubgen/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
        var title = descriptor.Title.ToString();
        Assert.True(char.IsUpper(title[0]) && !title.EndsWith('.'), $"{id}: title \"{title}\" is not in sentence case without a final period.");
        Assert.True(title.Split(' ').Skip(1).All(w => w.Length == 0 || !char.IsUpper(w[0]) || w.StartsWith("CNAM") || w.StartsWith("SID") || w.StartsWith("Business") || w.StartsWith("Profile")),
            $"{id}: title \"{title}\" capitalises words mid-sentence.");
        Assert.Equal("TrustHub", descriptor.Category);
        Assert.True(descriptor.IsEnabledByDefault);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_has_a_docs_page_with_every_section(string id)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "rules", id + ".md");
        Assert.True(File.Exists(path), $"docs/rules/{id}.md is missing.");
        var text = File.ReadAllText(path);
        foreach (var section in new[] { "## What it finds", "## Why", "## How to fix", "## Example", "## How to configure", $"dotnet_diagnostic.{id}.severity" })
            Assert.Contains(section, text);
        var severity = Descriptors.Single(d => d.Id == id).DefaultSeverity;
        Assert.Contains($"Default severity: **{severity}**", text);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_is_in_the_release_tracking_files(string id)
    {
        var unshipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "releases", "AnalyzerReleases.Unshipped.md"));
        var shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "releases", "AnalyzerReleases.Shipped.md"));
        var descriptor = Descriptors.Single(d => d.Id == id);
        Assert.Contains($"{id} | TrustHub | {descriptor.DefaultSeverity} |", unshipped + shipped);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_has_tests(string id)
    {
        var testClass = typeof(DescriptorTests).Assembly.GetTypes().SingleOrDefault(t => t.Name.StartsWith(id, StringComparison.Ordinal) && t.Name.EndsWith("Tests"));
        Assert.NotNull(testClass);
        Assert.True(testClass!.GetMethods().Count(m => m.GetCustomAttributes<FactAttribute>().Any()) >= 2, $"{testClass.Name} needs a positive and a negative test.");
    }

    [Fact]
    public void Every_fixable_id_is_reported_by_an_analyzer()
    {
        foreach (var fix in Shipped.CodeFixes)
        {
            Assert.All(fix.FixableDiagnosticIds, id => Assert.Contains(id, RuleIdConstants));
            Assert.NotNull(fix.GetFixAllProvider());
        }
    }
}
