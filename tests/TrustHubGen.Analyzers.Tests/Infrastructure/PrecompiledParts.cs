using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TrustHubGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// The package's precompiled SDK as a project with a policy file of its own sees it: the spec-derived part and the
/// packaged policies' code (entries, value types, pipelines) in metadata, as TrustHubGen.Sdk.dll and
/// TrustHubGen.Sdk.DefaultPolicies.dll, each built by our generator; in source, what the generator emits in that
/// project: the PolicyCatalog container and the own policy's code (<see cref="OwnPolicy"/>, a copy of CNAM named Branded).
/// </summary>
internal static class PrecompiledParts
{
    /// <summary>The project's own policy file: the shipped CNAM policy under another name and SID.</summary>
    public static TestAdditionalFile OwnPolicy { get; } = MakeOwnPolicy();

    /// <summary>The own policy's SID.</summary>
    public const string OwnPolicySid = "RN0123456789abcdef0123456789abcdef";

    private static readonly Lazy<Output> Built = new(Build);

    /// <summary>TrustHubGen.Sdk.dll and TrustHubGen.Sdk.DefaultPolicies.dll.</summary>
    public static IReadOnlyList<MetadataReference> References => Built.Value.References;

    /// <summary>The files the generator emits in the project (hint name, text).</summary>
    public static IReadOnlyList<(string HintName, string Text)> Generated => Built.Value.Generated;

    private sealed record Output(IReadOnlyList<MetadataReference> References, IReadOnlyList<(string, string)> Generated);

    private static Output Build()
    {
        var spec = Compile("TrustHubGen.Sdk", "Spec", []);
        var policies = Compile("TrustHubGen.Sdk.DefaultPolicies", "Policies", [spec]);
        var project = CSharpCompilation.Create("Consumer", [], TestReferences.All.Add(spec).Add(policies), TestReferences.CompilationOptions);
        var (result, output, diagnostics) = GeneratorRun.Run(project, TestConfigOptionsProvider.Create(GeneratorRun.OfficialInputs().Append(OwnPolicy)));
        var problems = diagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (problems.Count > 0) throw new InvalidOperationException("The own policy's project does not compile:\n" + string.Join("\n", problems.Take(20)));
        return new Output([spec, policies], result.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList());
    }

    private static MetadataReference Compile(string assemblyName, string part, MetadataReference[] references)
    {
        var compilation = CSharpCompilation.Create(assemblyName, [], TestReferences.All.AddRange(references), TestReferences.CompilationOptions);
        var options = TestConfigOptionsProvider.Create(GeneratorRun.OfficialInputs(), new Dictionary<string, string> { ["build_property.TrustHubGenBuildsPrecompiledSdk"] = part });
        var (_, output, diagnostics) = GeneratorRun.Run(compilation, options);
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        if (!emit.Success) throw new InvalidOperationException($"{assemblyName} does not emit:\n" + string.Join("\n", diagnostics.Concat(emit.Diagnostics).Take(20)));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    private static TestAdditionalFile MakeOwnPolicy()
    {
        var path = GeneratorRun.PolicyFiles().Single(p => Path.GetFileName(p) == "cnam.json");
        var policy = JsonNode.Parse(File.ReadAllText(path))!;
        policy["sid"] = OwnPolicySid;
        policy["name"] = "Branded";
        policy["friendlyName"] = "Branded trust product";
        return TestAdditionalFile.Policy("/project/policies/branded.json", policy.ToJsonString());
    }
}
