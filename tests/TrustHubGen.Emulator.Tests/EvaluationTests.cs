using System.Net;
using System.Text.Json;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>Evaluations answer at once with Twilio's result structure.</summary>
public sealed class EvaluationTests : IAsyncLifetime
{
    private TestEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TestEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private ApiClient Client => _emulator.Client;

    [Fact]
    public async Task A_cnam_product_without_end_user_is_noncompliant_with_22214_and_22215()
    {
        var product = await CreateTrustProductAsync(Client, TestEmulator.Cnam);
        var evaluation = await Client.PostAsync($"v1/TrustProducts/{product}/Evaluations", ("PolicySid", TestEmulator.Cnam));
        Assert.Equal(HttpStatusCode.Created, evaluation.Status);
        Assert.StartsWith("EL", evaluation.Str("sid"), StringComparison.Ordinal);
        Assert.Equal("noncompliant", evaluation.Str("status"));
        Assert.Equal(product, evaluation.Str("trust_product_sid"));

        var results = evaluation.Json.GetProperty("results").EnumerateArray().ToList();
        var cnam = results.Single(r => r.GetProperty("requirement_name").GetString() == "cnam_information");
        Assert.False(cnam.GetProperty("passed").GetBoolean());
        Assert.Equal(22214, cnam.GetProperty("error_code").GetInt32());
        var invalid = cnam.GetProperty("invalid").EnumerateArray().Single();
        Assert.Equal("cnam_display_name", invalid.GetProperty("object_field").GetString());
        Assert.Equal(22215, invalid.GetProperty("error_code").GetInt32());
        foreach (var field in new[] { "friendly_name", "object_type", "failure_reason", "valid", "requirement_friendly_name" })
        {
            Assert.True(cnam.TryGetProperty(field, out _), field);
        }

        var profile = results.Single(r => r.GetProperty("requirement_name").GetString() == "business_profile");
        Assert.Equal(990013, profile.GetProperty("error_code").GetInt32());
    }

    [Fact]
    public async Task A_complete_cnam_product_is_compliant_and_evaluations_list_and_fetch()
    {
        var product = await CnamReadyToSubmitAsync(_emulator);
        var evaluation = await Client.PostAsync($"v1/TrustProducts/{product}/Evaluations", ("PolicySid", TestEmulator.Cnam));
        Assert.Equal("compliant", evaluation.Str("status"));
        Assert.All(evaluation.Json.GetProperty("results").EnumerateArray(), r => Assert.True(r.GetProperty("passed").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, evaluation.Json.GetProperty("results")[0].GetProperty("error_code").ValueKind);

        var fetched = await Client.GetAsync($"v1/TrustProducts/{product}/Evaluations/{evaluation.Str("sid")}");
        Assert.Equal(evaluation.Json.GetRawText(), fetched.Json.GetRawText());
        var list = await Client.GetAsync($"v1/TrustProducts/{product}/Evaluations");
        Assert.Equal(1, list.Json.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task The_numbers_that_passed_are_one_field_entry_however_many_the_product_holds()
    {
        var product = await CnamReadyToSubmitAsync(_emulator);
        foreach (var number in _emulator.Seed.NumbersOnProfile.Skip(1).Take(2))
        {
            Assert.Equal(HttpStatusCode.Created, (await AssignNumberAsync(Client, product, number.Sid)).Status);
        }

        var evaluation = await Client.PostAsync($"v1/TrustProducts/{product}/Evaluations", ("PolicySid", TestEmulator.Cnam));

        Assert.Equal("compliant", evaluation.Str("status"));
        var numbers = evaluation.Json.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("requirement_name").GetString() == "channel_endpoints");
        var valid = Assert.Single(numbers.GetProperty("valid").EnumerateArray());
        Assert.Equal("channel_endpoint_sid", valid.GetProperty("object_field").GetString());
        Assert.Equal("Phone Numbers", valid.GetProperty("friendly_name").GetString());
        Assert.Equal(0, numbers.GetProperty("invalid").GetArrayLength());
    }

    [Fact]
    public async Task Evaluating_against_another_policy_reports_what_that_policy_misses()
    {
        var product = await CnamReadyToSubmitAsync(_emulator);
        var evaluation = await Client.PostAsync($"v1/TrustProducts/{product}/Evaluations", ("PolicySid", "RN5b3660f9598883b1df4e77f77acefba0"));
        Assert.Equal("noncompliant", evaluation.Str("status"));
        Assert.Contains(evaluation.Json.GetProperty("results").EnumerateArray(), r => r.GetProperty("error_code").ValueKind == JsonValueKind.Number && r.GetProperty("error_code").GetInt32() == 22214);
    }

    [Fact]
    public async Task The_demo_profile_evaluates_compliant_against_its_policy()
    {
        var evaluation = await Client.PostAsync($"v1/CustomerProfiles/{_emulator.Profile}/Evaluations", ("PolicySid", TestEmulator.PrimaryProfile));
        Assert.True(evaluation.Str("status") == "compliant", evaluation.ToString());
        Assert.Equal(_emulator.Profile, evaluation.Str("customer_profile_sid"));
    }

    [Fact]
    public async Task Evaluation_needs_a_known_policy()
    {
        var product = await CreateTrustProductAsync(Client, TestEmulator.Cnam);
        AssertError(await Client.PostAsync($"v1/TrustProducts/{product}/Evaluations", ("PolicySid", "RN" + new string('1', 32))), HttpStatusCode.BadRequest, 990010);
        AssertError(await Client.PostAsync($"v1/TrustProducts/{product}/Evaluations"), HttpStatusCode.BadRequest, 20001, "PolicySid");
    }
}
