using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Testing;

namespace TrustHubGen.Package.Tests.Docs;

/// <summary>Every C# block of README.md, docs/*.md and the packages' NuGet readmes compiles against the packed packages, and the README's main example runs.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class DocsCompileTests(PackedPackageFixture package)
{
    [Fact]
    public void The_pages_have_csharp_blocks_and_every_fragment_names_an_example()
    {
        var blocks = DocSnippets.Read(RepoPaths.Root);
        Assert.Contains(blocks, b => b.File == "README.md" && b.Example == "readme-main");
        Assert.Contains(blocks, b => b.File == "docs/pipelines.md");
        // The packages' own readmes (what NuGet shows first) are held to the same rule as the docs.
        Assert.Equal(["src/TrustHubGen.AspNetCore/README.md", "src/TrustHubGen.Cli/README.md", "src/TrustHubGen.Durable/README.md", "src/TrustHubGen.Emulator/README.md", "src/TrustHubGen.Twilio/README.md"],
            DocSnippets.PackageReadmes(RepoPaths.Root));
        Assert.Contains(blocks, b => b.File == "src/TrustHubGen.Durable/README.md");
        // Throws on a fragment of an unknown example or two examples of one name.
        Assert.NotEmpty(DocSnippets.ToSource(blocks, RepoPaths.Root));
    }

    [Fact]
    public void Markers_attach_to_the_next_block_only()
    {
        var blocks = DocSnippets.ReadPage("x.md", ["<!-- example: main -->", "", "```csharp", "var a = 1;", "```", "text", "```csharp", "var b = 2;", "```",
            "<!-- fragment of: main -->", "```csharp", "a++;", "```", "```json", "{}", "```"]);
        Assert.Equal([("main", false, 4), ("x.md:8", false, 8), ("main", true, 12)], blocks.Select(b => (b.Example, b.IsFragment, b.Line)));
    }

    [Fact]
    public async Task Every_csharp_block_compiles_against_the_packed_packages_without_a_warning()
    {
        var consumer = await DocsConsumer.BuildAsync(package);

        Assert.True(consumer.Build.ExitCode == 0, $"The docs' C# blocks do not compile (errors point at the page and line):\n{consumer.Build.Output}");
        Assert.DoesNotMatch(@"warning [A-Z]+\d+", consumer.Build.Output);
    }

    [Fact]
    public async Task The_readmes_main_example_runs_against_the_emulator()
    {
        var consumer = await DocsConsumer.BuildAsync(package);
        Assert.True(consumer.Build.ExitCode == 0, consumer.Build.Output);
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ReviewStepDelay = TimeSpan.Zero });

        var run = await ProcessRunner.RunAsync("dotnet", [consumer.Dll, "readme-main", emulator.Seed.PrimaryBusinessProfileSid!, "ops@owl.example.com"],
            consumer.Directory, TimeSpan.FromMinutes(2), new Dictionary<string, string?>
            {
                ["TWILIO_ACCOUNT_SID"] = emulator.AccountSid,
                ["TWILIO_AUTH_TOKEN"] = emulator.AuthToken,
                ["TWILIO_API_KEY"] = null,
                ["TWILIO_API_SECRET"] = null,
                ["TRUSTHUB_EMULATOR_URL"] = emulator.BaseAddress.ToString(),
            });

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Cnam: BU", run.Output);
        Assert.Contains("ShakenStir: BU", run.Output);
        Assert.Contains("(+18005550100) for Cnam", run.Output);
        Assert.Contains("TrustHubGen Cnam", run.Output);
    }

    [Fact]
    public async Task The_packed_twilio_bridge_runs_the_pipeline_through_twilios_client_with_region_and_edge()
    {
        var consumer = await DocsConsumer.BuildAsync(package);
        Assert.True(consumer.Build.ExitCode == 0, consumer.Build.Output);
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ReviewStepDelay = TimeSpan.Zero });

        var run = await ProcessRunner.RunAsync("dotnet", [consumer.Dll, "twilio-emulator", emulator.Seed.PrimaryBusinessProfileSid!],
            consumer.Directory, TimeSpan.FromMinutes(2), new Dictionary<string, string?>
            {
                ["TWILIO_ACCOUNT_SID"] = emulator.AccountSid,
                ["TWILIO_AUTH_TOKEN"] = emulator.AuthToken,
                ["TRUSTHUB_EMULATOR_URL"] = emulator.BaseAddress.ToString(),
            });

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("host: trusthub.sydney.au1.twilio.com", run.Output);
        Assert.Contains("host: api.sydney.au1.twilio.com", run.Output);
        Assert.Contains("Cnam: BU", run.Output);
        Assert.DoesNotContain(emulator.AuthToken, run.Output);
    }
}

