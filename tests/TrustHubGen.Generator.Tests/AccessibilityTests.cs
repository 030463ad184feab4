using Microsoft.CodeAnalysis;
using TrustHubGen.Generator.Tests.Infrastructure;
using TrustHubGen.Generator.Tests.Snapshots;

namespace TrustHubGen.Generator.Tests;

/// <summary>
/// <c>TrustHubGenAccessibility</c>: every generated top-level type (SDK, catalog, pipelines, account handles) takes the
/// chosen modifier, the output still compiles cleanly, and a wrong value is a clear TH0017 that leaves the SDK public.
/// </summary>
public sealed class AccessibilityTests
{
    [Theory]
    [InlineData(null, Accessibility.Public)]
    [InlineData("public", Accessibility.Public)]
    [InlineData("internal", Accessibility.Internal)]
    [InlineData(" Internal ", Accessibility.Internal)]
    public void EveryGeneratedTopLevelTypeTakesTheOption(string? value, Accessibility expected)
    {
        var (result, output) = Run(value);

        Assert.Empty(result.Diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.True(!problems.Any(), GeneratorHarness.Format(problems));
        var types = TopLevelTypes(result, output);
        Assert.Contains(types, t => t.Name == "TrustHubClient");
        Assert.Contains(types, t => t.Name == "PolicyCatalog");
        Assert.Contains(types, t => t.Name == "CnamOnboarding");
        Assert.Contains(types, t => t.Name == "TrustHubAccount");
        Assert.All(types, t => Assert.True(t.DeclaredAccessibility == expected, $"{t.ToDisplayString()} is {t.DeclaredAccessibility}, expected {expected}"));
    }

    [Fact]
    public void InternalTypesAreInvisibleToAnotherAssembly()
    {
        var (_, output) = Run("internal");
        using var image = new MemoryStream();
        var emitted = output.WithAssemblyName("Library").Emit(image);
        Assert.True(emitted.Success, GeneratorHarness.Format(emitted.Diagnostics));
        var library = MetadataReference.CreateFromImage(image.ToArray());
        var consumer = GeneratorHarness.Compilation("""
            internal static class UsesTheSdk
            {
                public static object Client(TrustHubGen.Runtime.ITwilioTransport t) => new TrustHubGen.Sdk.TrustHubClient(t);
            }
            """).AddReferences(library);

        var error = Assert.Single(consumer.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CS0122", error.Id); // "TrustHubClient is inaccessible due to its protection level"
    }

    [Theory]
    [InlineData("private")]
    [InlineData("protected internal")]
    [InlineData("file")]
    public void AnInvalidValueIsTH0017AndTheTypesStayPublic(string value)
    {
        var (result, output) = Run(value);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("TH0017", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            $"TrustHubGenAccessibility '{value}' is not 'public' or 'internal'; the generated types are 'public'.",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("docs/rules/inputs.md#th0017", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.All(TopLevelTypes(result, output), t => Assert.Equal(Accessibility.Public, t.DeclaredAccessibility));
    }

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(string? accessibility)
    {
        var global = SnapshotHarness.Settings();
        if (accessibility is not null) global["build_property.TrustHubGenAccessibility"] = accessibility;
        var inputs = TestInput.Official().Add(SnapshotHarness.Snapshot(SnapshotFiles.Valid()));
        var (_, result, output) = SnapshotHarness.Run(inputs, global);
        return (result, output);
    }

    private static List<INamedTypeSymbol> TopLevelTypes(GeneratorDriverRunResult result, Compilation output)
    {
        var types = new List<INamedTypeSymbol>();
        foreach (var tree in result.GeneratedTrees)
        {
            var model = output.GetSemanticModel(output.SyntaxTrees.Single(t => t.FilePath == tree.FilePath));
            foreach (var declaration in model.SyntaxTree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration) is INamedTypeSymbol { ContainingType: null } type) types.Add(type);
            }
        }
        return types;
    }
}
