using TrustHubGen.Testing;
using TrustHubGen.Emulator.Tests.Infrastructure;
using TrustHubGen.Emulator.CommandLine;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Tests;

/// <summary>docs/emulator.md lists every error code the emulator can answer and the demo seed's real SIDs.</summary>
public sealed class DocumentationTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "emulator.md"));

    [Fact]
    public void Every_error_code_is_documented_and_ours_stay_in_their_range()
    {
        foreach (var code in ErrorCodes.Descriptions.Keys)
        {
            Assert.Contains($"| {code} |", Docs, StringComparison.Ordinal);
            Assert.True(code < 100_000 || code is >= 990_001 and <= 990_099, $"code {code} is outside Twilio's and our ranges");
        }
    }

    [Fact]
    public void The_options_table_lists_exactly_the_commands_options()
    {
        var command = new System.CommandLine.Command("emulator");
        EmulatorCommandLine.AddTo(command, TextWriter.Null, TextWriter.Null, Path.GetTempPath());
        var section = Docs[Docs.IndexOf("## Options", StringComparison.Ordinal)..Docs.IndexOf("## In your own tests", StringComparison.Ordinal)];
        var documented = section.Split('\n').Where(l => l.StartsWith("| `--", StringComparison.Ordinal)).Select(l => l[3..].Split(' ', '`')[0]).ToArray();

        Assert.Equal(command.Options.Select(o => o.Name).Order(), documented.Order());
    }

    [Fact]
    public void The_docs_link_nothing_outside_the_repository()
    {
        Assert.DoesNotContain("../shared", Docs, StringComparison.Ordinal);
        Assert.DoesNotContain("/work/", Docs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_seed_sids_in_the_docs_are_the_ones_seeded()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var seed = emulator.Seed;
        var sids = new[] { seed.AccountSid, seed.AuthToken, seed.PrimaryBusinessProfileSid!, seed.SubaccountSid!, seed.SubaccountAuthToken!, seed.TollFreeNumber!.Sid, seed.CanadianNumber!.Sid }
            .Concat(seed.NumbersOnProfile.Concat(seed.NumbersNotOnProfile).Concat(seed.SubaccountNumbers).Select(n => n.Sid));
        foreach (var sid in sids)
        {
            Assert.Contains(sid, Docs, StringComparison.Ordinal);
        }
    }
}
