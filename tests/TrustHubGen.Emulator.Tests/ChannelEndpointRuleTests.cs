using System.Net;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>Numbers on bundles: type, ownership, the profile-first rule, duplicates, and CNAM's country/toll-free rules.</summary>
public sealed class ChannelEndpointRuleTests : IAsyncLifetime
{
    private TestEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TestEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private ApiClient Client => _emulator.Client;

    private async Task<string> CnamWithProfileAsync()
    {
        var product = await CreateTrustProductAsync(Client, TestEmulator.Cnam);
        Assert.Equal(HttpStatusCode.Created, (await AssignEntityAsync(Client, product, _emulator.Profile)).Status);
        return product;
    }

    [Theory]
    [InlineData("phone_number")]
    [InlineData("PhoneNumber")]
    [InlineData("phone-numbers")]
    public async Task ChannelEndpointType_other_than_phone_number_is_refused(string type)
    {
        var product = await CnamWithProfileAsync();
        AssertError(await AssignNumberAsync(Client, product, _emulator.Seed.NumbersOnProfile[0].Sid, type: type), HttpStatusCode.BadRequest, 990009, "\"phone-number\"", $"\"{type}\"");
        AssertError(await AssignNumberAsync(Client, _emulator.Profile, _emulator.Seed.NumbersNotOnProfile[0].Sid, "CustomerProfiles", type), HttpStatusCode.BadRequest, 990009);
    }

    [Fact]
    public async Task A_number_must_be_on_the_business_profile_before_the_trust_product()
    {
        var product = await CnamWithProfileAsync();
        var number = _emulator.Seed.NumbersNotOnProfile[0];
        AssertError(await AssignNumberAsync(Client, product, number.Sid), HttpStatusCode.BadRequest, 990001, number.Sid, _emulator.Profile);

        Assert.Equal(HttpStatusCode.Created, (await AssignNumberAsync(Client, _emulator.Profile, number.Sid, "CustomerProfiles")).Status);
        Assert.Equal(HttpStatusCode.Created, (await AssignNumberAsync(Client, product, number.Sid)).Status);
    }

    [Fact]
    public async Task Numbers_need_the_profile_assigned_to_the_product_first()
    {
        var product = await CreateTrustProductAsync(Client, TestEmulator.ShakenStir);
        AssertError(await AssignNumberAsync(Client, product, _emulator.Seed.NumbersOnProfile[0].Sid), HttpStatusCode.BadRequest, 990013, "EntityAssignments");
    }

    [Fact]
    public async Task The_same_number_cannot_be_assigned_twice_to_a_bundle()
    {
        var product = await CnamWithProfileAsync();
        var number = _emulator.Seed.NumbersOnProfile[1].Sid;
        Assert.Equal(HttpStatusCode.Created, (await AssignNumberAsync(Client, product, number)).Status);
        AssertError(await AssignNumberAsync(Client, product, number), HttpStatusCode.Conflict, 990002, number);
        AssertError(await AssignNumberAsync(Client, _emulator.Profile, number, "CustomerProfiles"), HttpStatusCode.Conflict, 990002);
    }

    [Fact]
    public async Task Cnam_refuses_canadian_and_toll_free_numbers()
    {
        var product = await CnamWithProfileAsync();
        AssertError(await AssignNumberAsync(Client, product, _emulator.Seed.CanadianNumber!.Sid), HttpStatusCode.BadRequest, 990006, "+16045550100");
        AssertError(await AssignNumberAsync(Client, product, _emulator.Seed.TollFreeNumber!.Sid), HttpStatusCode.BadRequest, 990006, "+18005550100");
    }

    [Fact]
    public async Task Shaken_stir_takes_toll_free_and_canadian_numbers_from_the_profile()
    {
        var product = await CreateTrustProductAsync(Client, TestEmulator.ShakenStir);
        Assert.Equal(HttpStatusCode.Created, (await AssignEntityAsync(Client, product, _emulator.Profile)).Status);
        Assert.Equal(HttpStatusCode.Created, (await AssignNumberAsync(Client, product, _emulator.Seed.TollFreeNumber!.Sid)).Status);
        Assert.Equal(HttpStatusCode.Created, (await AssignNumberAsync(Client, product, _emulator.Seed.CanadianNumber!.Sid)).Status);
    }

    [Fact]
    public async Task Unknown_numbers_and_malformed_sids_are_refused()
    {
        var product = await CnamWithProfileAsync();
        AssertError(await AssignNumberAsync(Client, product, "PN" + new string('0', 32)), HttpStatusCode.BadRequest, 990012);
        AssertError(await AssignNumberAsync(Client, product, "YOUR_PHONE_NUMBER_SID"), HttpStatusCode.BadRequest, 990011, "YOUR_PHONE_NUMBER_SID");
        AssertError(await Client.PostAsync($"v1/TrustProducts/{product}/ChannelEndpointAssignments", ("ChannelEndpointType", "phone-number")), HttpStatusCode.BadRequest, 20001, "ChannelEndpointSid");
    }

    [Fact]
    public async Task Subaccount_numbers_go_on_the_parents_profile()
    {
        var subNumber = _emulator.Seed.SubaccountNumbers[0].Sid;
        Assert.Equal(HttpStatusCode.Created, (await AssignNumberAsync(Client, _emulator.Profile, subNumber, "CustomerProfiles")).Status);
        var product = await CreateTrustProductAsync(Client, TestEmulator.ShakenStir);
        Assert.Equal(HttpStatusCode.Created, (await AssignEntityAsync(Client, product, _emulator.Profile)).Status);
        Assert.Equal(HttpStatusCode.Created, (await AssignNumberAsync(Client, product, subNumber)).Status);
    }

    [Fact]
    public async Task A_number_cannot_leave_the_profile_while_a_product_carries_it()
    {
        var product = await CnamWithProfileAsync();
        var number = _emulator.Seed.NumbersOnProfile[2].Sid;
        var onProduct = await AssignNumberAsync(Client, product, number);
        var list = await Client.GetAsync($"v1/CustomerProfiles/{_emulator.Profile}/ChannelEndpointAssignments?ChannelEndpointSid={number}");
        var profileAssignment = list.Json.GetProperty("results")[0].GetProperty("sid").GetString();
        AssertError(await Client.DeleteAsync($"v1/CustomerProfiles/{_emulator.Profile}/ChannelEndpointAssignments/{profileAssignment}"), HttpStatusCode.Conflict, 990014, product);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"v1/TrustProducts/{product}/ChannelEndpointAssignments/{onProduct.Str("sid")}")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"v1/CustomerProfiles/{_emulator.Profile}/ChannelEndpointAssignments/{profileAssignment}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"v1/CustomerProfiles/{_emulator.Profile}/ChannelEndpointAssignments/{profileAssignment}")).Status);
    }
}
