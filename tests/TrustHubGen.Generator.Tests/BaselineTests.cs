using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.CodeAnalysis;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests;

/// <summary>
/// The generated files are compared with Baselines/{Test}/{HintName}.txt: first the set of hint names, then each file.
/// TRUSTHUBGEN_UPDATE_BASELINES=1 rewrites them (and deletes stale ones) for a reviewer to read as a diff.
/// </summary>
public sealed class BaselineTests
{
    [Fact]
    public void TrustHubWholeDocument() => Verify(nameof(TrustHubWholeDocument), [TestInput.OpenApi(RepoPaths.TrustHubSpec)]);

    [Fact]
    public void Api2010Selection() => Verify(nameof(Api2010Selection),
        [TestInput.OpenApi(RepoPaths.Api2010Spec, "ListIncomingPhoneNumber;FetchIncomingPhoneNumber;ListAccount;FetchAccount", "PN=PhoneNumberSid")]);

    [Fact]
    public void ShippedPolicies() => Verify(nameof(ShippedPolicies), [.. RepoPaths.PolicyFiles.Select(TestInput.Policy)]);

    private static void Verify(string test, IReadOnlyList<TestInput> inputs)
    {
        var (_, result, output) = GeneratorHarness.Run(inputs);
        Assert.Empty(GeneratorHarness.Problems(result, output));
        var generated = result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName + ".txt", s => s.SourceText.ToString());
        var directory = Path.Combine(RepoPaths.BaselineDir, test);

        if (Environment.GetEnvironmentVariable("TRUSTHUBGEN_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(directory);
            foreach (var stale in Directory.GetFiles(directory).Where(f => !generated.ContainsKey(Path.GetFileName(f)))) File.Delete(stale);
            foreach (var (name, text) in generated) File.WriteAllText(Path.Combine(directory, name), text);
            return;
        }

        var expectedNames = Directory.Exists(directory)
            ? Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()
            : [];
        Assert.True(expectedNames.SequenceEqual(generated.Keys.Order(StringComparer.Ordinal)),
            $"Generated files differ from {directory}.\nExpected: {string.Join(", ", expectedNames)}\nActual:   {string.Join(", ", generated.Keys.Order(StringComparer.Ordinal))}\nRun with TRUSTHUBGEN_UPDATE_BASELINES=1 to accept.");
        foreach (var (name, text) in generated.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var expected = File.ReadAllText(Path.Combine(directory, name!)).ReplaceLineEndings("\n");
            if (expected != text) Assert.Fail($"{test}/{name} differs from its baseline (- expected, + actual):\n{Diff(expected, text)}\nRun with TRUSTHUBGEN_UPDATE_BASELINES=1 to accept.");
        }
    }

    private static string Diff(string expected, string actual)
    {
        var diff = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, actual);
        var lines = diff.Lines.Select((line, index) => (line, index)).Where(l => l.line.Type != ChangeType.Unchanged).Take(60);
        return string.Join("\n", lines.Select(l => (l.line.Type == ChangeType.Inserted ? "+ " : "- ") + $"{l.line.Position,5}: " + l.line.Text));
    }
}
