using System.Net;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>The demo seed as documented, the empty seed, seed files, and large seeds.</summary>
public sealed class SeedTests
{
    [Fact]
    public async Task Demo_seed_has_the_documented_content()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var client = emulator.Client;
        Assert.Equal(EmulatorDefaults.AccountSid, emulator.Host.AccountSid);
        var profile = await client.GetAsync($"v1/CustomerProfiles/{emulator.Profile}");
        Assert.Equal("twilio-approved", profile.Str("status"));
        Assert.Equal(TestEmulator.PrimaryProfile, profile.Str("policy_sid"));

        var onProfile = await client.GetAsync($"v1/CustomerProfiles/{emulator.Profile}/ChannelEndpointAssignments");
        var assigned = onProfile.Json.GetProperty("results").EnumerateArray().Select(a => a.GetProperty("channel_endpoint_sid").GetString()).ToHashSet();
        Assert.Equal(12, assigned.Count);
        Assert.Equal(10, emulator.Seed.NumbersOnProfile.Count);
        Assert.All(emulator.Seed.NumbersOnProfile, n => Assert.Contains(n.Sid, assigned));
        Assert.Contains(emulator.Seed.TollFreeNumber!.Sid, assigned);
        Assert.Contains(emulator.Seed.CanadianNumber!.Sid, assigned);
        Assert.Equal(5, emulator.Seed.NumbersNotOnProfile.Count);
        Assert.All(emulator.Seed.NumbersNotOnProfile, n => Assert.DoesNotContain(n.Sid, assigned));
        Assert.All(emulator.Seed.NumbersOnProfile.Concat(emulator.Seed.NumbersNotOnProfile), n => Assert.StartsWith("+1415", n.PhoneNumber, StringComparison.Ordinal));

        var numbers = await client.GetAsync($"2010-04-01/Accounts/{emulator.Host.AccountSid}/IncomingPhoneNumbers.json");
        Assert.Equal(17, numbers.Json.GetProperty("incoming_phone_numbers").GetArrayLength());
        Assert.Equal(3, emulator.Seed.SubaccountNumbers.Count);

