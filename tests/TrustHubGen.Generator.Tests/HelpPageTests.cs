using TrustHubGen.Generator.Tests.Infrastructure;
using System.Reflection;
using TrustHubGen.Generator.Diagnostics;

namespace TrustHubGen.Generator.Tests;

/// <summary>Every input diagnostic the generator can report has a section on the page its help link opens.</summary>
public sealed class HelpPageTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", "inputs.md"));

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in Constants(typeof(DiagnosticIds)).Concat(Constants(typeof(TrustHubGen.Policies.PolicyDiagnosticIds))))
            data.Add(id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_input_diagnostic_has_a_section_and_a_link_to_it(string id)
    {
        Assert.Contains($"\n### {id}\n", Page);
        Assert.Equal($"{HelpLinks.InputsPage}#{id.ToLowerInvariant()}", HelpLinks.For(id));
        if (DiagnosticDescriptors.Find(id) is { } descriptor) Assert.Equal(HelpLinks.For(id), descriptor.HelpLinkUri);
    }

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);
}
