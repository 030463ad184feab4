using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TrustHubGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// A library a test's project references as a package would come: compiled here, referenced by its metadata only, so
/// the analyzers see its methods as a user's project sees a company library's.
/// </summary>
internal static class ReferencedLibrary
{
    public static MetadataReference Compile(string assemblyName, string source, params MetadataReference[] references)
    {
        var compilation = CSharpCompilation.Create(assemblyName, [CSharpSyntaxTree.ParseText(source, TestReferences.ParseOptions)],
            TestReferences.All.AddRange(references), TestReferences.CompilationOptions);
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        if (!emit.Success) throw new InvalidOperationException($"{assemblyName} does not compile:\n" + string.Join("\n", emit.Diagnostics.Take(20)));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