        // The profile carries an EIN, which CNAM requires.
        var entities = await client.GetAsync($"v1/CustomerProfiles/{emulator.Profile}/EntityAssignments?ObjectType=customer_profile_business_information");
        var business = await client.GetAsync($"v1/EndUsers/{entities.Json.GetProperty("results")[0].GetProperty("object_sid").GetString()}");
        Assert.Equal("EIN", business.Json.GetProperty("attributes").GetProperty("business_registration_identifier").GetString());
    }

    [Fact]
    public async Task Demo_seed_sids_are_stable_across_starts()
    {
        await using var first = await TestEmulator.StartAsync();
        var profile = first.Profile;
        var numbers = first.Seed.NumbersOnProfile.Select(n => n.Sid).ToArray();
        await using var second = await TestEmulator.StartAsync();
        Assert.Equal(profile, second.Profile);
        Assert.Equal(numbers, second.Seed.NumbersOnProfile.Select(n => n.Sid));
    }

    [Fact]
    public async Task None_seed_starts_empty_with_working_credentials()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.Seed = "none");
        Assert.Null(emulator.Seed.PrimaryBusinessProfileSid);
        Assert.Equal(0, (await emulator.Client.GetAsync("v1/CustomerProfiles")).Json.GetProperty("results").GetArrayLength());
        Assert.Equal(0, (await emulator.Client.GetAsync($"2010-04-01/Accounts/{emulator.Host.AccountSid}/IncomingPhoneNumbers.json")).Json.GetProperty("incoming_phone_numbers").GetArrayLength());
        Assert.Single((await emulator.Client.GetAsync("2010-04-01/Accounts.json")).Json.GetProperty("accounts").EnumerateArray());
    }

    [Fact]
    public async Task A_seed_file_defines_accounts_numbers_and_bundles_and_its_rules_apply()
    {
        var file = Path.Combine(Path.GetTempPath(), $"emulator-seed-{Guid.NewGuid():N}.json");
        const string Starter = "RN806dd6cd175f314e1f96a9727ee271f4";
        await File.WriteAllTextAsync(file, $$"""
            {"accounts":[{"sid":"{{EmulatorDefaults.AccountSid}}","auth_token":"{{EmulatorDefaults.AuthToken}}",
              "incoming_phone_numbers":[{"phone_number":"+15125550100"},{"phone_number":"+15125550101"}],
              "end_users":[{"sid":"IT0123456789abcdef0123456789abcdef","type":"customer_profile_business_information","attributes":{"business_registration_identifier":"OTHER"} }],
              "customer_profiles":[
                {"sid":"BU00000000000000000000000000000001","policy_sid":"{{Starter}}","status":"twilio-approved","channel_endpoint_assignments":[{"phone_number":"+15125550100"}]},
                {"sid":"BU00000000000000000000000000000002","policy_sid":"{{TestEmulator.PrimaryProfile}}","status":"twilio-approved",
                 "entity_assignments":[{"object_sid":"IT0123456789abcdef0123456789abcdef"}],"channel_endpoint_assignments":[{"phone_number":"+15125550101"}]}]}]}
            """);
        try
        {
            await using var emulator = await TestEmulator.StartAsync(o => o.Seed = file);
            var client = emulator.Client;
            Assert.Equal(2, (await client.GetAsync("v1/CustomerProfiles")).Json.GetProperty("results").GetArrayLength());
            var product = await CreateTrustProductAsync(client, TestEmulator.Cnam);
            AssertError(await AssignEntityAsync(client, product, "BU00000000000000000000000000000001"), HttpStatusCode.BadRequest, 990003, Starter);
            AssertError(await AssignEntityAsync(client, product, "BU00000000000000000000000000000002"), HttpStatusCode.BadRequest, 990016, "EIN or DUNS");
            var shaken = await CreateTrustProductAsync(client, TestEmulator.ShakenStir);
            Assert.Equal(HttpStatusCode.Created, (await AssignEntityAsync(client, shaken, "BU00000000000000000000000000000002")).Status);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Bad_seeds_fail_with_a_message_naming_the_place()
    {
        var file = Path.Combine(Path.GetTempPath(), $"emulator-badseed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{"accounts":[{"sid":"AC043bcd784c2155dbb1db7b3139a3617f","auth_token":"t","incoming_phone_numbers":[{"phone_number":"4155550100"}]}]}""");
        try
        {
            var error = await Assert.ThrowsAsync<InvalidDataException>(() => EmulatorHost.StartAsync(new EmulatorOptions { Seed = file }));
            Assert.Contains("$.accounts[0].incoming_phone_numbers[0].phone_number", error.Message, StringComparison.Ordinal);
            Assert.Contains(file, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }

        var missing = await Assert.ThrowsAsync<ArgumentException>(() => EmulatorHost.StartAsync(new EmulatorOptions { Seed = "/nonexistent/seed.json" }));
        Assert.Contains("/nonexistent/seed.json", missing.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => EmulatorHost.StartAsync(new EmulatorOptions { Url = "http://0.0.0.0:5080" }));
        await Assert.ThrowsAsync<ArgumentException>(() => EmulatorHost.StartAsync(new EmulatorOptions { AccountSid = "ACnot-a-sid" }));
    }

    /// <summary>A misspelt key in a hand-written seed (or a state file) is an error naming it, not data silently left out.</summary>
    [Theory]
    [InlineData("""{"accounts":[{"sid":"AC043bcd784c2155dbb1db7b3139a3617f","auth_token":"t","incoming_phone_number":[]}]}""", "$.accounts[0].incoming_phone_number", "incoming_phone_number")]
    [InlineData("""{"acounts":[]}""", "$.acounts", "acounts")]
    public async Task An_unknown_key_in_a_seed_is_an_error_naming_it(string seed, string path, string key)
    {
        var file = Path.Combine(Path.GetTempPath(), $"emulator-typoseed-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, seed);
        try
        {
            var error = await Assert.ThrowsAsync<InvalidDataException>(() => EmulatorHost.StartAsync(new EmulatorOptions { Seed = file }));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains($"unknown property \"{key}\"", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_100000_number_seed_starts_and_serves_full_pages()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.ExtraNumbers = 100_000);
        Assert.Equal(100_005, emulator.Seed.NumbersNotOnProfile.Count);
        Assert.Equal(100_005, emulator.Seed.NumbersNotOnProfile.Select(n => n.PhoneNumber).Distinct().Count());
        var page = await emulator.Client.GetAsync($"2010-04-01/Accounts/{emulator.Host.AccountSid}/IncomingPhoneNumbers.json?PageSize=1000&Page=100");
        Assert.Equal(17, page.Json.GetProperty("incoming_phone_numbers").GetArrayLength());
        Assert.Null(page.Json.GetProperty("next_page_uri").GetString());
        var last = emulator.Seed.NumbersNotOnProfile[^1];
        Assert.Equal(HttpStatusCode.Created, (await AssignNumberAsync(emulator.Client, emulator.Profile, last.Sid, "CustomerProfiles")).Status);
    }
}
