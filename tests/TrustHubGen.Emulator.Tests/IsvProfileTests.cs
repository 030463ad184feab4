using System.Net;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>
/// ISVs: a customer's Secondary Customer Profile lives in the customer's subaccount and is assigned the ISV's
/// (the parent's) Primary Business Profile. Another account's profile stays invisible.
/// </summary>
public sealed class IsvProfileTests : IAsyncLifetime
{
    private TestEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TestEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task A_subaccount_secondary_profile_takes_the_parents_primary_profile()
    {
        using var customer = _emulator.ClientAs(_emulator.Seed.SubaccountSid!, _emulator.Seed.SubaccountAuthToken!);
        var secondary = await CreateSecondaryProfileAsync(customer);

        var assigned = await AssignEntityAsync(customer, secondary, _emulator.Seed.PrimaryBusinessProfileSid!, "CustomerProfiles");

        Assert.Equal(HttpStatusCode.Created, assigned.Status);
        Assert.Equal(_emulator.Seed.PrimaryBusinessProfileSid, assigned.Str("object_sid"));
    }

    [Fact]
    public async Task A_parent_bundle_cannot_take_a_subaccounts_profile()
    {
        using var customer = _emulator.ClientAs(_emulator.Seed.SubaccountSid!, _emulator.Seed.SubaccountAuthToken!);
        var customersOwn = await CreateSecondaryProfileAsync(customer);
        // Visibility runs one way: a subaccount sees its parent's profile, a parent bundle never takes a subaccount's.
        var parentsSecondary = await CreateSecondaryProfileAsync(_emulator.Client);

        AssertError(await AssignEntityAsync(_emulator.Client, parentsSecondary, customersOwn, "CustomerProfiles"), HttpStatusCode.BadRequest, 22205);
    }

    private static async Task<string> CreateSecondaryProfileAsync(ApiClient client)
    {
        var response = await client.PostAsync("v1/CustomerProfiles",
            ("FriendlyName", "Customer secondary profile"), ("Email", "isv@example.com"), ("PolicySid", TestEmulator.SecondaryProfile));
        Assert.Equal(HttpStatusCode.Created, response.Status);
        return response.Str("sid");
    }
}
