using TrustHubGen.Testing;
using System.Net;
using System.Text.Json.Nodes;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>The rules come from policy definitions: replacing a definition changes what the emulator enforces.</summary>
public sealed class PolicyOverrideTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("emulator-policies-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_replaced_cnam_definition_changes_the_enforced_rules()
    {
        var cnam = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "specs", "policies", "cnam.json")))!;
        cnam["channelEndpoints"]!["allowedCountries"] = new JsonArray("US", "CA");
        cnam["endUsers"]![0]!["attributes"]![0]!["maxLength"] = 20;
        var path = Path.Combine(_directory, "cnam.json");
        await File.WriteAllTextAsync(path, cnam.ToJsonString());

        await using var emulator = await TestEmulator.StartAsync(o => o.PolicyFiles.Add(path));
        var client = emulator.Client;
        var product = await CreateTrustProductAsync(client, TestEmulator.Cnam);
        await AssignEntityAsync(client, product, emulator.Profile);
        Assert.Equal(HttpStatusCode.Created, (await AssignNumberAsync(client, product, emulator.Seed.CanadianNumber!.Sid)).Status);
        Assert.Equal(HttpStatusCode.Created, (await CreateEndUserAsync(client, "cnam_information", """{"cnam_display_name":"Owl Industries X"}""")).Status);
        AssertError(await AssignNumberAsync(client, product, emulator.Seed.TollFreeNumber!.Sid), HttpStatusCode.BadRequest, 990006);
    }

    [Fact]
    public async Task A_broken_policy_file_is_refused_with_its_diagnostics()
    {
        var path = Path.Combine(_directory, "broken.json");
        await File.WriteAllTextAsync(path, """{"sid":"RN123","kind":"trust-product"}""");
        var error = await Assert.ThrowsAsync<ArgumentException>(() => EmulatorHost.StartAsync(new EmulatorOptions { PolicyFiles = { path } }));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("TH01", error.Message, StringComparison.Ordinal);
    }
}
