using System.Globalization;
using System.Net;
using System.Text.Json;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>Shapes the official spec shows: snake_case, ISO and RFC 2822 dates, absolute urls and links, complete meta.</summary>
public sealed class WireFormatTests : IAsyncLifetime
{
    private TestEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TestEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private string Base => _emulator.Host.BaseAddress.ToString().TrimEnd('/');

    [Fact]
    public async Task Trust_products_carry_every_spec_field_with_absolute_links()
    {
        var created = await _emulator.Client.PostAsync("v1/TrustProducts", ("FriendlyName", "Owl"), ("Email", "a@example.com"), ("PolicySid", TestEmulator.Cnam), ("StatusCallback", "http://127.0.0.1:1/cb"));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var json = created.Json;
        string[] fields = ["sid", "account_sid", "policy_sid", "friendly_name", "status", "valid_until", "email", "status_callback", "date_created", "date_updated", "url", "links", "errors"];
        Assert.Equal(fields.Order(), json.EnumerateObject().Select(p => p.Name).Order());
        var sid = json.GetProperty("sid").GetString()!;
        Assert.Matches("^BU[0-9a-f]{32}$", sid);
        Assert.Equal("draft", json.GetProperty("status").GetString());
        Assert.Equal($"{Base}/v1/TrustProducts/{sid}", json.GetProperty("url").GetString());
        var links = json.GetProperty("links");
        Assert.Equal($"{Base}/v1/TrustProducts/{sid}/EntityAssignments", links.GetProperty("trust_products_entity_assignments").GetString());
        Assert.Equal($"{Base}/v1/TrustProducts/{sid}/Evaluations", links.GetProperty("trust_products_evaluations").GetString());
        Assert.Equal($"{Base}/v1/TrustProducts/{sid}/ChannelEndpointAssignments", links.GetProperty("trust_products_channel_endpoint_assignment").GetString());
        AssertIso(json.GetProperty("date_created").GetString()!);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("errors").ValueKind);

