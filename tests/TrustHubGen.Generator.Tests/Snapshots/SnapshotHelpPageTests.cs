using System.Reflection;
using TrustHubGen.Generator.Diagnostics;
using TrustHubGen.Generator.Snapshots;
using TrustHubGen.Generator.Tests.Infrastructure;
using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Generator.Tests.Snapshots;

/// <summary>Every snapshot diagnostic has its own title, a section on docs/rules/inputs.md and a help link to it.</summary>
public sealed class SnapshotHelpPageTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", "inputs.md"));

    private static readonly List<string> AllIds = typeof(SnapshotDiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

    public static TheoryData<string> Ids() => new(AllIds);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_snapshot_diagnostic_has_a_title_a_section_and_a_link(string id)
    {
        Assert.Matches("^TH02[0-9][0-9]$", id);
        Assert.Contains($"\n### {id}\n", Page, StringComparison.Ordinal);
        Assert.NotEqual("Account snapshot problem", SnapshotDiagnostics.Title(id));
        var diagnostic = SnapshotDiagnostics.ToDiagnostic(new DiagnosticInfo(id, "m", "/a.json", 1, 2));
        Assert.Equal(HelpLinks.InputsPage + "#" + id.ToLowerInvariant(), diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void Ids_are_unique_and_titles_are_distinct()
    {
        Assert.Equal(19, AllIds.Count);
        Assert.Equal(AllIds.Count, AllIds.Distinct().Count());
        Assert.Equal(AllIds.Count, AllIds.Select(SnapshotDiagnostics.Title).Distinct().Count());
    }
}
