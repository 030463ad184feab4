using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Generator;

namespace TrustHubGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// The SDK our generator emits from the package's default inputs (Twilio's official Trust Hub spec, the API 2010
/// selection, the shipped policies), compiled once per test run into an assembly the test sources reference: the
/// parity tests call the real generated types, never copies of their shapes.
/// </summary>
internal static class GeneratedSdk
{
    private static readonly Lazy<Output> Generated = new(Generate);

    /// <summary>The compiled SDK, referenced like a library author's package.</summary>
    public static MetadataReference Reference => Generated.Value.Reference;

    /// <summary>The compiled SDK's bytes, for tests that look at its API by reflection.</summary>
    public static byte[] Image => Generated.Value.Image;

    /// <summary>The files the generator emitted (hint name, text), for a project that has the SDK in its own source.</summary>
    public static IReadOnlyList<(string HintName, string Text)> Sources => Generated.Value.Sources;

    private sealed record Output(MetadataReference Reference, byte[] Image, IReadOnlyList<(string HintName, string Text)> Sources);

    private static Output Generate()
    {
        var compilation = CSharpCompilation.Create("TrustHubGen.GeneratedSdk", [], TestReferences.All, TestReferences.CompilationOptions);
        var options = TestConfigOptionsProvider.Create(GeneratorRun.OfficialInputs());
        var (result, output, diagnostics) = GeneratorRun.Run(compilation, options);
        var problems = diagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (problems.Count > 0) throw new InvalidOperationException("The generated SDK does not compile:\n" + string.Join("\n", problems.Take(20)));
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        if (!emit.Success) throw new InvalidOperationException("The generated SDK does not emit:\n" + string.Join("\n", emit.Diagnostics.Take(20)));
        var image = stream.ToArray();
        var sources = result.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
        return new Output(MetadataReference.CreateFromImage(image), image, sources);
    }
}