        foreach (var link in links.EnumerateObject())
        {
            Assert.Equal(HttpStatusCode.OK, (await _emulator.Client.GetAsync(link.Value.GetString()!)).Status);
        }
    }

    [Fact]
    public async Task Lists_have_a_complete_meta_and_the_spec_key()
    {
        var list = await _emulator.Client.GetAsync("v1/CustomerProfiles");
        var meta = list.Json.GetProperty("meta");
        Assert.Equal(["first_page_url", "key", "next_page_url", "page", "page_size", "previous_page_url", "url"], meta.EnumerateObject().Select(p => p.Name).Order().ToArray());
        Assert.Equal("results", meta.GetProperty("key").GetString());
        Assert.Equal(JsonValueKind.Null, meta.GetProperty("previous_page_url").ValueKind);
        Assert.Equal(JsonValueKind.Null, meta.GetProperty("next_page_url").ValueKind);
        Assert.Equal($"{Base}/v1/CustomerProfiles?PageSize=50&Page=0", meta.GetProperty("url").GetString());

        var types = await _emulator.Client.GetAsync("v1/EndUserTypes");
        Assert.Equal("end_user_types", types.Json.GetProperty("meta").GetProperty("key").GetString());
        Assert.Contains(types.Json.GetProperty("end_user_types").EnumerateArray(), t => t.GetProperty("machine_name").GetString() == "cnam_information");
        var byName = await _emulator.Client.GetAsync("v1/EndUserTypes/cnam_information");
        Assert.Equal("cnam_display_name", byName.Json.GetProperty("fields")[0].GetProperty("machine_name").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _emulator.Client.GetAsync($"v1/EndUserTypes/{byName.Str("sid")}")).Status);
        Assert.Equal("supporting_document_types", (await _emulator.Client.GetAsync("v1/SupportingDocumentTypes")).Json.GetProperty("meta").GetProperty("key").GetString());
    }

    [Fact]
    public async Task Policies_come_from_the_shared_definitions()
    {
        var cnam = await _emulator.Client.GetAsync($"v1/Policies/{TestEmulator.Cnam}");
        Assert.Equal(HttpStatusCode.OK, cnam.Status);
        var requirements = cnam.Json.GetProperty("requirements");
        Assert.Equal("cnam_information", requirements.GetProperty("end_user")[0].GetProperty("type").GetString());
        Assert.Equal("/EndUserTypes/cnam_information", requirements.GetProperty("end_user")[0].GetProperty("url").GetString());
        var shaken = await _emulator.Client.GetAsync($"v1/Policies/{TestEmulator.ShakenStir}");
        Assert.Equal(0, shaken.Json.GetProperty("requirements").GetProperty("end_user").GetArrayLength());
        var all = await _emulator.Client.GetAsync("v1/Policies");
        var sids = all.Json.GetProperty("results").EnumerateArray().Select(p => p.GetProperty("sid").GetString()).ToArray();
        Assert.Equal(TrustHubGen.Policies.BuiltInPolicies.All.Select(p => p.Sid).Order(StringComparer.Ordinal), sids);
        Assert.Equal(HttpStatusCode.NotFound, (await _emulator.Client.GetAsync("v1/Policies/RN" + new string('0', 32))).Status);
    }

    [Fact]
    public async Task Api_2010_uses_rfc_2822_dates_and_relative_uris()
    {
        var account = _emulator.Host.AccountSid;
        var list = await _emulator.Client.GetAsync($"2010-04-01/Accounts/{account}/IncomingPhoneNumbers.json");
        var number = list.Json.GetProperty("incoming_phone_numbers")[0];
        Assert.Equal("+14155550100", number.GetProperty("phone_number").GetString());
        Assert.Equal("(415) 555-0100", number.GetProperty("friendly_name").GetString());
        var created = number.GetProperty("date_created").GetString()!;
        Assert.True(DateTime.TryParseExact(created, "ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), created);
        Assert.Equal($"/2010-04-01/Accounts/{account}/IncomingPhoneNumbers/{number.GetProperty("sid").GetString()}.json", number.GetProperty("uri").GetString());
        Assert.Equal($"/2010-04-01/Accounts/{account}/IncomingPhoneNumbers.json?PageSize=50&Page=0", list.Json.GetProperty("uri").GetString());
        Assert.Equal(0, list.Json.GetProperty("start").GetInt32());
        Assert.Equal(16, list.Json.GetProperty("end").GetInt32());

        var fetched = await _emulator.Client.GetAsync(number.GetProperty("uri").GetString()!.TrimStart('/'));
        Assert.Equal(number.GetRawText(), fetched.Json.GetRawText());
        var filtered = await _emulator.Client.GetAsync($"2010-04-01/Accounts/{account}/IncomingPhoneNumbers.json?PhoneNumber=%2B18005550100");
        Assert.Equal(_emulator.Seed.TollFreeNumber!.Sid, filtered.Json.GetProperty("incoming_phone_numbers")[0].GetProperty("sid").GetString());
    }

    [Fact]
    public async Task Errors_use_twilios_body_and_link_our_codes_to_the_emulator()
    {
        var response = await _emulator.Client.PostAsync("v1/TrustProducts", ("FriendlyName", "x"), ("Email", "a@example.com"), ("PolicySid", "RN" + new string('0', 32)));
        AssertError(response, HttpStatusCode.BadRequest, 990010);
        Assert.Equal(["code", "message", "more_info", "status"], response.Json.EnumerateObject().Select(p => p.Name).ToArray());
        var moreInfo = response.Str("more_info");
        Assert.Equal($"{Base}/emulator/errors/990010", moreInfo);
        using var anonymous = new HttpClient();
        Assert.Contains("PolicySid", await anonymous.GetStringAsync(moreInfo), StringComparison.Ordinal);

        var missing = await _emulator.Client.PostAsync("v1/TrustProducts", ("FriendlyName", "x"));
        AssertError(missing, HttpStatusCode.BadRequest, 20001, "Email");
        Assert.Equal("https://www.twilio.com/docs/errors/20001", missing.Str("more_info"));
    }

    [Fact]
    public async Task Bundle_creation_validates_fields_and_policy_kind()
    {
        var client = _emulator.Client;
        AssertError(await client.PostAsync("v1/TrustProducts", ("Email", "a@example.com"), ("PolicySid", TestEmulator.Cnam)), HttpStatusCode.BadRequest, 20001, "FriendlyName");
        AssertError(await client.PostAsync("v1/TrustProducts", ("FriendlyName", "x"), ("Email", "a@example.com"), ("PolicySid", "RNf3db3cd1fe25fcfd3c3ded065c8fea5")), HttpStatusCode.BadRequest, 990011, "PolicySid");
        AssertError(await client.PostAsync("v1/TrustProducts", ("FriendlyName", "x"), ("Email", "a@example.com"), ("PolicySid", TestEmulator.PrimaryProfile)), HttpStatusCode.BadRequest, 990003, "Customer Profile", TestEmulator.Cnam);
        AssertError(await client.PostAsync("v1/CustomerProfiles", ("FriendlyName", "x"), ("Email", "a@example.com"), ("PolicySid", TestEmulator.Cnam)), HttpStatusCode.BadRequest, 990003, "Trust Product");
        AssertError(await client.GetAsync("v1/TrustProducts?Status=approved"), HttpStatusCode.BadRequest, 990011, "Status");
    }

    [Fact]
    public async Task Updates_change_fields_and_deletes_answer_204()
    {
        var product = await CreateTrustProductAsync(_emulator.Client, TestEmulator.ShakenStir);
        var updated = await _emulator.Client.PostAsync($"v1/TrustProducts/{product}", ("FriendlyName", "renamed"), ("Email", "b@example.com"));
        Assert.Equal("renamed", updated.Str("friendly_name"));
        Assert.Equal("b@example.com", updated.Str("email"));
        var delete = await _emulator.Client.DeleteAsync($"v1/TrustProducts/{product}");
        Assert.Equal(HttpStatusCode.NoContent, delete.Status);
        Assert.Empty(await delete.Message.Content.ReadAsByteArrayAsync());
        AssertError(await _emulator.Client.GetAsync($"v1/TrustProducts/{product}"), HttpStatusCode.NotFound, 20404, product);
        AssertError(await _emulator.Client.DeleteAsync($"v1/TrustProducts/{product}"), HttpStatusCode.NotFound, 20404);
    }

    [Fact]
    public async Task Supporting_documents_and_end_users_round_trip()
    {
        var document = await _emulator.Client.PostAsync("v1/SupportingDocuments", ("FriendlyName", "address"), ("Type", "customer_profile_address"), ("Attributes", $$"""{"address_sids":"{{_emulator.Seed.AddressSid}}"}"""));
        Assert.Equal(HttpStatusCode.Created, document.Status);
        Assert.Equal("DRAFT", document.Str("status"));
        Assert.Equal(_emulator.Seed.AddressSid, document.Json.GetProperty("attributes").GetProperty("address_sids").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _emulator.Client.GetAsync($"v1/SupportingDocuments/{document.Str("sid")}")).Status);
        Assert.Equal("renamed", (await _emulator.Client.PostAsync($"v1/SupportingDocuments/{document.Str("sid")}", ("FriendlyName", "renamed"))).Str("friendly_name"));
        Assert.Equal(HttpStatusCode.NoContent, (await _emulator.Client.DeleteAsync($"v1/SupportingDocuments/{document.Str("sid")}")).Status);

        var endUser = await CreateCnamEndUserAsync(_emulator.Client, "Owl");
        var fetched = await _emulator.Client.GetAsync($"v1/EndUsers/{endUser}");
        Assert.Equal("Owl", fetched.Json.GetProperty("attributes").GetProperty("cnam_display_name").GetString());
        Assert.Equal("cnam_information", fetched.Str("type"));
        Assert.Contains((await _emulator.Client.GetAsync("v1/EndUsers")).Json.GetProperty("results").EnumerateArray(), e => e.GetProperty("sid").GetString() == endUser);
    }

    private static void AssertIso(string value) =>
        Assert.True(DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), value);
}
