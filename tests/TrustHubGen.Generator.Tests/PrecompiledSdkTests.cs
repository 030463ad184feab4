using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests;

/// <summary>
/// The precompiled SDK in its three parts (src/TrustHubGen.Sdk, the package's lib/net8.0/TrustHubGen.Sdk.dll: the
/// spec-derived part; src/TrustHubGen.Sdk.DefaultPolicies, TrustHubGen.Sdk.DefaultPolicies.dll: each default policy's
/// catalog entry, value types and pipeline, compiled against the first; src/TrustHubGen.Sdk.PolicyCatalog,
/// TrustHubGen.Sdk.PolicyCatalog.dll: the default set's PolicyCatalog container, against both): each built in a
/// compilation with <c>TrustHubGenBuildsPrecompiledSdk</c>, referenced by another. With the same inputs the consumer gets
/// only what no referenced part holds (nothing, with every part and no snapshot; the container and its own policies'
/// code, with a policy file of its own); with other inputs in the same namespace, one TH0020 per part that differs and no
/// duplicate types; in another namespace, the whole SDK as before.
/// </summary>
public sealed class PrecompiledSdkTests
{
    private static readonly string[] SpecFiles = ["Sids.g.cs", "TrustHub.Clients.g.cs", "TrustHub.Models.g.cs", "TrustHub.Requests.g.cs", "TrustHub.Enums.g.cs", "Api2010.Clients.g.cs"];

    private static readonly string[] PolicyFiles = ["PolicyCatalogEntries.Cnam.g.cs", "PolicyAttributeValues.Cnam.g.cs", "CnamOnboarding.g.cs"];

    internal static readonly Lazy<MetadataReference> Precompiled = new(BuildPrecompiled);

    internal static readonly Lazy<MetadataReference> PrecompiledPolicies = new(BuildPrecompiledPolicies);

    internal static readonly Lazy<MetadataReference> PrecompiledCatalog = new(BuildPrecompiledCatalog);

