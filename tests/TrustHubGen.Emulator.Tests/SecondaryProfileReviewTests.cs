using System.Net;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.AddressTests;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>
/// The ISV chain in a customer's subaccount: a Secondary Customer Profile with its end users, its address document and
/// the parent's Primary profile is evaluated and reviewed like any bundle; what it lacks is named.
/// </summary>
public sealed class SecondaryProfileReviewTests : IAsyncLifetime
{
    private const string Business = """{"business_name":"Acme Corp","business_type":"Corporation","business_registration_identifier":"EIN","business_registration_number":"98-7654321","business_identity":"direct_customer","business_industry":"RETAIL","business_regions_of_operation":"USA_AND_CANADA","website_url":"https://acme.example.com"}""";
    private const string Representative = """{"first_name":"Wile","last_name":"Coyote","email":"wile@acme.example.com","phone_number":"+15125550100","business_title":"CEO","job_position":"CEO"}""";

    private TestEmulator _emulator = null!;
    private ApiClient _customer = null!;

    public async Task InitializeAsync()
    {
        _emulator = await TestEmulator.StartAsync();
        _customer = _emulator.ClientAs(_emulator.Seed.SubaccountSid!, _emulator.Seed.SubaccountAuthToken!);
    }

    public async Task DisposeAsync()
    {
        _customer.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task A_complete_secondary_profile_is_compliant_and_approved_by_the_review()
    {
        var profile = await SecondaryWithEndUsersAsync();
        var address = (await CreateAddressAsync(_customer, _emulator.Seed.SubaccountSid!)).Str("sid");
        await AssignOkAsync(profile, await DocumentAsync($$"""{"address_sids":"{{address}}"}"""));
        await AssignOkAsync(profile, _emulator.Profile);

        var evaluation = await _customer.PostAsync($"v1/CustomerProfiles/{profile}/Evaluations", ("PolicySid", TestEmulator.SecondaryProfile));
        Assert.True(evaluation.Str("status") == "compliant", evaluation.ToString());
        Assert.Equal("pending-review", (await SetStatusAsync(_customer, profile, "pending-review", "CustomerProfiles")).Str("status"));
        Assert.Equal("twilio-approved", (await _customer.GetAsync($"v1/CustomerProfiles/{profile}")).Str("status"));
    }

    [Fact]
    public async Task An_address_document_without_an_address_is_reported_as_22219()
    {
        var profile = await SecondaryWithEndUsersAsync();
        await AssignOkAsync(profile, await DocumentAsync("{}"));
        await AssignOkAsync(profile, _emulator.Profile);

        var evaluation = await _customer.PostAsync($"v1/CustomerProfiles/{profile}/Evaluations", ("PolicySid", TestEmulator.SecondaryProfile));

        Assert.Equal("noncompliant", evaluation.Str("status"));
        var failed = evaluation.Json.GetProperty("results").EnumerateArray().Single(r => !r.GetProperty("passed").GetBoolean());
        Assert.Equal("customer_profile_address", failed.GetProperty("requirement_name").GetString());
        Assert.Equal(22219, failed.GetProperty("error_code").GetInt32());
        Assert.Equal("address_sids", failed.GetProperty("invalid")[0].GetProperty("object_field").GetString());
    }

    [Fact]
    public async Task A_secondary_profile_missing_its_parts_is_rejected_with_their_codes()
    {
        var profile = await CreateSecondaryAsync();
        await AssignOkAsync(profile, _emulator.Profile);

        await SetStatusAsync(_customer, profile, "pending-review", "CustomerProfiles");

        var reviewed = await _customer.GetAsync($"v1/CustomerProfiles/{profile}");
        Assert.Equal("twilio-rejected", reviewed.Str("status"));
        var codes = reviewed.Json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetInt32()).ToList();
        Assert.Contains(22214, codes);
        Assert.Contains(22216, codes);
    }

    [Fact]
    public async Task A_primary_profile_that_is_not_approved_is_refused()
    {
        var draftPrimary = await _emulator.Client.PostAsync("v1/CustomerProfiles", ("FriendlyName", "ISV primary in draft"), ("Email", "isv@example.com"), ("PolicySid", TestEmulator.PrimaryProfile));
        var profile = await CreateSecondaryAsync();

        AssertError(await AssignEntityAsync(_customer, profile, draftPrimary.Str("sid"), "CustomerProfiles"), HttpStatusCode.BadRequest, 990007, draftPrimary.Str("sid"));
    }

    private async Task<string> CreateSecondaryAsync()
    {
        var response = await _customer.PostAsync("v1/CustomerProfiles", ("FriendlyName", "Acme secondary"), ("Email", "isv@example.com"), ("PolicySid", TestEmulator.SecondaryProfile));
        Assert.True(response.Status == HttpStatusCode.Created, response.ToString());
        return response.Str("sid");
    }

    private async Task<string> SecondaryWithEndUsersAsync()
    {
        var profile = await CreateSecondaryAsync();
        foreach (var (type, attributes) in new[] { ("customer_profile_business_information", Business), ("authorized_representative_1", Representative) })
        {
            var endUser = await CreateEndUserAsync(_customer, type, attributes);
            Assert.True(endUser.Status == HttpStatusCode.Created, endUser.ToString());
            await AssignOkAsync(profile, endUser.Str("sid"));
        }

        return profile;
    }

    private async Task<string> DocumentAsync(string attributes)
    {
        var document = await CreateAddressDocumentAsync(_customer, attributes);
        Assert.True(document.Status == HttpStatusCode.Created, document.ToString());
        return document.Str("sid");
    }

    private async Task AssignOkAsync(string profile, string objectSid)
    {
        var assigned = await AssignEntityAsync(_customer, profile, objectSid, "CustomerProfiles");
        Assert.True(assigned.Status == HttpStatusCode.Created, assigned.ToString());
    }
}
