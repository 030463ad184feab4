using TrustHubGen.Policies;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Verdict.Tests;

/// <summary>Runs every case of <see cref="VerdictTable"/> through the three components once; the rows then compare.</summary>
public sealed class VerdictFixture : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("verdict-").FullName;

    public IReadOnlyDictionary<string, PolicyDefinition> Definitions { get; private set; } = null!;

    public Verdict[] CompilerNumbers { get; private set; } = [];

    public Verdict[] EngineNumbers { get; private set; } = [];

    public Verdict[] EmulatorNumbers { get; private set; } = [];

    public Verdict[] CompilerAttributes { get; private set; } = [];

    public Verdict[] EngineAttributes { get; private set; } = [];

    public Verdict[] EmulatorAttributes { get; private set; } = [];

    public (Verdict Compiler, Verdict Engine, Verdict Emulator, PolicyReadResult Read)[] PolicyVerdicts { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var (userPath, userRead) = Policies.WriteUserPolicy(_directory, Policies.ValidCountries);
        Assert.True(userRead.Diagnostics.IsEmpty, string.Join("\n", userRead.Diagnostics));
        Definitions = new Dictionary<string, PolicyDefinition>(StringComparer.Ordinal)
        {
            [VerdictTable.Cnam] = Policies.Shipped(VerdictTable.Cnam),
            [VerdictTable.ShakenStir] = Policies.Shipped(VerdictTable.ShakenStir),
            [VerdictTable.CanadaAndUk] = userRead.Policy!,
        };
        var sids = Definitions.ToDictionary(p => p.Key, p => p.Value.Sid, StringComparer.Ordinal);
        var engine = Definitions.ToDictionary(p => p.Key, p => OnboardingPolicy.From(p.Value), StringComparer.Ordinal);

        (CompilerNumbers, CompilerAttributes) = await CompilerVerdicts.JudgeAsync(sids, [(userPath, await File.ReadAllTextAsync(userPath))]);

        await using (var runtime = await RuntimeVerdicts.StartAsync(_directory, userPath))
        {
            EmulatorNumbers = await runtime.EmulatorNumbersAsync(sids);
            EngineNumbers = await runtime.EngineNumbersAsync(engine);
            EmulatorAttributes = await runtime.EmulatorAttributesAsync();
            EngineAttributes = await runtime.EngineAttributesAsync(engine[VerdictTable.Cnam]);

            var policies = new List<(Verdict, Verdict, Verdict, PolicyReadResult)>();
            for (var i = 0; i < VerdictTable.PolicyFiles.Count; i++)
            {
                var countries = VerdictTable.PolicyFiles[i].AllowedCountries;
                var (path, read) = Policies.WriteUserPolicy(_directory, countries, $"policy-{i}.json");
                var generator = CompilerVerdicts.GeneratorDiagnostics(path, await File.ReadAllTextAsync(path))
                    .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
                var compiler = generator.Count == 0 ? Verdict.Accepted : Verdict.Refused(string.Join(" | ", generator.Select(d => $"{d.Id}: {d.GetMessage()}")));

                // The engine takes a definition (OnboardingPolicy.From) or a hand-built policy; a hand-built rule with the
                // same countries must get the reader's answer, not a silent mismatch.
                var handBuilt = engine[VerdictTable.CanadaAndUk] with
                {
                    ChannelEndpoints = Definitions[VerdictTable.CanadaAndUk].ChannelEndpoints! with { AllowedCountries = new EquatableArray<string>(countries) },
                };
                policies.Add((compiler, await runtime.EnginePlansWithAsync(handBuilt), await RuntimeVerdicts.EmulatorStartsWithAsync(path), read));
            }

            PolicyVerdicts = [.. policies];
        }

        for (var i = 0; i < VerdictTable.Numbers.Count; i++)
        {
            if (EmulatorNumbers[i] is null)
            {
                EmulatorNumbers[i] = await RuntimeVerdicts.EmulatorLoadsAsync(_directory, VerdictTable.Numbers[i].Number);
            }
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Issue 9's shared verdict: the same numbers, attribute values and policies through the package at compile time
/// (generator + analyzers), the onboarding engine's planner and the emulator's HTTP API, and the same answer from all
/// three, with the rules library's own words in each refusal. Each row of <see cref="VerdictTable"/> is one case.
/// </summary>
public sealed class SharedVerdictTests(VerdictFixture fixture) : IClassFixture<VerdictFixture>
{
    [Theory]
    [MemberData(nameof(VerdictTable.NumberRows), MemberType = typeof(VerdictTable))]
    public void A_number_gets_one_verdict(int row)
    {
        var test = VerdictTable.Numbers[row];
        var rule = fixture.Definitions[test.Policy].ChannelEndpoints!;
        var library = PhoneNumberFacts.CheckChannelEndpoint(rule, test.Number);
        AssertOneVerdict(test.ToString(), test.Expect, test.Why, library, library,
            ("compiler (TH1010)", fixture.CompilerNumbers[row]), ("engine planner", fixture.EngineNumbers[row]), ("emulator", fixture.EmulatorNumbers[row]));
    }

    [Theory]
    [MemberData(nameof(VerdictTable.AttributeRows), MemberType = typeof(VerdictTable))]
    public void A_display_name_gets_one_verdict(int row)
    {
        var test = VerdictTable.Attributes[row];
        var rule = fixture.Definitions[VerdictTable.Cnam].EndUsers.Single(e => e.Type == "cnam_information").Attributes.Single();
        var library = PolicyRules.CheckAttribute(rule, test.Value);
        AssertOneVerdict(test.ToString(), test.Expect, test.Why, library, library?.TrimEnd('.'),
            ("compiler (TH1007)", fixture.CompilerAttributes[row]), ("engine planner", fixture.EngineAttributes[row]), ("emulator", fixture.EmulatorAttributes[row]));
    }

    [Theory]
    [MemberData(nameof(VerdictTable.PolicyRows), MemberType = typeof(VerdictTable))]
    public void A_policy_file_gets_one_verdict(int row)
    {
        var test = VerdictTable.PolicyFiles[row];
        var (compiler, engine, emulator, read) = fixture.PolicyVerdicts[row];
        var problem = read.Diagnostics.FirstOrDefault();
        Assert.True((test.Expect == Expect.Refuse) == (problem is not null), $"{test}: the rules library's reader says {(problem is null ? "nothing" : problem.ToString())}");
        if (problem is not null)
        {
            Assert.Equal(InputDiagnosticIds.PolicyValueNotAllowed, problem.Id);
        }

        var refusedCountry = test.AllowedCountries.FirstOrDefault(c => c is not { Length: 2 } || !c.All(char.IsAsciiLetterUpper));
        foreach (var (component, verdict, mustHold) in new[] { ("compiler", compiler, "TH0108"), ("emulator", emulator, "TH0108"), ("engine planner", engine, $"\"{refusedCountry}\"") })
        {
            Assert.True(verdict.IsAccepted == (test.Expect == Expect.Accept), $"{test}: the {component} {(verdict.IsAccepted ? "accepted it" : "refused it: " + verdict.Text)}");
            if (!verdict.IsAccepted)
            {
                Assert.True(verdict.Text.Contains(mustHold, StringComparison.Ordinal), $"{test}: the {component}'s refusal does not name {mustHold}: {verdict.Text}");
            }
        }
    }

    /// <summary>The table, the rules library and the three components agree; each refusal carries the library's message.</summary>
    private static void AssertOneVerdict(string test, Expect expect, string why, string? library, string? mustHold, params (string Component, Verdict Verdict)[] answers)
    {
        Assert.True((expect == Expect.Accept) == (library is null), $"{test}: the rules library says {library ?? "accepted"}");
        if (library is not null)
        {
            Assert.True(library.Contains(why, StringComparison.Ordinal), $"{test}: the rules library's refusal lacks \"{why}\": {library}");
        }

        var wrong = answers.Where(a => a.Verdict.IsAccepted != (expect == Expect.Accept) || (mustHold is not null && !a.Verdict.Text.Contains(mustHold, StringComparison.Ordinal))).ToList();
        Assert.True(wrong.Count == 0, $"{test}: expected {(expect == Expect.Accept ? "accepted" : "refused: " + library)} from all three;\n"
            + string.Join("\n", answers.Select(a => $"  {a.Component}: {a.Verdict}")));
    }
}
