using System.Text.Json;
using TrustHubGen.Runtime.Tests.Infrastructure;
using TrustHubGen.Runtime.Wire;
using static TrustHubGen.Runtime.Tests.Infrastructure.TestData;

namespace TrustHubGen.Runtime.Tests;

/// <summary>
/// 2xx answers the generated clients cannot read (through the runtime's own generated Wire clients, as a user's SDK
/// calls them): the error names the request, the address it went to and the value, and is of a documented type.
/// </summary>
public class AnswerReadingTests
{
    private const string Profile = "BU0123456789abcdef0123456789abcdef";
    private const string ProfileUrl = "GET https://trusthub.twilio.com/v1/CustomerProfiles/" + Profile;

    private static TrustHubClient Client(string body) => new(Transport(new FakeHandler().ThenJson(200, body)));

    [Fact]
    public async Task An_empty_200_where_a_resource_belongs_names_the_request()
    {
        var error = await Assert.ThrowsAsync<TwilioInvalidResponseException>(() => Client("").CustomerProfiles.FetchAsync(CustomerProfileSid.Parse(Profile)));

        Assert.Equal(ProfileUrl, error.Request);
        Assert.Equal(200, error.Status);
        Assert.StartsWith($"The answer to {ProfileUrl} (HTTP 200) is empty, but a JSON object (CustomerProfile) was expected", error.Message);
    }

    [Fact]
    public async Task An_empty_200_list_page_names_the_request()
    {
        var error = await Assert.ThrowsAsync<TwilioInvalidResponseException>(async () =>
        {
            await foreach (var _ in Client("  ").CustomerProfiles.ListAsync()) { }
        });

        Assert.StartsWith("The answer to GET https://trusthub.twilio.com/v1/CustomerProfiles (HTTP 200) is empty, but a list page (a JSON object with a \"results\" array) was expected", error.Message);
    }

    [Theory]
    [InlineData("""{"sid": "BU0123456789abcdef0123456789abcdef", "date_created": "yesterday"}""", "$.date_created", "Expected an ISO 8601 or RFC 2822 date, but found \"yesterday\".")]
    [InlineData("""{"links": {}, "policy_sid": "BU0123456789abcdef0123456789abcdef"}""", "$.policy_sid", "PolicySid must start with \"RN\"")]
    [InlineData("""[{"sid": "BU0123456789abcdef0123456789abcdef"}]""", "$", "Expected a JSON object for CustomerProfile, but found StartArray.")]
    [InlineData("""{"new_field": {"a": [1, 2]}, "status": ["twilio-approved"]}""", "$.status", "Expected a string, but found StartArray")]
    public async Task A_value_the_reader_refuses_is_a_call_failure_naming_the_request_and_the_value(string body, string path, string cause)
    {
        var error = await Assert.ThrowsAsync<TwilioUnreadableAnswerException>(() => Client(body).CustomerProfiles.FetchAsync(CustomerProfileSid.Parse(Profile)));

        Assert.StartsWith($"The answer to {ProfileUrl} (HTTP 200) cannot be read as CustomerProfile at {path}: {cause}", error.Message);
        Assert.Equal(path, error.Path);
        Assert.Equal(200, error.Status);
        Assert.Equal(ProfileUrl, error.Request);
        // The reader's error, as System.Text.Json's serializer would give it: the same message and path.
        var json = Assert.IsType<JsonException>(error.InnerException);
        Assert.Equal(path, json.Path);
        Assert.NotNull(json.InnerException);
    }

    [Fact]
    public async Task A_list_item_the_reader_refuses_names_the_page_and_the_item()
    {
        const string Page = """
            {"results": [{"sid": "BU0123456789abcdef0123456789abcdef"}, {"sid": "RN0123456789abcdef0123456789abcdef", "status": "draft"}],
             "meta": {"next_page_url": null, "key": "results"}}
            """;

        var error = await Assert.ThrowsAsync<TwilioUnreadableAnswerException>(async () =>
        {
            await foreach (var _ in Client(Page).CustomerProfiles.ListAsync()) { }
        });

        Assert.StartsWith("The list page from GET https://trusthub.twilio.com/v1/CustomerProfiles cannot be read at $.results[1].sid: CustomerProfileSid must start with \"BU\"", error.Message);
        Assert.Equal("$.results[1].sid", error.Path);
    }

    [Fact]
    public async Task A_resource_read_from_an_answer_prints_its_links_by_their_content()
    {
        var profile = await Client($$"""
            {"sid": "{{Profile}}", "status": "draft", "errors": null,
             "links": {"customer_profiles_entity_assignments": "https://x/e", "customer_profiles_evaluations": "https://x/v"} }
            """).CustomerProfiles.FetchAsync(CustomerProfileSid.Parse(Profile));

        var text = profile.ToString();

        Assert.StartsWith($"CustomerProfile {{ Sid = {Profile}, ", text);
        Assert.Contains("Status = draft", text);
        Assert.Contains("Links = { customer_profiles_entity_assignments = https://x/e, customer_profiles_evaluations = https://x/v }", text);
        Assert.DoesNotContain("`", text);
    }
}
