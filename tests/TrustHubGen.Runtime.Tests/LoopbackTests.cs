using System.Text;
using System.Text.Json;
using TrustHubGen.Runtime.Tests.Infrastructure;
using static TrustHubGen.Runtime.Tests.Infrastructure.TestData;

namespace TrustHubGen.Runtime.Tests;

/// <summary>The transport over a real HttpClient and socket against a server on 127.0.0.1.</summary>
public class LoopbackTests
{
    [Fact]
    public async Task A_throttled_post_is_retried_after_retry_after_and_arrives_intact()
    {
        var calls = 0;
        await using var server = LoopbackServer.Start(_ => Interlocked.Increment(ref calls) == 1
            ? new Answer(429, "{\"code\": 20429, \"message\": \"Too many requests\", \"status\": 429}", new Dictionary<string, string> { ["Retry-After"] = "3" })
            : new Answer(201, "{\"sid\": \"BU0123456789abcdef0123456789abcdef\", \"status\": \"draft\"}"));
        var time = new FakeTimeProvider(Now);
        var options = Options(o => o.UseBaseAddressForAllHosts(server.Address), time);
        using var client = new HttpClient();
        var transport = new TwilioHttpTransport(client, options).ForSubaccount(SubaccountSid);
        var request = new TwilioRequest(HttpMethod.Post, TrustHub, "/v1/TrustProducts")
        {
            Form = new TwilioParameters().Add("FriendlyName", "Acme & Co").Add("PolicySid", "RN7a97559effdf62d00f4298208492a5ea").AddJson("Attributes", "{\"a\":1}"),
        };

        var response = await transport.SendAsync(request, default);

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("draft", JsonDocument.Parse(response.Body).RootElement.GetProperty("status").GetString());
        Assert.Equal(new[] { TimeSpan.FromSeconds(3) }, time.Waits);
        var received = server.Received.ToArray();
        Assert.Equal(2, received.Length);
        Assert.All(received, r =>
        {
            Assert.Equal("POST", r.Method);
            Assert.Equal("/v1/TrustProducts", r.PathAndQuery);
            Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(SubaccountSid + ":" + AuthToken)), r.Authorization);
            Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", r.ContentType);
            Assert.Equal("FriendlyName=Acme%20%26%20Co&PolicySid=RN7a97559effdf62d00f4298208492a5ea&Attributes=%7B%22a%22%3A1%7D", r.Body);
        });
    }

    [Fact]
    public async Task Paging_over_a_real_server_follows_links_written_for_the_real_host()
    {
        await using var server = LoopbackServer.Start(r =>
        {
            var page = r.PathAndQuery.Contains("Page=2") ? 2 : r.PathAndQuery.Contains("Page=1") ? 1 : 0;
            var next = page == 2 ? "null" : $"\"https://trusthub.twilio.com/v1/CustomerProfiles?PageSize=1&Page={page + 1}\"";
            return new Answer(200, $$"""{"results": [{"sid": "BU{{page}}"}], "meta": {"page": {{page}}, "next_page_url": {{next}}, "key": "results"} }""");
        });
        var options = Options(o => o.BaseAddresses[TrustHub] = server.Address);
        using var client = new HttpClient();
        var transport = new TwilioHttpTransport(client, options);
        var first = Get("/v1/CustomerProfiles");
        first.Query.Add("PageSize", 1L);

        var sids = new List<string>();
        await foreach (var sid in TwilioPaging.ListAsync(transport, first, "results", static (ref Utf8JsonReader reader) =>
        {
            using var item = JsonDocument.ParseValue(ref reader);
            return item.RootElement.GetProperty("sid").GetString()!;
        }))
        {
            sids.Add(sid);
        }

        Assert.Equal(new[] { "BU0", "BU1", "BU2" }, sids);
        Assert.Equal(new[] { "/v1/CustomerProfiles?PageSize=1", "/v1/CustomerProfiles?PageSize=1&Page=1", "/v1/CustomerProfiles?PageSize=1&Page=2" },
            server.Received.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task A_real_error_answer_becomes_a_typed_exception()
    {
        await using var server = LoopbackServer.Start(_ => new Answer(404,
            "{\"code\": 20404, \"message\": \"The requested resource was not found\", \"more_info\": \"https://www.twilio.com/docs/errors/20404\", \"status\": 404}"));
        using var client = new HttpClient();
        var transport = new TwilioHttpTransport(client, Options(o => o.UseBaseAddressForAllHosts(server.Address)));

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => transport.SendAsync(Get("/v1/CustomerProfiles/BU0123456789abcdef0123456789abcdef"), default));

        Assert.Equal((404, 20404, "https://www.twilio.com/docs/errors/20404"), (error.Status, error.Code!.Value, error.MoreInfo));
        Assert.Single(server.Received);
    }
}
