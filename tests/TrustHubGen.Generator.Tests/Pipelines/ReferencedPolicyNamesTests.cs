using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests.Pipelines;

/// <summary>
/// Two projects each with a policy file of its own, beside the package's precompiled policies: a library whose policy has
/// a <c>brand_name</c> attribute (value type <c>BrandName</c>, public) and an application referencing it whose own policy
/// has one too. The application named its type <c>BrandName</c> as well, and every use of either, starting in its
/// generated code, was CS0436 (an error with warnings as errors). The library's mark lists its value types, and the
/// application's own policies name theirs around them (<c>LoyaltyBrandName</c>), the packaged names unchanged.
/// </summary>
public sealed class ReferencedPolicyNamesTests
{
    [Fact]
    public void An_own_policys_value_types_are_named_around_those_a_referenced_project_declares()
    {
        var library = Compile("Library", Policy("BrandedCalling", "RN" + new string('b', 32)), "namespace Library { public static class Brands { public static TrustHubGen.Sdk.BrandName Owl => TrustHubGen.Sdk.BrandName.Parse(\"Owl\"); } }");
        Assert.Equal("Library", library.GetTypeByMetadataName("TrustHubGen.Sdk.BrandName")!.ContainingAssembly.Name);
        using var image = new MemoryStream();
        var emitted = library.Emit(image);
        Assert.True(emitted.Success, GeneratorHarness.Format(emitted.Diagnostics));

        const string uses = """
            namespace Consumer
            {
                internal static class Uses
                {
                    public static string FromLibrary => global::Library.Brands.Owl.Value;
                    public static TrustHubGen.Sdk.LoyaltyBrandName Own => TrustHubGen.Sdk.LoyaltyBrandName.Parse("Owl");
                    public static TrustHubGen.Sdk.CnamDisplayName Packaged => TrustHubGen.Sdk.CnamDisplayName.Parse("OWL");
                }
            }
            """;
        var app = Compile("App", Policy("Loyalty", "RN" + new string('c', 32)), uses, MetadataReference.CreateFromImage(image.ToArray()));

        var problems = app.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, GeneratorHarness.Format(problems));
        Assert.Equal("App", app.GetTypeByMetadataName("TrustHubGen.Sdk.LoyaltyBrandName")!.ContainingAssembly.Name);
    }

    /// <summary>Our format's policy with a typed <c>brand_name</c> on its end user (tests/TrustHubGen.Pipelines.Tests' Branded Calling), renamed.</summary>
    private static TestInput Policy(string name, string sid)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Pipelines.Tests", "Policies", "branded-calling.json");
        var policy = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        policy["name"] = name;
        policy["sid"] = sid;
        return new TestInput("/" + name + "/policy.json", policy.ToJsonString(), "Policy");
    }

    /// <summary>A project with the package's defaults (the precompiled spec part and policies; the container dropped for its own policy).</summary>
    private static Compilation Compile(string assembly, TestInput ownPolicy, string source, params MetadataReference[] more)
    {
        var inputs = TestInput.Official().Add(ownPolicy);
        var compilation = GeneratorHarness.Compilation(source).WithAssemblyName(assembly)
            .AddReferences([PrecompiledSdkTests.Precompiled.Value, PrecompiledSdkTests.PrecompiledPolicies.Value, .. more]);
        CSharpGeneratorDriver.Create([new TrustHubGenerator().AsSourceGenerator()],
                inputs.Select(i => (AdditionalText)new InMemoryAdditionalText(i.Path, i.Text)), GeneratorHarness.ParseOptions,
                new TestOptionsProvider(new Dictionary<string, string>(), inputs.ToDictionary(i => i.Path, i => i.Metadata())))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        return output;
    }
}
