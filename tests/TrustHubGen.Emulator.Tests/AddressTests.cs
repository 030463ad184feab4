using System.Net;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>API 2010 Addresses per account and subaccount, and the <c>customer_profile_address</c> documents that point at them.</summary>
public sealed class AddressTests : IAsyncLifetime
{
    private TestEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TestEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private string Account => _emulator.Host.AccountSid;

    private string Subaccount => _emulator.Seed.SubaccountSid!;

    [Fact]
    public async Task An_address_is_created_listed_and_fetched_as_the_spec_shows()
    {
        var created = await CreateAddressAsync(_emulator.Client, Account, ("StreetSecondary", "Suite 5"), ("FriendlyName", "HQ"), ("AutoCorrectAddress", "false"));

        Assert.Equal(HttpStatusCode.Created, created.Status);
        var sid = created.Str("sid");
        Assert.Matches("^AD[0-9a-f]{32}$", sid);
        Assert.Equal(Account, created.Str("account_sid"));
        Assert.Equal("Acme Corp", created.Str("customer_name"));
        Assert.Equal("Suite 5", created.Str("street_secondary"));
        Assert.Equal("HQ", created.Str("friendly_name"));
        Assert.Equal($"/2010-04-01/Accounts/{Account}/Addresses/{sid}.json", created.Str("uri"));
        Assert.EndsWith("+0000", created.Str("date_created"), StringComparison.Ordinal);

        var list = await _emulator.Client.GetAsync($"2010-04-01/Accounts/{Account}/Addresses.json?IsoCountry=US&CustomerName=Acme%20Corp");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains(list.Json.GetProperty("addresses").EnumerateArray(), a => a.GetProperty("sid").GetString() == sid);
        Assert.Equal(JsonValueKindNull, list.Json.GetProperty("next_page_uri").ValueKind);

        var fetched = await _emulator.Client.GetAsync($"2010-04-01/Accounts/{Account}/Addresses/{sid}.json");
        Assert.Equal("1 Main Street", fetched.Str("street"));
    }

    [Fact]
    public async Task A_subaccounts_addresses_are_its_own()
    {
        using var customer = _emulator.ClientAs(Subaccount, _emulator.Seed.SubaccountAuthToken!);
        var own = await CreateAddressAsync(customer, Subaccount);
        Assert.Equal(HttpStatusCode.Created, own.Status);
        Assert.Equal(Subaccount, own.Str("account_sid"));

        // The parent reads its subaccount's addresses; the subaccount never reads the parent's.
        var parentView = await _emulator.Client.GetAsync($"2010-04-01/Accounts/{Subaccount}/Addresses.json");
        Assert.Single(parentView.Json.GetProperty("addresses").EnumerateArray());
        AssertError(await customer.GetAsync($"2010-04-01/Accounts/{Account}/Addresses.json"), HttpStatusCode.NotFound, 20404);
        var parentsOwn = (await CreateAddressAsync(_emulator.Client, Account)).Str("sid");
        AssertError(await customer.GetAsync($"2010-04-01/Accounts/{Subaccount}/Addresses/{parentsOwn}.json"), HttpStatusCode.NotFound, 20404);
    }

    [Fact]
    public async Task Bad_addresses_are_refused_naming_the_field()
    {
        AssertError(await _emulator.Client.PostAsync($"2010-04-01/Accounts/{Account}/Addresses.json", ("CustomerName", "Acme"), ("Street", "1 Main"), ("City", "Austin"), ("Region", "TX"), ("IsoCountry", "US")),
            HttpStatusCode.BadRequest, 20001, "PostalCode");
        AssertError(await CreateAddressAsync(_emulator.Client, Account, ("IsoCountry", "usa")), HttpStatusCode.BadRequest, 990011, "IsoCountry");
        AssertError(await CreateAddressAsync(_emulator.Client, Account, ("FriendlyName", new string('x', 65))), HttpStatusCode.BadRequest, 990011, "FriendlyName");
        AssertError(await CreateAddressAsync(_emulator.Client, Account, ("EmergencyEnabled", "maybe")), HttpStatusCode.BadRequest, 990011, "EmergencyEnabled");
    }

    [Fact]
    public async Task An_address_document_must_name_an_address_of_its_own_account()
    {
        using var customer = _emulator.ClientAs(Subaccount, _emulator.Seed.SubaccountAuthToken!);
        var parentsAddress = (await CreateAddressAsync(_emulator.Client, Account)).Str("sid");
        var customersAddress = (await CreateAddressAsync(customer, Subaccount)).Str("sid");

        AssertError(await CreateAddressDocumentAsync(customer, $$"""{"address_sids":"{{parentsAddress}}"}"""), HttpStatusCode.BadRequest, 990017, parentsAddress, Subaccount);
        AssertError(await CreateAddressDocumentAsync(customer, """{"address_sids":"ADffffffffffffffffffffffffffffffff"}"""), HttpStatusCode.BadRequest, 990017);
        var document = await CreateAddressDocumentAsync(customer, $$"""{"address_sids":["{{customersAddress}}"]}""");
        Assert.Equal(HttpStatusCode.Created, document.Status);

        AssertError(await customer.PostAsync($"v1/SupportingDocuments/{document.Str("sid")}", ("Attributes", $$"""{"address_sids":"{{parentsAddress}}"}""")), HttpStatusCode.BadRequest, 990017);
    }

    [Fact]
    public async Task Addresses_survive_a_restart_from_the_state_file()
    {
        var directory = Directory.CreateTempSubdirectory("trusthubgen-addresses-");
        try
        {
            var path = Path.Combine(directory.FullName, "state.json");
            string sid;
            await using (var first = await TestEmulator.StartAsync(o => o.StatePath = path))
            {
                sid = (await CreateAddressAsync(first.Client, first.Host.AccountSid, ("StreetSecondary", "Floor 2"))).Str("sid");
            }

            await using var second = await TestEmulator.StartAsync(o =>
            {
                o.StatePath = path;
                o.Seed = "none";
            });
            var fetched = await second.Client.GetAsync($"2010-04-01/Accounts/{second.Host.AccountSid}/Addresses/{sid}.json");
            Assert.Equal(HttpStatusCode.OK, fetched.Status);
            Assert.Equal("Floor 2", fetched.Str("street_secondary"));
            Assert.Equal(HttpStatusCode.Created, (await CreateAddressDocumentAsync(second.Client, $$"""{"address_sids":"{{sid}}"}""")).Status);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    internal static Task<ApiResponse> CreateAddressAsync(ApiClient client, string accountSid, params (string Name, string Value)[] overrides)
    {
        var form = new Dictionary<string, string>
        {
            ["CustomerName"] = "Acme Corp",
            ["Street"] = "1 Main Street",
            ["City"] = "Austin",
            ["Region"] = "TX",
            ["PostalCode"] = "78701",
            ["IsoCountry"] = "US",
        };
        foreach (var (name, value) in overrides)
        {
            form[name] = value;
        }

        return client.PostAsync($"2010-04-01/Accounts/{accountSid}/Addresses.json", [.. form.Select(p => (p.Key, p.Value))]);
    }

    internal static Task<ApiResponse> CreateAddressDocumentAsync(ApiClient client, string attributes) =>
        client.PostAsync("v1/SupportingDocuments", ("FriendlyName", "Acme address"), ("Type", "customer_profile_address"), ("Attributes", attributes));
}
