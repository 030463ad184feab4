using System.Text;
using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Runtime.Tests.Infrastructure;
using static TrustHubGen.Runtime.Tests.Infrastructure.TestData;

namespace TrustHubGen.Runtime.Tests;

/// <summary>Answers that cannot come from Twilio are clear errors naming the address the request went to.</summary>
public class InvalidAnswerTests
{
    [Fact]
    public async Task A_non_json_200_names_the_url_it_came_from()
    {
        await using var server = LoopbackServer.Start(_ => new Answer(200, "<html><body>Please log in to the hotel Wi-Fi</body></html>",
            new Dictionary<string, string> { ["Content-Type"] = "text/html" }));
        using var client = new HttpClient();
        var transport = new TwilioHttpTransport(client, Options(o => o.UseBaseAddressForAllHosts(server.Address)));

        var error = await Assert.ThrowsAsync<TwilioInvalidResponseException>(() => transport.SendAsync(Get(), default));

        var url = server.Address.AbsoluteUri.TrimEnd('/') + "/v1/CustomerProfiles";
        Assert.Equal("GET " + url, error.Request);
        Assert.Equal(200, error.Status);
        Assert.StartsWith($"The answer to GET {url} (HTTP 200", error.Message);
        Assert.Contains("\"<html><body>Please log in to the hotel Wi-Fi</body></html>\"", error.Message);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }

    [Fact]
    public async Task A_body_beyond_the_limit_is_refused_without_reading_it_all()
    {
        await using var server = LoopbackServer.Start(_ => new Answer(200, "[" + new string(' ', 4096) + "]"));
        using var client = new HttpClient();
        var transport = new TwilioHttpTransport(client, Options(o => { o.UseBaseAddressForAllHosts(server.Address); o.MaxResponseBytes = 1024; }));

        var error = await Assert.ThrowsAsync<TwilioInvalidResponseException>(() => transport.SendAsync(Get(), default));

        Assert.Contains("larger than TwilioClientOptions.MaxResponseBytes (1024 bytes)", error.Message);
    }

    [Fact]
    public async Task Errors_and_retry_reports_name_the_host_the_request_went_to_not_the_specs()
    {
        var calls = 0;
        await using var server = LoopbackServer.Start(_ => Interlocked.Increment(ref calls) == 1
            ? new Answer(503, "{\"code\": 20503, \"message\": \"busy\", \"status\": 503}")
            : new Answer(400, "{\"code\": 60711, \"message\": \"locked\", \"status\": 400}"));
        var retries = new List<TwilioRetryInfo>();
        var options = Options(o => o.UseBaseAddressForAllHosts(server.Address));
        options.Retry.OnRetry = retries.Add;
        using var client = new HttpClient();
        var transport = new TwilioHttpTransport(client, options);

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => transport.SendAsync(Get("/v1/TrustProducts"), default));

        var where = "GET " + server.Address.AbsoluteUri.TrimEnd('/') + "/v1/TrustProducts";
        Assert.Equal(where, error.Request);
        Assert.Contains(where, error.Message);
        Assert.Equal(where, Assert.Single(retries).Request);
        Assert.DoesNotContain("trusthub.twilio.com", error.Message);
    }

    [Fact]
    public void Records_users_print_show_their_content_not_their_collection_types()
    {
        var outcome = new ProductOutcome
        {
            Policy = "Cnam", ProductSid = "BU0123456789abcdef0123456789abcdef", Status = "twilio-rejected", NumbersAssigned = 3,
            Rejection = [new RejectionReason(22214, "a required end user is missing")],
        };
        Assert.Equal("Cnam: BU0123456789abcdef0123456789abcdef twilio-rejected with 3 number(s); rejected: 22214: a required end user is missing", outcome.ToString());

        var request = new OnboardingRequest
        {
            BusinessProfileSid = "BU0123456789abcdef0123456789abcdef",
            Policies = [new OnboardingPolicy { Sid = "RNf3db3cd1fe25fcfd3c3ded065c8fea53", Name = "Cnam", Kind = OnboardingBundleKind.TrustProduct }],
            Numbers = OnboardingNumbers.FromPhoneNumbers(["+14155550100"]),
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["cnam_information"] = new Dictionary<string, string> { ["cnam_display_name"] = "Acme" } },
            NotificationEmail = "ops@acme.example",
        };
        var text = request.ToString();
        Assert.Contains("Policies = [Cnam]", text);
        Assert.Contains("EndUserAttributes = { cnam_information = { cnam_display_name = Acme } }", text);
        Assert.Contains("Numbers = 1 number(s) by E.164", text);
        foreach (var printed in new[] { outcome.ToString(), text }) Assert.DoesNotContain("`", printed);
    }
}
