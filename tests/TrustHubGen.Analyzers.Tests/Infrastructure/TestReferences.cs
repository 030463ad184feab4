using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TrustHubGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// References every test compilation gets: the .NET 8 reference assemblies (Basic.Reference.Assemblies: the test
/// framework's own download needs the internet), the real <c>Twilio</c> 8.2.0 package with the assemblies it references,
/// and TrustHubGen.Runtime, as a user's project has them.
/// </summary>
internal static class TestReferences
{
    public static ImmutableArray<MetadataReference> Framework { get; } =
        Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().ToImmutableArray();

    /// <summary>Twilio.dll as restored from the package, and the package's own dependencies beside it in the test output.</summary>
    public static ImmutableArray<MetadataReference> Twilio { get; } = WithDependencies(typeof(global::Twilio.TwilioClient).Assembly);

    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(TrustHubGen.Runtime.TwilioSid).Assembly.Location);

    /// <summary>The rules library: generated PolicyCatalog and attribute value types hold its records (PolicyDefinition, AttributeRule).</summary>
    public static MetadataReference Policies { get; } = MetadataReference.CreateFromFile(typeof(TrustHubGen.Policies.PolicyDefinition).Assembly.Location);

    /// <summary>Everything a test compilation references, before the generated SDK (<see cref="GeneratedSdk"/>).</summary>
    public static ImmutableArray<MetadataReference> All { get; } = Framework.AddRange(Twilio).Add(Runtime).Add(Policies);

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    public static CSharpCompilationOptions CompilationOptions { get; } =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    private static ImmutableArray<MetadataReference> WithDependencies(Assembly assembly)
    {
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        references.Add(MetadataReference.CreateFromFile(assembly.Location));
        foreach (var name in assembly.GetReferencedAssemblies())
        {
            var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            if (File.Exists(path)) references.Add(MetadataReference.CreateFromFile(path));
        }
        return references.ToImmutable();
    }
}
