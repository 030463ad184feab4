using TrustHubGen.Testing;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>
/// Every response of representative flows, sent through Prism validating against Twilio's official spec,
/// has zero violations. A control test proves Prism does flag a broken response.
/// </summary>
public sealed class SpecConformanceTests : IAsyncLifetime
{
    private TestEmulator _emulator = null!;
    private PrismServer _trustHub = null!;
    private PrismServer _api2010 = null!;
    private ViolationRecorder _recorder = null!;
    private ApiClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TestEmulator.StartAsync(o => o.ExtraNumbersOnProfile = 120);
        _trustHub = await PrismServer.StartProxyAsync(RepoPaths.TrustHubSpec, _emulator.Host.BaseAddress);
        _api2010 = await PrismServer.StartProxyAsync(RepoPaths.Api2010Spec, _emulator.Host.BaseAddress);
        _recorder = new ViolationRecorder();
        _client = new ApiClient(_trustHub.BaseAddress, _emulator.Host.AccountSid, _emulator.Host.AuthToken, _recorder);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _api2010.DisposeAsync();
        await _trustHub.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    /// <summary>Follows an emulator-absolute next-page URL through the proxy.</summary>
    private string ViaProxy(string emulatorUrl) => emulatorUrl.Replace(_emulator.Host.BaseAddress.ToString(), "", StringComparison.Ordinal);

