using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Generator.Language;
using TrustHubGen.Generator.Precompiled;
using TrustHubGen.Generator.Tests.Infrastructure;
using TrustHubGen.Generator.Tests.Snapshots;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Tests;

/// <summary>
/// TH0022: a project whose C# is older than some generated code needs gets that code left out and one TH0022, never the
/// compiler's errors in generated files, whatever it generates (the SDK, policy code, snapshot handles) and whatever its
/// nullable setting. <see cref="LanguageNeeds"/> is the one table of those needs, checked here against the compiler.
/// </summary>
public sealed class LanguageVersionTests
{
    private static readonly LanguageVersion[] Versions =
        [LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.CSharp9, LanguageVersion.CSharp10, LanguageVersion.CSharp11, LanguageVersion.CSharp12];

    /// <summary>Each output compiles at the version the table gives it and not at the one before: the table states the real need.</summary>
    [Fact]
    public void Each_outputs_need_in_the_table_is_the_CSharp_it_really_needs()
    {
        var (_, result, _) = SnapshotHarness.Run(TestInput.Official().Add(SnapshotHarness.Snapshot(SnapshotFiles.Valid())), Global("Contoso.Twilio"));
        var sources = result.Results.Single().GeneratedSources;
        Assert.Contains(sources, s => s.HintName == "TrustHubAccount.g.cs");

        foreach (var (need, files) in new[] { (LanguageNeeds.SpecSdk, SpecFamily(sources)), (LanguageNeeds.PolicyCode, PolicyFamily(sources)), (LanguageNeeds.AccountHandles, ["TrustHubAccount.g.cs"]) })
        {
            Assert.NotEmpty(files);
            var texts = sources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
            Assert.Empty(ErrorsIn(files, Compile(texts, need.Version)));
            Assert.NotEmpty(ErrorsIn(files, Compile(texts, Before(need.Version))));
        }

        // The alias is generated only where another project's internal container is seen: here beside the policies' entries.
        var mark = new InternalPolicyCatalog("Library", "Contoso.Twilio", EquatableArray.Create("ShakenStir"), EquatableArray.Create("Consumer"), EquatableArray<string>.Empty);
        var alias = InternalPolicyCatalog.AliasSource([mark], "Consumer", "Contoso.Twilio", ["Cnam"])!;
        var withAlias = sources.Select(s => (s.HintName, s.SourceText.ToString())).Append((InternalPolicyCatalog.HintName, alias)).ToList();
        var aliasNeed = LanguageNeeds.PolicyCatalogAlias.Version;
        Assert.Empty(ErrorsIn([InternalPolicyCatalog.HintName], Compile(withAlias, aliasNeed)));
        Assert.NotEmpty(ErrorsIn([InternalPolicyCatalog.HintName], Compile(withAlias, Before(aliasNeed))));
    }

    /// <summary>
    /// Every project shape at every C# from 7.3 to 12, with and without a snapshot, nullable on and off: the output has no
    /// compiler error; what is left out (against C# 12) is named by exactly one TH0022, and nothing is left out without one.
    /// Before, a snapshot's TrustHubAccount.g.cs was generated at any version (CS8773 under C# 9, more below), and a
    /// project with policies but no OpenAPI document lost its policy code under C# 9 without a word.
    /// </summary>
    [Theory]
    [InlineData("package", false)]
    [InlineData("package", true)]
    [InlineData("own policy", false)]
    [InlineData("own policy", true)]
    [InlineData("own namespace", false)]
    [InlineData("own namespace", true)]
    [InlineData("policies only", false)]
    [InlineData("policies only", true)]
    public void Below_what_any_output_needs_is_one_TH0022_and_no_error_in_generated_code(string shape, bool snapshot)
    {
        var (inputs, global, references) = Shape(shape);
        if (snapshot) inputs = inputs.Add(SnapshotHarness.Snapshot(SnapshotFiles.Valid()));
        var consumer = "namespace Consumer { internal static class Empty { } }";
        var driver = SnapshotHarness.CreateDriver(inputs, global);
        var latest = Generated(driver, consumer, references, LanguageVersion.CSharp12, NullableContextOptions.Enable, out _, out _);
        if (snapshot) Assert.Contains("TrustHubAccount.g.cs", latest);

        foreach (var version in Versions)
        {
            foreach (var nullable in version < LanguageVersion.CSharp8 ? [NullableContextOptions.Disable] : new[] { NullableContextOptions.Disable, NullableContextOptions.Enable })
            {
                var hints = Generated(driver, consumer, references, version, nullable, out var diagnostics, out var output);
                var context = $"{shape}, snapshot {snapshot}, C# {version.ToDisplayString()}, nullable {nullable}";
                var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(errors.Count == 0, context + ":\n" + GeneratorHarness.Format(errors.Take(5)));
                var th0022 = diagnostics.Where(d => d.Id == "TH0022").ToList();
                if (hints.SetEquals(latest)) Assert.True(th0022.Count == 0, context + ": TH0022 with nothing left out");
                else Assert.True(th0022.Count == 1, $"{context}: {th0022.Count} TH0022 for {string.Join(", ", latest.Except(hints))} left out");
            }
        }
    }

