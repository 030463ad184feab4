using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace TrustHubGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// One analyzer or code-fix test on the Roslyn test framework, with every analyzer and code fix the package ships, the
/// real Twilio package and TrustHubGen.Runtime referenced. Markup such as <c>{|TH1003:"phone_number"|}</c> or
/// <c>{|#0:…|}</c> with <see cref="Diagnostic"/> sets what must be reported; anything else reported fails the test, and
/// so does a compiler error in the test source. With <c>FixedCode</c> the framework applies the fix, then Fix All in the
/// document, the project and the solution, and requires each to leave the fixed code without the fixed diagnostic.
/// </summary>
internal sealed class TrustHubTest : CSharpCodeFixTest<EmptyDiagnosticAnalyzer, EmptyCodeFixProvider, DefaultVerifier>
{
    private readonly StringBuilder _metadata = new("is_global = true\n");
    private bool _hasMetadata;

    public TrustHubTest()
    {
        // No reference-assembly package: the framework would download it. The same assemblies come from Basic.Reference.Assemblies.
        ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        // Several analyzers share a descriptor (TH1003 on both surfaces): it is one rule, the same object.
        MarkupOptions = MarkupOptions.UseFirstDescriptor;
        TestState.AdditionalReferences.AddRange(TestReferences.All);
        SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var compilationOptions = ((CSharpCompilationOptions)project.CompilationOptions!).WithNullableContextOptions(NullableContextOptions.Enable);
            return solution.WithProjectCompilationOptions(projectId, compilationOptions)
                .WithProjectParseOptions(projectId, TestReferences.ParseOptions);
        });
    }

    /// <summary>
    /// An expected diagnostic of a rule, with the rule's default severity; add a location and the message. The fix's
    /// additional locations (TH1004's template and number) are the code fix's business, not the expectation's.
    /// </summary>
    public static DiagnosticResult Diagnostic(string id) =>
        new DiagnosticResult(id, Shipped.Descriptor(id).DefaultSeverity).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    /// <summary>References the SDK our generator emits from the package's defaults, compiled once (<see cref="GeneratedSdk"/>).</summary>
    public TrustHubTest WithGeneratedSdk()
    {
        TestState.AdditionalReferences.Add(GeneratedSdk.Reference);
        return this;
    }

    /// <summary>The SDK generated into the project itself (no precompiled SDK), as the generator emits it there.</summary>
    public TrustHubTest WithGeneratedSdkInSource()
    {
        foreach (var (hintName, text) in GeneratedSdk.Sources) TestState.Sources.Add(("/generated/" + hintName, text));
        return this;
    }

    /// <summary>
    /// The SDK as a project with a policy file of its own gets it from the package: the spec part and the packaged
    /// policies' code precompiled, the container and the own policy's code generated in the project (<see cref="PrecompiledParts"/>).
    /// </summary>
    public TrustHubTest WithPrecompiledSdkAndOwnPolicy()
    {
        TestState.AdditionalReferences.AddRange(PrecompiledParts.References);
        foreach (var (hintName, text) in PrecompiledParts.Generated) TestState.Sources.Add(("/generated/" + hintName, text));
        return With(PrecompiledParts.OwnPolicy);
    }

    /// <summary>Adds an additional file with <c>TrustHubGenKind</c> metadata, as the package's MSBuild wiring passes it.</summary>
    public TrustHubTest WithAdditionalFile(string path, string text, string? kind, params (string Key, string Value)[] metadata)
    {
        TestState.AdditionalFiles.Add((path, text));
        if (kind is null && metadata.Length == 0) return this;
        _metadata.Append('[').Append(path).Append("]\n");
        if (kind is not null) _metadata.Append("build_metadata.AdditionalFiles.TrustHubGenKind = ").Append(kind).Append('\n');
        foreach (var (key, value) in metadata) _metadata.Append("build_metadata.AdditionalFiles.").Append(key).Append(" = ").Append(value).Append('\n');
        if (!_hasMetadata)
        {
            _hasMetadata = true;
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", SourceTextFrom(_metadata)));
        }
        else
        {
            TestState.AnalyzerConfigFiles[0] = ("/.globalconfig", SourceTextFrom(_metadata));
        }
        return this;
    }

    public TrustHubTest With(TestAdditionalFile file)
    {
        var kind = file.Metadata.TryGetValue("TrustHubGenKind", out var k) ? k : null;
        return WithAdditionalFile(file.Path, file.Text, kind, file.Metadata.Where(m => m.Key != "TrustHubGenKind").Select(m => (m.Key, m.Value)).ToArray());
    }

    public TrustHubTest WithPolicy(string path, string json) => WithAdditionalFile(path, json, "Policy");

    public TrustHubTest WithSnapshot(string path, string json) => WithAdditionalFile(path, json, "Snapshot");

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Shipped.Analyzers;

    protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => Shipped.CodeFixes;

    private static Microsoft.CodeAnalysis.Text.SourceText SourceTextFrom(StringBuilder text) =>
        Microsoft.CodeAnalysis.Text.SourceText.From(text.ToString(), Encoding.UTF8);

    /// <summary>Runs the analyzers over one source: exactly the markup's diagnostics (and <paramref name="expected"/>) must be reported.</summary>
    public static Task VerifyAsync(string markup, params DiagnosticResult[] expected)
    {
        var test = new TrustHubTest { TestCode = markup };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Runs the analyzers over several sources (File0.cs, File1.cs, …) and additional files.</summary>
    public static Task VerifySourcesAsync(string[] markups, params TestAdditionalFile[] files) => VerifySourcesAsync(markups, files, []);

    /// <summary>Runs the analyzers over several sources and additional files; the markup's and <paramref name="expected"/>'s diagnostics must be reported.</summary>
    public static Task VerifySourcesAsync(string[] markups, TestAdditionalFile[] files, params DiagnosticResult[] expected)
    {
        var test = new TrustHubTest();
        foreach (var markup in markups) test.TestState.Sources.Add(markup);
        foreach (var file in files) test.With(file);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Applies the fix (action <paramref name="actionIndex"/>) and Fix All in every scope: each must give <paramref name="fixedCode"/>.</summary>
    public static Task VerifyFixAsync(string markup, string fixedCode, int actionIndex = 0) =>
        new TrustHubTest { TestCode = markup, FixedCode = fixedCode, CodeActionIndex = actionIndex }.KeepingMarkedFindings().RunAsync();

    /// <summary>A finding the fix cannot rewrite (a value from a local) stays after the fix: the fixed code's markup says where.</summary>
    public TrustHubTest KeepingMarkedFindings()
    {
        FixedState.MarkupHandling = MarkupMode.Allow;
        return this;
    }
}
