using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Generator.Tests.Infrastructure;
using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Generator.Tests.Snapshots;

/// <summary>
/// The generator reads the snapshot through <see cref="SharedSnapshotReader"/> with the text object the compiler hands
/// it, so the analyzers, handed the same object, get that read instead of a second one (a 100,000-number file is tens of
/// MB of model and a second of CPU per read).
/// </summary>
public sealed class SnapshotSharedReadTests
{
    [Fact]
    public void After_a_generator_run_the_shared_reader_knows_that_text_object_and_reads_nothing()
    {
        var input = SnapshotHarness.Snapshot(SnapshotFiles.Valid().Replace("Main line", "Shared read", StringComparison.Ordinal));
        var file = new InMemoryAdditionalText(input.Path, input.Text);
        var driver = CSharpGeneratorDriver.Create(
            [new TrustHubGenerator().AsSourceGenerator()],
            [file],
            GeneratorHarness.ParseOptions,
            new TestOptionsProvider(SnapshotHarness.Settings(), new Dictionary<string, IReadOnlyDictionary<string, string>> { [input.Path] = input.Metadata() }));
        driver.RunGenerators(GeneratorHarness.Compilation("namespace Consumer { internal static class Empty { } }"));
        var text = file.GetText();
        int checksums = 0;

        var shared = SharedSnapshotReader.Read(input.Path, text, text.Length, text.CopyTo, () =>
        {
            checksums++;
            return text.GetChecksum();
        });

        Assert.Equal(0, checksums);
        Assert.Equal(AccountSnapshotReader.Read(input.Path, input.Text), shared);
        Assert.Equal("Shared read", shared.Snapshot!.Numbers.Single(n => n.Sid == SnapshotFiles.MainLine).FriendlyName);
    }
}
