using Microsoft.CodeAnalysis;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests.Snapshots;

/// <summary>
/// A library with a snapshot and a project that references it with a snapshot of its own (an application, its tests):
/// the library's public TrustHubAccount and the project's own in one namespace made every use of either CS0436, an error
/// with warnings as errors, first in the project's generated TrustHubAccount.g.cs. Now the project gets one TH0023 naming
/// the library and uses the library's handles; with the library's handles internal or in another namespace, nothing collides.
/// </summary>
public sealed class SnapshotAcrossProjectsTests
{
    [Theory]
    [InlineData(null, null, true)]
    [InlineData("internal", null, false)]
    [InlineData(null, "Acme.Account", false)]
    public void A_snapshot_beside_a_references_public_handles_is_one_TH0023_not_CS0436(string? libraryAccessibility, string? libraryNamespace, bool collides)
    {
        var libraryOptions = SnapshotHarness.Settings();
        if (libraryAccessibility is not null) libraryOptions["build_property.TrustHubGenAccessibility"] = libraryAccessibility;
        if (libraryNamespace is not null) libraryOptions["build_property.TrustHubGenNamespace"] = libraryNamespace;
        var (_, libraryResult, library) = SnapshotHarness.Run([SnapshotHarness.Snapshot(SnapshotFiles.Valid(), "/lib/trusthub.snapshot.json")], libraryOptions);
        Assert.NotNull(SnapshotHarness.Handles(libraryResult));
        using var image = new MemoryStream();
        var emitted = library.WithAssemblyName("Library").Emit(image);
        Assert.True(emitted.Success, GeneratorHarness.Format(emitted.Diagnostics));

        const string uses = "namespace Consumer { internal static class Uses { public static string Main => TrustHubGen.Sdk.TrustHubAccount.Numbers.MainLine.PhoneNumber; } }";
        var compilation = GeneratorHarness.Compilation(uses).AddReferences(MetadataReference.CreateFromImage(image.ToArray()));
        var driver = SnapshotHarness.CreateDriver([SnapshotHarness.Snapshot(SnapshotFiles.Valid(), "/app/trusthub.snapshot.json")]);
        var result = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _).GetRunResult();

        var th0023 = result.Diagnostics.Where(d => d.Id == "TH0023").ToList();
        if (collides)
        {
            var message = Assert.Single(th0023).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains("The reference Library has public TrustHubAccount handles, from its own account snapshot, in TrustHubGen.Sdk", message, StringComparison.Ordinal);
            Assert.Contains("this project's snapshot trusthub.snapshot.json", message, StringComparison.Ordinal);
            Assert.Null(SnapshotHarness.Handles(result));
            // The only problem is TH0023 itself: the project's code binds to the library's handles.
            Assert.Equal(["TH0023"], GeneratorHarness.Problems(result, output).Select(d => d.Id));
        }
        else
        {
            Assert.Empty(th0023);
            Assert.NotNull(SnapshotHarness.Handles(result));
            var problems = GeneratorHarness.Problems(result, output);
            Assert.True(problems.Count == 0, GeneratorHarness.Format(problems));
        }
    }
}
