using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TrustHubGen.Analyzers.Tests.Infrastructure;

/// <summary>References every test compilation gets: .NET 8 reference assemblies, the Twilio stand-in and TrustHubGen.Runtime.</summary>
internal static class TestReferences
{
    private static readonly Lazy<MetadataReference> TwilioStandIn = new(CompileTwilioStandIn);

    public static ImmutableArray<MetadataReference> All { get; } = Basic.Reference.Assemblies.Net80.References.All
        .Cast<MetadataReference>()
        .Append(TwilioStandIn.Value)
        .Append(MetadataReference.CreateFromFile(typeof(TrustHubGen.Runtime.TwilioSid).Assembly.Location))
        // Generated PolicyCatalog and attribute value types hold the rules library's records (PolicyDefinition, AttributeRule).
        .Append(MetadataReference.CreateFromFile(typeof(TrustHubGen.Policies.PolicyDefinition).Assembly.Location))
        .ToImmutableArray();

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    public static CSharpCompilationOptions CompilationOptions { get; } =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    /// <summary>Compiles the stand-in sources (embedded resources) once per test run into an assembly named "Twilio".</summary>
    private static MetadataReference CompileTwilioStandIn()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var trees = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("TwilioStandIn/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return CSharpSyntaxTree.ParseText(reader.ReadToEnd(), ParseOptions, path: name);
            })
            .ToList();
        if (trees.Count == 0) throw new InvalidOperationException("The Twilio stand-in sources are not embedded in the test assembly.");
        var compilation = CSharpCompilation.Create("Twilio", trees, Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            var errors = string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            throw new InvalidOperationException("The Twilio stand-in does not compile:" + Environment.NewLine + errors);
        }
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
