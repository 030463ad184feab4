using System.Net;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>What a bundle's policy lets into it: end-user types and counts, attribute rules, the Business Profile.</summary>
public sealed class EntityAssignmentRuleTests : IAsyncLifetime
{
    private TestEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TestEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private ApiClient Client => _emulator.Client;

    [Theory]
    [InlineData("Owl Industries Inc", "15")]
    [InlineData("1Owl", "letter")]
    [InlineData("Owl & Sons", "letter")]
    [InlineData("California", "California")]
    public async Task Cnam_display_name_rules_refuse_bad_names(string name, string hint)
    {
        var response = await CreateEndUserAsync(Client, "cnam_information", $$"""{"cnam_display_name":"{{name}}"}""");
        AssertError(response, HttpStatusCode.BadRequest, 990005, "cnam_display_name");
        Assert.Contains(hint, response.Str("message"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cnam_display_name_rules_accept_a_good_name_and_apply_on_update()
    {
        var sid = await CreateCnamEndUserAsync(Client, "Owl Ind. 2, Co");
        AssertError(await Client.PostAsync($"v1/EndUsers/{sid}", ("Attributes", """{"cnam_display_name":"A name far too long"}""")), HttpStatusCode.BadRequest, 990005);
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsync($"v1/EndUsers/{sid}", ("Attributes", """{"cnam_display_name":"Owl"}"""))).Status);
    }

    [Fact]
    public async Task Attributes_must_be_a_json_object()
    {
        AssertError(await CreateEndUserAsync(Client, "cnam_information", "cnam_display_name=Owl"), HttpStatusCode.BadRequest, 990011, "Attributes");
        AssertError(await CreateEndUserAsync(Client, "cnam_information", "[1]"), HttpStatusCode.BadRequest, 990011, "JSON object");
    }

    [Fact]
    public async Task Shaken_stir_accepts_no_end_user()
    {
        var product = await CreateTrustProductAsync(Client, TestEmulator.ShakenStir);
        var endUser = await CreateCnamEndUserAsync(Client);
        AssertError(await AssignEntityAsync(Client, product, endUser), HttpStatusCode.BadRequest, 990004, "cnam_information", "no end users");
    }

    [Fact]
    public async Task Cnam_accepts_exactly_one_cnam_information_end_user()
    {
        var product = await CreateTrustProductAsync(Client, TestEmulator.Cnam);
        Assert.Equal(HttpStatusCode.Created, (await AssignEntityAsync(Client, product, await CreateCnamEndUserAsync(Client))).Status);
        AssertError(await AssignEntityAsync(Client, product, await CreateCnamEndUserAsync(Client, "Owl Two")), HttpStatusCode.BadRequest, 990004, "at most 1");
        var other = await CreateEndUserAsync(Client, "authorized_representative_1", """{"first_name":"Ada"}""");
        AssertError(await AssignEntityAsync(Client, product, other.Str("sid")), HttpStatusCode.BadRequest, 990004, "authorized_representative_1", "cnam_information");
    }

    [Fact]
    public async Task The_same_object_cannot_be_assigned_twice()
    {
        var product = await CreateTrustProductAsync(Client, TestEmulator.Cnam);
        Assert.Equal(HttpStatusCode.Created, (await AssignEntityAsync(Client, product, _emulator.Profile)).Status);
        AssertError(await AssignEntityAsync(Client, product, _emulator.Profile), HttpStatusCode.Conflict, 990002, _emulator.Profile);
    }

    [Fact]
    public async Task The_profile_must_be_twilio_approved()
    {
        var draft = await Client.PostAsync("v1/CustomerProfiles", ("FriendlyName", "new profile"), ("Email", "a@example.com"), ("PolicySid", TestEmulator.PrimaryProfile));
        Assert.Equal("draft", draft.Str("status"));
        var product = await CreateTrustProductAsync(Client, TestEmulator.ShakenStir);
        AssertError(await AssignEntityAsync(Client, product, draft.Str("sid")), HttpStatusCode.BadRequest, 990007, "draft", "twilio-approved");
    }

    [Fact]
    public async Task Only_one_business_profile_per_product()
    {
        var product = await CreateTrustProductAsync(Client, TestEmulator.ShakenStir);
        Assert.Equal(HttpStatusCode.Created, (await AssignEntityAsync(Client, product, _emulator.Profile)).Status);
        var another = await Client.PostAsync("v1/CustomerProfiles", ("FriendlyName", "second"), ("Email", "a@example.com"), ("PolicySid", TestEmulator.PrimaryProfile));
        AssertError(await AssignEntityAsync(Client, product, another.Str("sid")), HttpStatusCode.Conflict, 990015, _emulator.Profile);
    }

    [Fact]
    public async Task Object_sids_must_exist_in_this_account_and_be_assignable()
    {
        var product = await CreateTrustProductAsync(Client, TestEmulator.Cnam);
        AssertError(await AssignEntityAsync(Client, product, "BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), HttpStatusCode.BadRequest, 22205);
        AssertError(await AssignEntityAsync(Client, product, "not-a-sid"), HttpStatusCode.BadRequest, 22205, "not-a-sid");
        AssertError(await AssignEntityAsync(Client, product, _emulator.Seed.NumbersOnProfile[0].Sid), HttpStatusCode.BadRequest, 22205);
        AssertError(await AssignEntityAsync(Client, product, product), HttpStatusCode.BadRequest, 22205);
        AssertError(await Client.PostAsync($"v1/TrustProducts/{product}/EntityAssignments"), HttpStatusCode.BadRequest, 20001, "ObjectSid");
    }

    [Fact]
    public async Task Assigned_objects_cannot_be_deleted_until_unassigned()
    {
        var product = await CreateTrustProductAsync(Client, TestEmulator.Cnam);
        var endUser = await CreateCnamEndUserAsync(Client);
        var assignment = await AssignEntityAsync(Client, product, endUser);
        AssertError(await Client.DeleteAsync($"v1/EndUsers/{endUser}"), HttpStatusCode.Conflict, 990014, product);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"v1/TrustProducts/{product}/EntityAssignments/{assignment.Str("sid")}")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"v1/EndUsers/{endUser}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"v1/EndUsers/{endUser}")).Status);
    }

    [Fact]
    public async Task A_profile_in_use_cannot_be_deleted()
    {
        var product = await CreateTrustProductAsync(Client, TestEmulator.ShakenStir);
        Assert.Equal(HttpStatusCode.Created, (await AssignEntityAsync(Client, product, _emulator.Profile)).Status);
        AssertError(await Client.DeleteAsync($"v1/CustomerProfiles/{_emulator.Profile}"), HttpStatusCode.Conflict, 990014, product);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"v1/TrustProducts/{product}")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"v1/CustomerProfiles/{_emulator.Profile}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"v1/CustomerProfiles/{_emulator.Profile}")).Status);
    }

    /// <summary>The spec: ObjectType is the "(EndUserType or SupportingDocumentType) machine-name" of the assigned object.</summary>
    [Fact]
    public async Task Entity_assignment_lists_filter_by_the_objects_type_machine_name()
    {
        var product = await CreateTrustProductAsync(Client, TestEmulator.Cnam);
        await AssignEntityAsync(Client, product, _emulator.Profile);
        var endUser = await CreateCnamEndUserAsync(Client);
        await AssignEntityAsync(Client, product, endUser);

        async Task<string[]> ObjectSids(string objectType) =>
            [.. (await Client.GetAsync($"v1/TrustProducts/{product}/EntityAssignments?ObjectType={objectType}")).Json
                .GetProperty("results").EnumerateArray().Select(a => a.GetProperty("object_sid").GetString()!)];

        Assert.Equal([endUser], await ObjectSids("cnam_information"));
        Assert.Equal([_emulator.Profile], await ObjectSids("customer_profile"));
        Assert.Empty(await ObjectSids("end_user"));
        Assert.Equal(2, (await Client.GetAsync($"v1/TrustProducts/{product}/EntityAssignments")).Json.GetProperty("results").GetArrayLength());

        var documents = await Client.GetAsync($"v1/CustomerProfiles/{_emulator.Profile}/EntityAssignments?ObjectType=customer_profile_address");
        Assert.StartsWith("RD", documents.Json.GetProperty("results").EnumerateArray().Single().GetProperty("object_sid").GetString(), StringComparison.Ordinal);
    }
}