    [Fact]
    public async Task Trust_hub_flows_validate_against_the_official_spec()
    {
        var client = _client;
        var seed = _emulator.Seed;

        // CNAM, step by step, then its evaluation, review and lists.
        Assert.Equal(HttpStatusCode.Created, (await AssignNumberAsync(client, _emulator.Profile, seed.NumbersNotOnProfile[0].Sid, "CustomerProfiles")).Status);
        var cnam = await CreateTrustProductAsync(client, TestEmulator.Cnam, "http://127.0.0.1:9/status");
        await AssignEntityAsync(client, cnam, _emulator.Profile);
        var endUser = await CreateCnamEndUserAsync(client);
        await AssignEntityAsync(client, cnam, endUser);
        var assignment = await AssignNumberAsync(client, cnam, seed.NumbersNotOnProfile[0].Sid);
        Assert.Equal(HttpStatusCode.Created, assignment.Status);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync($"v1/TrustProducts/{cnam}/Evaluations", ("PolicySid", TestEmulator.Cnam))).Status);
        Assert.Equal("pending-review", (await SetStatusAsync(client, cnam, "pending-review")).Str("status"));
        Assert.Equal("twilio-approved", (await client.GetAsync($"v1/TrustProducts/{cnam}")).Str("status"));
        foreach (var sub in new[] { "EntityAssignments", "ChannelEndpointAssignments", "Evaluations" })
        {
            var list = await client.GetAsync($"v1/TrustProducts/{cnam}/{sub}");
            Assert.Equal(HttpStatusCode.OK, list.Status);
            var first = list.Json.GetProperty("results")[0].GetProperty("sid").GetString();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"v1/TrustProducts/{cnam}/{sub}/{first}")).Status);
        }

        // A rejected product carries errors; evaluations list noncompliant results.
        var rejected = await CreateTrustProductAsync(client, TestEmulator.Cnam);
        await AssignEntityAsync(client, rejected, _emulator.Profile);
        await client.PostAsync($"v1/TrustProducts/{rejected}/Evaluations", ("PolicySid", TestEmulator.Cnam));
        await SetStatusAsync(client, rejected, "pending-review");
        Assert.Equal("twilio-rejected", (await client.GetAsync($"v1/TrustProducts/{rejected}")).Str("status"));
        Assert.Equal("draft", (await SetStatusAsync(client, rejected, "draft")).Str("status"));

        // SHAKEN/STIR with a subaccount number, and profile sub-resources.
        var shaken = await CreateTrustProductAsync(client, TestEmulator.ShakenStir);
        await AssignEntityAsync(client, shaken, _emulator.Profile);
        await AssignNumberAsync(client, _emulator.Profile, seed.SubaccountNumbers[0].Sid, "CustomerProfiles");
        await AssignNumberAsync(client, shaken, seed.SubaccountNumbers[0].Sid);
        await SetStatusAsync(client, shaken, "pending-review");
        await client.GetAsync($"v1/CustomerProfiles/{_emulator.Profile}");
        await client.GetAsync($"v1/CustomerProfiles/{_emulator.Profile}/EntityAssignments");
        await client.PostAsync($"v1/CustomerProfiles/{_emulator.Profile}/Evaluations", ("PolicySid", TestEmulator.PrimaryProfile));
        await client.GetAsync($"v1/CustomerProfiles/{_emulator.Profile}/Evaluations");

        // Paging to the end through next_page_url.
        var url = $"v1/CustomerProfiles/{_emulator.Profile}/ChannelEndpointAssignments?PageSize=50";
        var pages = 0;
        while (url is not null)
        {
            var page = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            pages++;
            url = page.Json.GetProperty("meta").GetProperty("next_page_url").GetString() is { } next ? ViaProxy(next) : null;
        }

        Assert.Equal(3, pages);

        // Catalogs, other resources, filters, updates and deletes.
        foreach (var path in new[] { "v1/Policies", $"v1/Policies/{TestEmulator.Cnam}", "v1/EndUserTypes", "v1/EndUserTypes/cnam_information", "v1/SupportingDocumentTypes", "v1/EndUsers", $"v1/EndUsers/{endUser}", "v1/CustomerProfiles?Status=twilio-approved", "v1/TrustProducts?PolicySid=" + TestEmulator.Cnam })
        {
            Assert.True((await client.GetAsync(path)).Status == HttpStatusCode.OK, path);
        }

        var profile = await client.PostAsync("v1/CustomerProfiles", ("FriendlyName", "Second"), ("Email", "a@example.com"), ("PolicySid", TestEmulator.PrimaryProfile));
        Assert.Equal(HttpStatusCode.Created, profile.Status);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"v1/CustomerProfiles/{profile.Str("sid")}", ("FriendlyName", "Renamed"))).Status);
        var document = await client.PostAsync("v1/SupportingDocuments", ("FriendlyName", "address"), ("Type", "customer_profile_address"), ("Attributes", $$"""{"address_sids":"{{_emulator.Seed.AddressSid}}"}"""));
        await client.GetAsync($"v1/SupportingDocuments/{document.Str("sid")}");
        await client.PostAsync($"v1/SupportingDocuments/{document.Str("sid")}", ("FriendlyName", "renamed"));
        await client.GetAsync("v1/SupportingDocuments");
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"v1/SupportingDocuments/{document.Str("sid")}")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"v1/CustomerProfiles/{profile.Str("sid")}")).Status);
        var spare = await CreateTrustProductAsync(client, TestEmulator.ShakenStir);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"v1/TrustProducts/{spare}")).Status);

        // Refusals the spec allows as requests: the emulator's error bodies pass through as undocumented statuses only.
        Assert.Equal(HttpStatusCode.BadRequest, (await AssignNumberAsync(client, cnam, seed.NumbersOnProfile[3].Sid)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("v1/TrustProducts/BU" + new string('0', 32))).Status);

        Assert.True(_recorder.Responses > 40, $"only {_recorder.Responses} responses went through Prism");
        Assert.True(_recorder.Violations.Count == 0, string.Join("\n", _recorder.Violations));
    }

    [Fact]
    public async Task Api_2010_accounts_and_numbers_validate_against_the_official_spec()
    {
        using var client = new ApiClient(_api2010.BaseAddress, _emulator.Host.AccountSid, _emulator.Host.AuthToken, _recorder);
        var account = _emulator.Host.AccountSid;
        var sub = _emulator.Seed.SubaccountSid!;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("2010-04-01/Accounts.json")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"2010-04-01/Accounts/{account}.json")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"2010-04-01/Accounts/{sub}.json")).Status);
        var uri = $"/2010-04-01/Accounts/{account}/IncomingPhoneNumbers.json?PageSize=50";
        var pages = 0;
        while (uri is not null)
        {
            var page = await client.GetAsync(uri.TrimStart('/'));
            Assert.Equal(HttpStatusCode.OK, page.Status);
            pages++;
            uri = page.Json.GetProperty("next_page_uri").GetString();
        }

        Assert.Equal(3, pages);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"2010-04-01/Accounts/{sub}/IncomingPhoneNumbers.json?PhoneNumber=%2B12125550100")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"2010-04-01/Accounts/{account}/IncomingPhoneNumbers/{_emulator.Seed.TollFreeNumber!.Sid}.json")).Status);
        Assert.True(_recorder.Violations.Count == 0, string.Join("\n", _recorder.Violations));
    }

    [Fact]
    public async Task Prism_does_flag_a_response_that_breaks_the_spec()
    {
        // Control: an upstream answering a malformed trust product must be caught, or the tests above prove nothing.
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        app.Run(context =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("""{"sid":"BU123","status":"approved","links":"none"}""");
        });
        await app.StartAsync();
        var upstream = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        await using var prism = await PrismServer.StartProxyAsync(RepoPaths.TrustHubSpec, upstream);
        var recorder = new ViolationRecorder();
        using var client = new ApiClient(prism.BaseAddress, _emulator.Host.AccountSid, "x", recorder);
        await client.GetAsync("v1/TrustProducts/BU" + new string('a', 32));
        Assert.Contains(recorder.Violations, v => v.Contains("sid", StringComparison.Ordinal) && v.Contains("pattern", StringComparison.Ordinal));
        Assert.Contains(recorder.Violations, v => v.Contains("status", StringComparison.Ordinal));
    }
}
