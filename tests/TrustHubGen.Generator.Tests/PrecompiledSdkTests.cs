using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests;

/// <summary>
/// The precompiled SDK (src/TrustHubGen.Sdk, the package's lib/net8.0/TrustHubGen.Sdk.dll): built in one compilation
/// with <c>TrustHubGenBuildsPrecompiledSdk</c>, referenced by another. With the same inputs the consumer gets only the
/// policy-dependent code, compiled against the referenced types; with other inputs in the same namespace, one TH0020
/// and no duplicate types; in another namespace, the whole SDK as before.
/// </summary>
public sealed class PrecompiledSdkTests
{
    private static readonly string[] SpecFiles = ["Sids.g.cs", "TrustHub.Clients.g.cs", "TrustHub.Models.g.cs", "TrustHub.Requests.g.cs", "TrustHub.Enums.g.cs", "Api2010.Clients.g.cs"];

    private static readonly Lazy<MetadataReference> Precompiled = new(BuildPrecompiled);

    private const string UsesBothParts = """
        using TrustHubGen.Sdk;
        namespace Consumer
        {
            internal static class Uses
            {
                public static object Client(TrustHubGen.Runtime.ITwilioTransport t) => new TrustHubClient(t);
                public static TrustProductPolicySid Cnam => PolicyCatalog.Cnam.Sid;
                public static object Pipeline(CustomerProfileSid profile) => CnamOnboarding.For(profile);
                public static UpdateTrustProductRequest Submit() => new() { Status = TrustProductStatus.PendingReview };
            }
        }
        """;

    [Fact]
    public void ThePrecompiledBuildHoldsTheSpecPartAndItsFingerprintOnly()
    {
        var (result, output) = Run(TestInput.Official(), Options(builds: true), []);

        var hints = result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToList();
        Assert.Superset(SpecFiles.ToHashSet(), hints.ToHashSet());
        Assert.Contains("PrecompiledSdk.g.cs", hints);
        Assert.DoesNotContain(hints, h => h.StartsWith("PolicyCatalog", StringComparison.Ordinal) || h.EndsWith("Onboarding.g.cs", StringComparison.Ordinal) || h.StartsWith("PolicyAttributeValues", StringComparison.Ordinal));
        var problems = GeneratorHarness.Problems(result, output);
        Assert.True(problems.Count == 0, GeneratorHarness.Format(problems));
    }

    [Fact]
    public void AConsumerWithTheSameInputsGetsOnlyThePolicyDependentCodeAndCompilesCleanly()
    {
        var (result, output) = Run(TestInput.Official(), Options(), [UsesBothParts], Precompiled.Value);

        var hints = result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToList();
        Assert.Empty(hints.Intersect(SpecFiles));
        Assert.Contains("PolicyCatalog.g.cs", hints);
        Assert.Contains("CnamOnboarding.g.cs", hints);
        var problems = GeneratorHarness.Problems(result, output);
        Assert.True(problems.Count == 0, GeneratorHarness.Format(problems));
        // The consumer's types bind to the referenced assembly, not to source.
        var client = output.GetTypeByMetadataName("TrustHubGen.Sdk.TrustHubClient")!;
        Assert.Equal("TrustHubGen.Sdk", client.ContainingAssembly.Name);
        Assert.Equal("Consumer", output.GetTypeByMetadataName("TrustHubGen.Sdk.PolicyCatalog")!.ContainingAssembly.Name);
    }

    [Fact]
    public void OtherInputsInTheSameNamespaceAreOneTH0020AndNoDuplicateTypes()
    {
        var inputs = TestInput.Official().Select(i => i.Path == RepoPaths.Api2010Spec ? i with { Operations = "ListIncomingPhoneNumber;ListAccount" } : i);
        var (result, output) = Run(inputs, Options(), [UsesBothParts], Precompiled.Value);

        Assert.Empty(result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).Intersect(SpecFiles));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("TH0020", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("<TrustHubGenPrecompiledSdk>false</TrustHubGenPrecompiledSdk>", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id is "CS0436" or "CS0433");
    }

    [Fact]
    public void AnotherNamespaceGeneratesTheWholeSdkBesideTheReference()
    {
        var (result, output) = Run(TestInput.Official(), Options(ns: "Consumer.Sdk"), [UsesBothParts.Replace("using TrustHubGen.Sdk;", "using Consumer.Sdk;", StringComparison.Ordinal)], Precompiled.Value);

        Assert.Superset(SpecFiles.ToHashSet(), result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToHashSet());
        var problems = GeneratorHarness.Problems(result, output);
        Assert.True(problems.Count == 0, GeneratorHarness.Format(problems));
    }

    [Fact]
    public void AKeystrokeWithThePrecompiledSdkRerunsNoStep()
    {
        var compilation = GeneratorHarness.Compilation(UsesBothParts).AddReferences(Precompiled.Value);
        var driver = Driver(TestInput.Official(), Options()).RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(0, 0, " ")));

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Contains(TrackingNames.PrecompiledSdk, second.TrackedSteps.Keys);
        Assert.Contains(TrackingNames.SpecSdk, second.TrackedSteps.Keys);
        Assert.All(second.TrackedSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.All(second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private static MetadataReference BuildPrecompiled()
    {
        var (result, output) = Run(TestInput.Official(), Options(builds: true), []);
        using var image = new MemoryStream();
        var emitted = output.WithAssemblyName("TrustHubGen.Sdk").Emit(image);
        Assert.True(emitted.Success, GeneratorHarness.Format(emitted.Diagnostics.Concat(result.Diagnostics)));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static Dictionary<string, string> Options(bool builds = false, string? ns = null)
    {
        var options = new Dictionary<string, string>();
        if (builds) options["build_property.TrustHubGenBuildsPrecompiledSdk"] = "true";
        if (ns is not null) options["build_property.TrustHubGenNamespace"] = ns;
        return options;
    }

    private static GeneratorDriver Driver(IEnumerable<TestInput> inputs, Dictionary<string, string> global)
    {
        var list = inputs.ToList();
        return CSharpGeneratorDriver.Create(
            [new TrustHubGenerator().AsSourceGenerator()],
            list.Select(i => (AdditionalText)new InMemoryAdditionalText(i.Path, i.Text)),
            GeneratorHarness.ParseOptions,
            new TestOptionsProvider(global, list.ToDictionary(i => i.Path, i => i.Metadata())),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(IEnumerable<TestInput> inputs, Dictionary<string, string> global, string[] sources, MetadataReference? precompiled = null)
    {
        var compilation = GeneratorHarness.Compilation(sources.Length == 0 ? ["namespace Consumer { internal static class Empty { } }"] : sources);
        if (precompiled is not null) compilation = compilation.AddReferences(precompiled);
        var driver = Driver(inputs, global).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver.GetRunResult(), output);
    }
}
