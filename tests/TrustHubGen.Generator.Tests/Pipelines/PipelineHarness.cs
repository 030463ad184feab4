using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests.Pipelines;

/// <summary>Compiles user programs against the generated SDK and pipelines, the way a user's build does.</summary>
internal static class PipelineHarness
{
    private static readonly Lazy<IReadOnlyList<SyntaxTree>> Generated = new(() => GeneratorHarness.Run(TestInput.Official()).Result.GeneratedTrees);

    // The pipelines' RunAsync takes an ILogger, so a program that runs them needs the logging abstractions, as a user's build has.
    private static readonly MetadataReference Logging = MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location);

    /// <summary>Errors and warnings of <paramref name="program"/> compiled with the official inputs' generated code.</summary>
    public static List<Diagnostic> Diagnose(string program) =>
        Compile(program).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>Compiles and loads <paramref name="program"/>; fails the test on any error.</summary>
    public static Assembly Load(string program)
    {
        using var stream = new MemoryStream();
        var emit = Compile(program).Emit(stream);
        Assert.True(emit.Success, GeneratorHarness.Format(emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        return new AssemblyLoadContext("Pipelines", isCollectible: true).LoadFromStream(stream);
    }

    private static CSharpCompilation Compile(string program) =>
        GeneratorHarness.Compilation(program)
            .AddSyntaxTrees(Generated.Value)
            .AddReferences(Logging);
}