    /// <summary>The defect: a snapshot beside the package's precompiled SDK under C# 9 gave CS8773 in TrustHubAccount.g.cs; now one TH0022 names the handles.</summary>
    [Fact]
    public void A_snapshot_under_CSharp_9_beside_the_precompiled_SDK_is_one_TH0022_naming_the_handles()
    {
        var (inputs, global, references) = Shape("package");
        var driver = SnapshotHarness.CreateDriver(inputs.Add(SnapshotHarness.Snapshot(SnapshotFiles.Valid())), global);

        var hints = Generated(driver, "namespace Consumer { internal static class Empty { } }", references, LanguageVersion.CSharp9, NullableContextOptions.Enable, out var diagnostics, out var output);

        Assert.Empty(hints);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var message = Assert.Single(diagnostics, d => d.Id == "TH0022").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("compiles C# 9.0 (LangVersion), but the TrustHubGen code it generates (the account snapshot's TrustHubAccount handles) needs C# 10.0 or later (file-scoped namespaces)", message, StringComparison.Ordinal);
    }

    /// <summary>Several outputs left out are one TH0022 with the highest version and every output named.</summary>
    [Fact]
    public void Several_outputs_left_out_are_named_in_one_TH0022()
    {
        var (inputs, global, references) = Shape("own namespace");
        var driver = SnapshotHarness.CreateDriver(inputs.Add(SnapshotHarness.Snapshot(SnapshotFiles.Valid())), global);

        Generated(driver, "namespace Consumer { internal static class Empty { } }", references, LanguageVersion.CSharp9, NullableContextOptions.Disable, out var diagnostics, out _);

        var message = Assert.Single(diagnostics, d => d.Id == "TH0022").GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("(the spec-derived SDK, the policy catalog and pipelines and the account snapshot's TrustHubAccount handles) needs C# 11.0 or later (required members, UTF-8 string literals, file-scoped namespaces)", message, StringComparison.Ordinal);
    }

    /// <summary>The inputs, MSBuild properties and references of a project shape, as the package's targets give them.</summary>
    private static (ImmutableArray<TestInput> Inputs, Dictionary<string, string> Global, MetadataReference[] References) Shape(string shape) => shape switch
    {
        // The package's defaults: every precompiled part stands in.
        "package" => (TestInput.Official(), Global(null), [PrecompiledSdkTests.Precompiled.Value, PrecompiledSdkTests.PrecompiledPolicies.Value, PrecompiledSdkTests.PrecompiledCatalog.Value]),
        // A policy file of its own: the targets drop the container.
        "own policy" => (TestInput.Official().Add(PrecompiledSdkTests.OwnPolicy()), Global(null), [PrecompiledSdkTests.Precompiled.Value, PrecompiledSdkTests.PrecompiledPolicies.Value]),
        // Another namespace: the targets drop every part, and the whole SDK is generated.
        "own namespace" => (TestInput.Official(), Global("Contoso.Twilio"), []),
        // TrustHubGenUseDefaultSpecs=false: policies (and handles) without the SDK's types.
        "policies only" => (TestInput.Official().RemoveAll(i => i.Kind == "OpenApi"), Global(null), []),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    private static LanguageVersion Before(LanguageVersion version) => Versions[Array.IndexOf(Versions, version) - 1];

    private static Dictionary<string, string> Global(string? ns)
    {
        var global = SnapshotHarness.Settings();
        if (ns is not null) global["build_property.TrustHubGenNamespace"] = ns;
        return global;
    }

    private static HashSet<string> Generated(GeneratorDriver driver, string consumer, MetadataReference[] references, LanguageVersion version, NullableContextOptions nullable,
        out ImmutableArray<Diagnostic> diagnostics, out Compilation output)
    {
        var parse = new CSharpParseOptions(version, DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText(consumer, parse)], GeneratorHarness.References.AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable));
        var result = driver.WithUpdatedParseOptions(parse).RunGeneratorsAndUpdateCompilation(compilation, out output, out diagnostics).GetRunResult();
        return result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToHashSet();
    }

    private static string[] PolicyFamily(ImmutableArray<GeneratedSourceResult> sources) =>
        sources.Select(s => s.HintName).Where(h => h.StartsWith("PolicyCatalog", StringComparison.Ordinal) || h.StartsWith("PolicyAttributeValues", StringComparison.Ordinal) || h.EndsWith("Onboarding.g.cs", StringComparison.Ordinal)).ToArray();

    private static string[] SpecFamily(ImmutableArray<GeneratedSourceResult> sources) =>
        sources.Select(s => s.HintName).Except(PolicyFamily(sources)).Where(h => h != "TrustHubAccount.g.cs").ToArray();

    private static Compilation Compile(IEnumerable<(string HintName, string Text)> sources, LanguageVersion version)
    {
        var parse = new CSharpParseOptions(version);
        return CSharpCompilation.Create("Consumer", sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, path: s.HintName)), GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
    }

    private static List<Diagnostic> ErrorsIn(IEnumerable<string> files, Compilation compilation)
    {
        var set = files.ToHashSet();
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && set.Contains(d.Location.SourceTree?.FilePath ?? "")).ToList();
    }
}
