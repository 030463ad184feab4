using System.Text;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests.Snapshots;

public sealed class SnapshotRobustnessAndExampleTests
{
    private static readonly string Example = File.ReadAllText(Path.Combine(RepoPaths.Root, "specs", "snapshot", "example.snapshot.json"));

    [Fact]
    public void The_code_in_docs_snapshot_md_compiles_against_the_example_snapshot()
    {
        const string code = """
            using TrustHubGen.Sdk;
            namespace Consumer;
            internal static class FromTheDocs
            {
                internal static void Use()
                {
                    CustomerProfileSid profile = TrustHubAccount.Profiles.OwlIndustriesPrimaryBusinessProfile.Sid;
                    PhoneNumberSid number = TrustHubAccount.Profiles.OwlIndustriesPrimaryBusinessProfile.Numbers.MainLine;
                    string e164 = TrustHubAccount.Numbers.MainLine.PhoneNumber;
                    TrustProductSid cnam = TrustHubAccount.TrustProducts.OwlIndustriesCNAM.Sid;
                    string canadian = TrustHubAccount.Numbers.Number16045550100.Country;
                    _ = (profile, number, e164, cnam, canadian);
                }
            }
            """;

        var (_, result, output) = SnapshotHarness.Run([.. TestInput.Official(policies: false), SnapshotHarness.Snapshot(Example)], sources: code);

        Assert.Empty(GeneratorHarness.Problems(result, output));
        Assert.Contains("Number16045550100", SnapshotHarness.Handles(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Mutated_snapshots_never_fail_the_generator_and_what_generates_compiles()
    {
        const string alphabet = "{}[]\",:\\ \n0123456789-+.abcdefABPNRUITCZ\u00e9\u2028";
        var random = new Random(20261121);
        var generated = 0;
        for (int round = 0; round < 150; round++)
        {
            var text = new StringBuilder(SnapshotFiles.Valid());
            for (int e = random.Next(1, 4); e > 0 && text.Length > 0; e--)
            {
                int at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0: text.Remove(at, Math.Min(random.Next(1, 8), text.Length - at)); break;
                    case 1: text.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: text[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }

            var (_, result, output) = SnapshotHarness.Run([SnapshotHarness.Snapshot(text.ToString())]);

            Assert.Null(result.Results.Single().Exception);
            var problems = GeneratorHarness.Problems(result, output);
            Assert.All(problems, p => Assert.StartsWith("TH02", p.Id, StringComparison.Ordinal));
            if (SnapshotHarness.Handles(result) is not null)
            {
                generated++;
                Assert.DoesNotContain(problems, p => p.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
            }
        }

        // Some mutations land in friendly names or statuses and still generate; they must compile too.
        Assert.InRange(generated, 1, 149);
    }
}
