using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests.Pipelines;

/// <summary>
/// A library and an application referencing it that include the same policy file (a copy, or the library's as a link),
/// beside the package's precompiled policies. Both generated the policy's public code (<c>PolicyCatalogEntries.Loyalty</c>,
/// its value types, <c>LoyaltyOnboarding</c>), and every use in the application was CS0436. The library's mark lists its
/// public policies (class, SID, entry fingerprint); the application generates none of a policy a reference declares with
/// the same SID and uses the reference's: silently when the content is the same, with one TH0024 when it differs.
/// </summary>
public sealed class ReferencedPolicyFileTests
{
    private const string Sid = "RN" + "cccccccccccccccccccccccccccccccc";

    [Fact]
    public void The_same_policy_file_in_a_library_and_its_application_is_generated_once()
    {
        var app = App(Policy("Loyalty", "Loyalty calling"), out var diagnostics);

        Assert.Empty(diagnostics);
        var problems = app.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, GeneratorHarness.Format(problems));
        Assert.Equal("Library", app.GetTypeByMetadataName("TrustHubGen.Sdk.PolicyCatalogEntries.Loyalty")!.ContainingAssembly.Name);
    }

    [Fact]
    public void The_same_SID_with_other_content_is_one_TH0024_and_the_references_policy()
    {
        var app = App(Policy("Loyalty", "Loyalty calling, edited"), out var diagnostics);

        var reported = Assert.Single(diagnostics);
        Assert.Equal("TH0024", reported.Id);
        var message = reported.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Library", message);
        Assert.Contains(Sid, message);
        var problems = app.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "TH0024").ToList();
        Assert.True(problems.Count == 0, GeneratorHarness.Format(problems));
        Assert.Equal("Library", app.GetTypeByMetadataName("TrustHubGen.Sdk.PolicyCatalogEntries.Loyalty")!.ContainingAssembly.Name);
    }

    private static Compilation App(string appPolicy, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var library = Compile("Library", new TestInput("/Library/policy.json", Policy("Loyalty", "Loyalty calling"), "Policy"),
            "namespace Library { public static class Brands { public static TrustHubGen.Sdk.BrandName Owl => TrustHubGen.Sdk.BrandName.Parse(\"Owl\"); } }", out var libraryDiagnostics);
        Assert.Empty(libraryDiagnostics);
        using var image = new MemoryStream();
        var emitted = library.Emit(image);
        Assert.True(emitted.Success, GeneratorHarness.Format(emitted.Diagnostics));

        const string uses = """
            namespace Consumer
            {
                internal static class Uses
                {
                    public static string FromLibrary => global::Library.Brands.Owl.Value;
                    public static TrustHubGen.Sdk.BrandName Own => TrustHubGen.Sdk.BrandName.Parse("Owl");
                    public static string Entry => TrustHubGen.Sdk.PolicyCatalogEntries.Loyalty.Sid.ToString();
                    public static TrustHubGen.Sdk.CnamDisplayName Packaged => TrustHubGen.Sdk.CnamDisplayName.Parse("OWL");
                }
            }
            """;
        return Compile("App", new TestInput("/App/policy.json", appPolicy, "Policy"), uses, out diagnostics, MetadataReference.CreateFromImage(image.ToArray()));
    }

    /// <summary>Our format's policy with a typed <c>brand_name</c> on its end user (tests/TrustHubGen.Pipelines.Tests' Branded Calling), renamed.</summary>
    private static string Policy(string name, string friendlyName)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Pipelines.Tests", "Policies", "branded-calling.json");
        var policy = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        policy["name"] = name;
        policy["sid"] = Sid;
        policy["friendlyName"] = friendlyName;
        return policy.ToJsonString();
    }

    private static Compilation Compile(string assembly, TestInput ownPolicy, string source, out IReadOnlyList<Diagnostic> diagnostics, params MetadataReference[] more)
    {
        var inputs = TestInput.Official().Add(ownPolicy);
        var compilation = GeneratorHarness.Compilation(source).WithAssemblyName(assembly)
            .AddReferences([PrecompiledSdkTests.Precompiled.Value, PrecompiledSdkTests.PrecompiledPolicies.Value, .. more]);
        CSharpGeneratorDriver.Create([new TrustHubGenerator().AsSourceGenerator()],
                inputs.Select(i => (AdditionalText)new InMemoryAdditionalText(i.Path, i.Text)), GeneratorHarness.ParseOptions,
                new TestOptionsProvider(new Dictionary<string, string>(), inputs.ToDictionary(i => i.Path, i => i.Metadata())))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var reported);
        diagnostics = reported;
        return output;
    }
}