    // The spellings users and docs use: each must bind whether PolicyCatalog is precompiled or generated beside precompiled entries.
    private const string UsesThePackagedPolicies = """
        using TrustHubGen.Sdk;
        namespace Consumer
        {
            internal static class UsesPackaged
            {
                public static string Sid => PolicyCatalog.Cnam.SidValue + PolicyCatalog.ShakenStir.Sid.Value;
                public static TrustHubGen.Policies.PolicyDefinition Definition => PolicyCatalog.Cnam.Definition;
                public static TrustHubGen.Runtime.Onboarding.OnboardingPolicy Policy => PolicyCatalog.VoiceIntegrity.OnboardingPolicy;
                public static int Count => PolicyCatalog.AllSids.Count + PolicyCatalog.Cnam.EndUsers.Types.Count;
                public static bool IsCnam(string type) => type switch { PolicyCatalog.Cnam.EndUsers.CnamInformation.Type => true, _ => false };
                public static CnamDisplayName Name => CnamDisplayName.Parse("Contoso");
                public static System.Type Profile => typeof(SecondaryBusinessProfileOnboarding);
            }
        }
        """;

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
        var (result, output) = Run(TestInput.Official(), Options(builds: "Spec"), []);

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
    public void ThePoliciesBuildHoldsEachPolicysCodeAndFingerprintsButNotTheContainer()
    {
        var (result, output) = Run(TestInput.Official(), Options(builds: "Policies"), [], Precompiled.Value);

        var hints = result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToList();
        Assert.Empty(hints.Intersect(SpecFiles));
        Assert.Superset(PolicyFiles.ToHashSet(), hints.ToHashSet());
        Assert.DoesNotContain("PolicyCatalog.g.cs", hints);
        Assert.Contains("PrecompiledSdk.g.cs", hints);
        var marker = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("PrecompiledSdk.g.cs", StringComparison.Ordinal)).ToString();
        foreach (var policy in new[] { "Cnam", "ShakenStir", "VoiceIntegrity", "PrimaryBusinessProfile", "SecondaryBusinessProfile" })
            Assert.Contains("\"TrustHubGen.PolicyFingerprint." + policy + "\"", marker, StringComparison.Ordinal);
        var problems = GeneratorHarness.Problems(result, output);
        Assert.True(problems.Count == 0, GeneratorHarness.Format(problems));
    }

    [Fact]
    public void TheCatalogBuildHoldsTheContainerAndItsFingerprintOnly()
    {
        var (result, output) = Run(TestInput.Official(), Options(builds: "Catalog"), [UsesThePackagedPolicies], Precompiled.Value, PrecompiledPolicies.Value);

        Assert.Equal(["PolicyCatalog.g.cs", "PrecompiledSdk.g.cs"], result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).Order(StringComparer.Ordinal));
        var problems = GeneratorHarness.Problems(result, output);
        Assert.True(problems.Count == 0, GeneratorHarness.Format(problems));
    }

    [Fact]
    public void AConsumerWithTheDefaultPoliciesAndEveryPartGetsNothingGeneratedAndCompilesCleanly()
    {
        var (result, output) = Run(TestInput.Official(), Options(), [UsesBothParts, UsesThePackagedPolicies], Precompiled.Value, PrecompiledPolicies.Value, PrecompiledCatalog.Value);

        Assert.Empty(result.GeneratedTrees);
        var problems = GeneratorHarness.Problems(result, output);
        Assert.True(problems.Count == 0, GeneratorHarness.Format(problems));
        Assert.Equal("TrustHubGen.Sdk.PolicyCatalog", AssemblyOf(output, "PolicyCatalog"));
        AssertPackagedPoliciesFromTheirAssembly(output);
        Assert.Equal("TrustHubGen.Sdk", AssemblyOf(output, "TrustHubClient"));
    }

    /// <summary>
    /// The point of the split: a policy file of the project's own beside the packaged policies' precompiled code (MSBuild
    /// drops only the container's reference): the project generates the container and that policy's code, nothing of the
    /// packaged policies, whose every public spelling still binds (to the precompiled entries, through the container).
    /// </summary>
    [Fact]
    public void AnOwnPolicyBesideThePackagedPoliciesCodeGeneratesOnlyTheContainerAndItsOwnCode()
    {
        const string usesOwn = "namespace Consumer { internal static class Own { public static object P(TrustHubGen.Sdk.CustomerProfileSid p) => TrustHubGen.Sdk.BrandedOnboarding.For(p); public static string S => TrustHubGen.Sdk.PolicyCatalog.Branded.SidValue; public static TrustHubGen.Sdk.BrandedCnamDisplayName N => TrustHubGen.Sdk.BrandedCnamDisplayName.Parse(\"Contoso\"); } }";
        var (result, output) = Run(TestInput.Official().Append(OwnPolicy()), Options(), [UsesBothParts, UsesThePackagedPolicies, usesOwn], Precompiled.Value, PrecompiledPolicies.Value);

        var files = result.GeneratedTrees.ToDictionary(t => Path.GetFileName(t.FilePath), t => t.GetText().Length);
        Assert.Equal(["BrandedOnboarding.g.cs", "PolicyAttributeValues.Branded.g.cs", "PolicyCatalog.g.cs", "PolicyCatalogEntries.Branded.g.cs"], files.Keys.Order(StringComparer.Ordinal));
        // The container is a few lines per policy; the own policy's code is what a copy of CNAM makes (~30 KiB), not the
        // ~190 KiB of the whole set.
        Assert.InRange(files["PolicyCatalog.g.cs"], 500, 6_000);
        Assert.InRange(files.Values.Sum(), 10_000, 45_000);
        var problems = GeneratorHarness.Problems(result, output);
        Assert.True(problems.Count == 0, GeneratorHarness.Format(problems));
        Assert.Equal("Consumer", AssemblyOf(output, "PolicyCatalog"));
        Assert.Equal("Consumer", AssemblyOf(output, "PolicyCatalogEntries.Branded"));
        AssertPackagedPoliciesFromTheirAssembly(output);
    }

    /// <summary>
    /// A library with a policy file of its own, referenced by a project with the package's defaults (an application, the
    /// library's tests): the library's container is internal, so the project's <c>PolicyCatalog</c> is the package's and
    /// not ambiguous (CS0433); the library's policy stays public through its entry, value types and pipeline.
    /// </summary>
    [Fact]
    public void ALibraryWithAnOwnPolicyLeavesItsReferencesThePackagedContainer()
    {
        var (libraryResult, library) = Run(TestInput.Official().Append(OwnPolicy()), Options(), [UsesBothParts], Precompiled.Value, PrecompiledPolicies.Value);
        Assert.Equal(Accessibility.Internal, library.GetTypeByMetadataName("TrustHubGen.Sdk.PolicyCatalog")!.DeclaredAccessibility);
        using var image = new MemoryStream();
        var emitted = library.WithAssemblyName("Library").Emit(image);
        Assert.True(emitted.Success, GeneratorHarness.Format(emitted.Diagnostics.Concat(libraryResult.Diagnostics)));

        const string usesBoth = "namespace Consumer { internal static class Uses { public static string Packaged => TrustHubGen.Sdk.PolicyCatalog.Cnam.SidValue; public static string Library => TrustHubGen.Sdk.PolicyCatalogEntries.Branded.SidValue; public static object P(TrustHubGen.Sdk.CustomerProfileSid p) => TrustHubGen.Sdk.BrandedOnboarding.For(p); } }";
        var (result, output) = Run(TestInput.Official(), Options(), [usesBoth],
            Precompiled.Value, PrecompiledPolicies.Value, PrecompiledCatalog.Value, MetadataReference.CreateFromImage(image.ToArray()));

        Assert.Empty(result.GeneratedTrees);
        var problems = GeneratorHarness.Problems(result, output);
        Assert.True(problems.Count == 0, GeneratorHarness.Format(problems));
        // The consumer's name binds to the package's container (the library's is there too, but not accessible).
        var tree = output.SyntaxTrees.Single(t => t.ToString().Contains("class Uses", StringComparison.Ordinal));
        var catalogName = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax>().First(n => n.Name.Identifier.Text == "PolicyCatalog");
        Assert.Equal("TrustHubGen.Sdk.PolicyCatalog", output.GetSemanticModel(tree).GetSymbolInfo(catalogName).Symbol!.ContainingAssembly.Name);
    }

    /// <summary>
    /// The library's tests (<c>InternalsVisibleTo</c>) see its internal container and the package's public one: there
    /// <c>PolicyCatalog</c> was CS0433 on every use. They get an alias of a container with both's policies, so the
    /// spellings the library uses bind there too (its own policy, the packaged ones, a constant in a switch case, AllSids).
    /// </summary>
    [Fact]
    public void ALibrarysTestsSeeingItsInternalsNamePolicyCatalogWithEveryPolicy()
    {
        const string friend = "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Library.Tests\")]";
        var (libraryResult, library) = Run(TestInput.Official().Append(OwnPolicy()), Options(), [UsesBothParts, friend], Precompiled.Value, PrecompiledPolicies.Value);
        using var image = new MemoryStream();
        var emitted = library.WithAssemblyName("Library").Emit(image);
        Assert.True(emitted.Success, GeneratorHarness.Format(emitted.Diagnostics.Concat(libraryResult.Diagnostics)));
        const string tests = """
            using TrustHubGen.Sdk;
            namespace Library.Tests
            {
                internal static class Uses
                {
                    public static string Own => PolicyCatalog.Branded.SidValue + PolicyCatalog.Branded.Sid.Value;
                    public static int Count => PolicyCatalog.AllSids.Count;
                }
            }
            """;
        var compilation = GeneratorHarness.Compilation([tests, UsesThePackagedPolicies]).WithAssemblyName("Library.Tests")
            .AddReferences(Precompiled.Value, PrecompiledPolicies.Value, PrecompiledCatalog.Value, MetadataReference.CreateFromImage(image.ToArray()));
        var options = Options();
        options["build_property.AssemblyName"] = "Library.Tests";

        var result = Driver(TestInput.Official(), options).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _).GetRunResult();

        Assert.Equal(["VisiblePolicyCatalog.g.cs"], result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)));
        var problems = GeneratorHarness.Problems(result, output);
        Assert.True(problems.Count == 0, GeneratorHarness.Format(problems));
        var count = output.GetTypeByMetadataName("TrustHubGen.Sdk.VisiblePolicyCatalog")!.GetTypeMembers().Length;
        Assert.Equal(library.GetTypeByMetadataName("TrustHubGen.Sdk.PolicyCatalog")!.GetTypeMembers().Length, count);

        // C# 9 has no global using: no alias (the two containers stay) rather than a file that does not compile.
        var csharp9 = Driver(TestInput.Official(), options).WithUpdatedParseOptions(GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp9))
            .RunGenerators(compilation).GetRunResult();
        Assert.Empty(csharp9.GeneratedTrees);

        // Without InternalsVisibleTo the library's container is out of sight: no alias, the package's container.
        var (other, _) = Run(TestInput.Official(), Options(), [UsesThePackagedPolicies], Precompiled.Value, PrecompiledPolicies.Value, PrecompiledCatalog.Value, MetadataReference.CreateFromImage(image.ToArray()));
        Assert.Empty(other.GeneratedTrees);
    }

    /// <summary>
    /// A library that generated the whole SDK itself (here: no precompiled SDK referenced), referenced by a project with the
    /// package's SDK: in the same namespace and public, every type would be ambiguous there (CS0433), so the project gets
    /// one TH0021 naming the library; in a namespace of its own, or internal, the library is no problem and nothing is reported.
    /// </summary>
    [Theory]
    [InlineData(null, null, true)]
    [InlineData("Acme.TrustHub", null, false)]
    [InlineData(null, "internal", false)]
    public void ALibraryThatGeneratedTheSdkItselfIsOneTH0021WhereItsTypesCollide(string? libraryNamespace, string? libraryAccessibility, bool collides)
    {
        var options = Options(ns: libraryNamespace);
        if (libraryAccessibility is not null) options["build_property.TrustHubGenAccessibility"] = libraryAccessibility;
        var (libraryResult, library) = Run(TestInput.Official(), options, []);
        using var image = new MemoryStream();
        var emitted = library.WithAssemblyName("Acme.Library").Emit(image);
        Assert.True(emitted.Success, GeneratorHarness.Format(emitted.Diagnostics.Concat(libraryResult.Diagnostics)));

        var (result, _) = Run(TestInput.Official(), Options(), [],
            Precompiled.Value, PrecompiledPolicies.Value, PrecompiledCatalog.Value, MetadataReference.CreateFromImage(image.ToArray()));

        var reported = result.Diagnostics.Where(d => d.Id == "TH0021").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (!collides)
        {
            Assert.Empty(reported);
            return;
        }
        var message = Assert.Single(reported);
        Assert.Contains("The reference Acme.Library generated the TrustHubGen SDK itself, as public types in TrustHubGen.Sdk", message);
        Assert.Contains("set TrustHubGenNamespace to a namespace of its own or TrustHubGenAccessibility to internal", message);
        Assert.Empty(result.GeneratedTrees);
    }

    // A packaged policy's entry, pipeline and value type bind to TrustHubGen.Sdk.DefaultPolicies, not to source.
    private static void AssertPackagedPoliciesFromTheirAssembly(Compilation output)
    {
        foreach (var type in new[] { "PolicyCatalogEntries.Cnam", "CnamOnboarding", "CnamDisplayName" })
            Assert.Equal("TrustHubGen.Sdk.DefaultPolicies", AssemblyOf(output, type));
    }

    private static string AssemblyOf(Compilation output, string type) => output.GetTypeByMetadataName("TrustHubGen.Sdk." + type)!.ContainingAssembly.Name;

    /// <summary>
    /// A policy file of the project's own beside the container's reference too (MSBuild drops that reference when it sees
    /// one; the generator is the safety net for what it cannot see, e.g. another TrustHubGenPolicyDir): one TH0020 naming
    /// the container's part, nothing policy-dependent generated, no duplicate types.
    /// </summary>
    [Fact]
    public void AnOwnPolicyBesideThePackagedContainerIsOneTH0020AndNoDuplicateTypes()
    {
        var (result, output) = Run(TestInput.Official().Append(OwnPolicy()), Options(), [UsesBothParts], Precompiled.Value, PrecompiledPolicies.Value, PrecompiledCatalog.Value);

        Assert.Empty(result.GeneratedTrees);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("TH0020", diagnostic.Id);
        Assert.Contains("TrustHubGen.Sdk.PolicyCatalog.dll", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("policy files", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id is "CS0436" or "CS0433");
    }

    /// <summary>A packaged policy file edited in place (MSBuild cannot tell): its precompiled code is not that policy's; one TH0020.</summary>
    [Fact]
    public void AnEditedPackagedPolicyBesideThePackagedPoliciesCodeIsOneTH0020()
    {
        var inputs = TestInput.Official().Select(i => i.Path.EndsWith("cnam.json", StringComparison.Ordinal) ? i with { Text = i.Text.Replace("\"maxLength\": 15", "\"maxLength\": 14", StringComparison.Ordinal) } : i);
        var (result, output) = Run(inputs, Options(), [UsesBothParts], Precompiled.Value, PrecompiledPolicies.Value);

        Assert.Empty(result.GeneratedTrees);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("TH0020", diagnostic.Id);
        Assert.Contains("TrustHubGen.Sdk.DefaultPolicies.dll", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id is "CS0436" or "CS0433");
    }

    [Fact]
    public void AnOwnPolicyWithTheSpecPartOnlyGeneratesTheWholePolicySet()
    {
        var (result, output) = Run(TestInput.Official().Append(OwnPolicy()), Options(), [UsesBothParts + "namespace Consumer { internal static class Own { public static object P(TrustHubGen.Sdk.CustomerProfileSid p) => TrustHubGen.Sdk.BrandedOnboarding.For(p); } }"], Precompiled.Value);

        var hints = result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToList();
        Assert.Empty(hints.Intersect(SpecFiles));
        Assert.Superset(PolicyFiles.Append("BrandedOnboarding.g.cs").ToHashSet(), hints.ToHashSet());
        var problems = GeneratorHarness.Problems(result, output);
        Assert.True(problems.Count == 0, GeneratorHarness.Format(problems));
    }

    [Fact]
    public void TheDefaultPolicyPartWithoutTheSpecPartIsOneTH0020()
    {
        var (result, _) = Run(TestInput.Official(), Options(), [], PrecompiledPolicies.Value);

        Assert.Superset(SpecFiles.ToHashSet(), result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToHashSet());
        Assert.Empty(result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).Intersect(PolicyFiles));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("TH0020", diagnostic.Id);
        Assert.Contains("TrustHubGen.Sdk.DefaultPolicies.dll", diagnostic.GetMessage(), StringComparison.Ordinal);
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

    /// <summary>
    /// A project whose C# is older than the code it would generate needs gets one TH0022 naming its version, the code and
    /// the version needed, and nothing of that code: before, each generated file was its own compiler error (CS8936
    /// required members, CS8773 file-scoped namespace) pointing at code the user never wrote.
    /// </summary>
    [Theory]
    [InlineData("Contoso.Twilio", false, LanguageVersion.CSharp10, "C# 10.0", "the spec-derived SDK", "C# 11.0")]
    [InlineData(null, true, LanguageVersion.CSharp9, "C# 9.0", "the policy catalog and pipelines", "C# 10.0")]
    [InlineData("Contoso.Twilio", false, LanguageVersion.CSharp11, null, null, null)]
    [InlineData(null, true, LanguageVersion.CSharp10, null, null, null)]
    public void A_CSharp_version_below_the_generated_codes_is_one_TH0022(string? ns, bool ownPolicy, LanguageVersion version, string? has, string? code, string? needs)
    {
        var inputs = ownPolicy ? TestInput.Official().Append(OwnPolicy()) : TestInput.Official();
        var parse = GeneratorHarness.ParseOptions.WithLanguageVersion(version);
        var compilation = GeneratorHarness.Compilation().AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Empty { } }", parse))
            .AddReferences(Precompiled.Value, PrecompiledPolicies.Value);

        var result = Driver(inputs, Options(ns: ns)).WithUpdatedParseOptions(parse).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _).GetRunResult();

        var reported = result.Diagnostics.Where(d => d.Id == "TH0022").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (has is null)
        {
            Assert.Empty(reported);
            Assert.NotEmpty(result.GeneratedTrees);
            return;
        }
        var message = Assert.Single(reported);
        Assert.Contains($"This project compiles {has} (LangVersion), but the TrustHubGen code it generates ({code}) needs {needs} or later", message, StringComparison.Ordinal);
        Assert.Empty(result.GeneratedTrees);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AKeystrokeWithThePrecompiledSdkRerunsNoStep(bool ownPolicy)
    {
        var compilation = GeneratorHarness.Compilation(UsesBothParts).AddReferences(ownPolicy ? [Precompiled.Value, PrecompiledPolicies.Value] : [Precompiled.Value, PrecompiledPolicies.Value, PrecompiledCatalog.Value]);
        var inputs = ownPolicy ? TestInput.Official().Add(OwnPolicy()) : TestInput.Official();
        var driver = Driver(inputs, Options()).RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(0, 0, " ")));

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Contains(TrackingNames.PrecompiledSdk, second.TrackedSteps.Keys);
        Assert.Contains(TrackingNames.SpecSdk, second.TrackedSteps.Keys);
        Assert.Contains(TrackingNames.PolicySdk, second.TrackedSteps.Keys);
        Assert.All(second.TrackedSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.All(second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private static MetadataReference BuildPrecompiled() => Build("TrustHubGen.Sdk", "Spec");

    private static MetadataReference BuildPrecompiledPolicies() => Build("TrustHubGen.Sdk.DefaultPolicies", "Policies", Precompiled.Value);

    private static MetadataReference BuildPrecompiledCatalog() => Build("TrustHubGen.Sdk.PolicyCatalog", "Catalog", Precompiled.Value, PrecompiledPolicies.Value);

    private static MetadataReference Build(string assemblyName, string part, params MetadataReference[] references)
    {
        var (result, output) = Run(TestInput.Official(), Options(builds: part), [], references);
        using var image = new MemoryStream();
        var emitted = output.WithAssemblyName(assemblyName).Emit(image);
        Assert.True(emitted.Success, GeneratorHarness.Format(emitted.Diagnostics.Concat(result.Diagnostics)));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>A policy file of the project's own: a shipped one under another name and SID.</summary>
    internal static TestInput OwnPolicy()
    {
        var shipped = TestInput.Policy(RepoPaths.PolicyFiles.Single(p => Path.GetFileName(p) == "cnam.json"));
        var policy = System.Text.Json.Nodes.JsonNode.Parse(shipped.Text)!;
        policy["sid"] = "RN" + new string('a', 32);
        policy["name"] = "Branded";
        return shipped with { Path = Path.Combine(Path.GetDirectoryName(shipped.Path)!, "..", "own", "branded.json"), Text = policy.ToJsonString() };
    }

    private static Dictionary<string, string> Options(string? builds = null, string? ns = null)
    {
        var options = new Dictionary<string, string>();
        if (builds is not null) options["build_property.TrustHubGenBuildsPrecompiledSdk"] = builds;
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

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(IEnumerable<TestInput> inputs, Dictionary<string, string> global, string[] sources, params MetadataReference[] precompiled)
    {
        var compilation = GeneratorHarness.Compilation(sources.Length == 0 ? ["namespace Consumer { internal static class Empty { } }"] : sources).AddReferences(precompiled);
        var driver = Driver(inputs, global).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver.GetRunResult(), output);
    }
}
