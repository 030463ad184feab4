using System.Text.Json;
using TrustHubGen.Runtime.Tests.Infrastructure;
using static TrustHubGen.Runtime.Tests.Infrastructure.TestData;

namespace TrustHubGen.Runtime.Tests;

public class PagingTests
{
    private const string ProfilesPath = "/v1/CustomerProfiles";
    private static readonly string NumbersPath = $"/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json";

    // A generated reader would read every field; this one reads "sid" and skips the rest, ending on the closing brace.
    private static readonly JsonItemReader<string> ReadSid = static (ref Utf8JsonReader reader) =>
    {
        string? sid = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isSid = reader.ValueTextEquals("sid"u8);
            reader.Read();
            if (isSid) sid = reader.GetString();
            else reader.Skip();
        }
        return sid ?? throw new JsonException("item without sid");
    };

    private static string V1Item(string sid) =>
        "{\"sid\": \"" + sid + "\", \"status\": \"twilio-approved\", \"links\": {\"x\": \"y\"}, \"new_field\": [1, {\"a\": null}]}";

    private static string NumberItem(string sid) => "{\"sid\": \"" + sid + "\", \"phone_number\": \"+14155550100\"}";

    private static string V1Page(int page, string? next, params string[] sids) => $$"""
        {"results": [{{string.Join(",", sids.Select(V1Item))}}],
         "meta": {"page": {{page}}, "page_size": 2, "first_page_url": "https://trusthub.twilio.com/v1/CustomerProfiles?PageSize=2&Page=0",
                  "previous_page_url": null, "url": "https://trusthub.twilio.com/v1/CustomerProfiles?PageSize=2&Page={{page}}",
                  "next_page_url": {{(next is null ? "null" : $"\"{next}\"")}}, "key": "results"} }
        """;

    private static string Page2010(string? nextUri, params string[] sids) => $$"""
        {"first_page_uri": "/2010-04-01/Accounts/{{AccountSid}}/IncomingPhoneNumbers.json?PageSize=2&Page=0", "end": 1,
         "incoming_phone_numbers": [{{string.Join(",", sids.Select(NumberItem))}}],
         "next_page_uri": {{(nextUri is null ? "null" : $"\"{nextUri}\"")}}, "page": 0, "page_size": 2, "previous_page_uri": null, "start": 0,
         "uri": "/2010-04-01/Accounts/{{AccountSid}}/IncomingPhoneNumbers.json?PageSize=2&Page=0"}
        """;

    private static async Task<List<T>> All<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    [Fact]
    public async Task Trust_hub_lists_follow_meta_next_page_url_over_three_pages()
    {
        var transport = new ScriptedTransport(
            V1Page(0, "https://trusthub.twilio.com/v1/CustomerProfiles?PageSize=2&Page=1&PageToken=PA1", "BU1", "BU2"),
            V1Page(1, "https://trusthub.twilio.com/v1/CustomerProfiles?PageSize=2&Page=2&PageToken=PA2", "BU3", "BU4"),
            V1Page(2, null, "BU5"));
        var first = new TwilioRequest(HttpMethod.Get, TrustHub, ProfilesPath);
        first.Query.Add("PageSize", 2L);

        var sids = await All(TwilioPaging.ListAsync(transport, first, "results", ReadSid));

        Assert.Equal(new[] { "BU1", "BU2", "BU3", "BU4", "BU5" }, sids);
        Assert.Same(first, transport.Requests[0]);
        Assert.Equal(
            new[] { "https://trusthub.twilio.com/v1/CustomerProfiles?PageSize=2&Page=1&PageToken=PA1", "https://trusthub.twilio.com/v1/CustomerProfiles?PageSize=2&Page=2&PageToken=PA2" },
            transport.Requests.Skip(1).Select(r => r.AbsoluteUrl!.AbsoluteUri));
        Assert.All(transport.Requests, r => Assert.Equal(HttpMethod.Get, r.Method));
    }

    [Fact]
    public async Task Api_2010_lists_follow_the_relative_next_page_uri_over_three_pages()
    {
        var transport = new ScriptedTransport(
            Page2010($"{NumbersPath}?PageSize=2&Page=1&PageToken=PA1", "PN1", "PN2"),
            Page2010($"{NumbersPath}?PageSize=2&Page=2&PageToken=PA2", "PN3", "PN4"),
            Page2010(null, "PN5"));

        var sids = await All(TwilioPaging.ListAsync(transport, new TwilioRequest(HttpMethod.Get, Api2010, NumbersPath), "incoming_phone_numbers", ReadSid));

        Assert.Equal(new[] { "PN1", "PN2", "PN3", "PN4", "PN5" }, sids);
        Assert.Equal($"https://api.twilio.com{NumbersPath}?PageSize=2&Page=2&PageToken=PA2", transport.Requests[2].AbsoluteUrl!.AbsoluteUri);
    }

    [Fact]
    public async Task Stopping_early_fetches_no_more_pages()
    {
        var transport = new ScriptedTransport(
            V1Page(0, "https://trusthub.twilio.com/v1/CustomerProfiles?Page=1", "BU1", "BU2"),
            V1Page(1, "https://trusthub.twilio.com/v1/CustomerProfiles?Page=2", "BU3", "BU4"),
            V1Page(2, null, "BU5"));
        var taken = new List<string>();

        await foreach (var sid in TwilioPaging.ListAsync(transport, Get(ProfilesPath), "results", ReadSid))
        {
            taken.Add(sid);
            if (taken.Count == 2) break;
        }

        Assert.Equal(new[] { "BU1", "BU2" }, taken);
        Assert.Single(transport.Requests);
    }

    [Fact]
    public async Task Nothing_is_fetched_until_the_first_item_is_asked_for()
    {
        var transport = new ScriptedTransport(V1Page(0, null, "BU1"));
        var items = TwilioPaging.ListAsync(transport, Get(ProfilesPath), "results", ReadSid);
        Assert.Empty(transport.Requests);
        Assert.Equal(new[] { "BU1" }, await All(items));
    }

    [Fact]
    public async Task Follow_up_pages_keep_the_subaccount()
    {
        var transport = new ScriptedTransport(
            V1Page(0, "https://trusthub.twilio.com/v1/CustomerProfiles?Page=1", "BU1"),
            V1Page(1, null, "BU2"));

        await All(TwilioPaging.ListAsync(transport, Get(ProfilesPath).WithSubaccount(SubaccountSid), "results", ReadSid));

        Assert.All(transport.Requests, r => Assert.Equal(SubaccountSid, r.SubaccountSid));
    }

    [Fact]
    public async Task An_empty_list_yields_nothing()
    {
        var transport = new ScriptedTransport(V1Page(0, null));
        Assert.Empty(await All(TwilioPaging.ListAsync(transport, Get(ProfilesPath), "results", ReadSid)));
    }

    [Fact]
    public async Task A_page_without_the_items_array_names_the_key_it_has()
    {
        var transport = new ScriptedTransport("""{"customer_profiles": [], "meta": {"key": "customer_profiles", "next_page_url": null}}""");
        var error = await Assert.ThrowsAsync<TwilioUnreadableAnswerException>(() => All(TwilioPaging.ListAsync(transport, Get(ProfilesPath), "results", ReadSid)));
        Assert.Equal("The list page from GET https://trusthub.twilio.com/v1/CustomerProfiles has no \"results\" array; its meta.key names \"customer_profiles\" as the list field.", error.Message);
    }

    [Fact]
    public async Task A_page_that_is_not_json_says_which_request_it_answered()
    {
        var transport = new ScriptedTransport("<html>proxy error</html>");
        var error = await Assert.ThrowsAsync<TwilioUnreadableAnswerException>(() => All(TwilioPaging.ListAsync(transport, Get(ProfilesPath), "results", ReadSid)));
        Assert.StartsWith("The list page from GET https://trusthub.twilio.com/v1/CustomerProfiles is not valid JSON:", error.Message);
    }

    [Fact]
    public async Task A_page_linking_back_to_itself_stops_with_an_error_instead_of_looping()
    {
        const string Loop = "https://trusthub.twilio.com/v1/CustomerProfiles?Page=1";
        var transport = new ScriptedTransport(V1Page(0, Loop, "BU1"), V1Page(1, Loop, "BU2"), V1Page(1, Loop, "BU2"));
        var error = await Assert.ThrowsAsync<TwilioUnreadableAnswerException>(() => All(TwilioPaging.ListAsync(transport, Get(ProfilesPath), "results", ReadSid)));
        Assert.Contains("links back to a page already read", error.Message);
        Assert.Equal(2, transport.Requests.Count);
    }

    [Fact]
    public async Task An_item_reader_that_stops_on_the_opening_brace_is_tolerated_and_one_that_overruns_is_reported()
    {
        JsonItemReader<int> lazy = static (ref Utf8JsonReader reader) => 1;
        Assert.Equal(new[] { 1, 1 }, await All(TwilioPaging.ListAsync(new ScriptedTransport(V1Page(0, null, "BU1", "BU2")), Get(ProfilesPath), "results", lazy)));

        JsonItemReader<int> overrun = static (ref Utf8JsonReader reader) => { reader.Skip(); reader.Read(); return 1; };
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            All(TwilioPaging.ListAsync(new ScriptedTransport(V1Page(0, null, "BU1", "BU2")), Get(ProfilesPath), "results", overrun)));
        Assert.Contains("must stop on the item's last token", error.Message);
    }

    [Fact]
    public async Task Cancellation_stops_between_pages()
    {
        var transport = new ScriptedTransport(V1Page(0, "https://trusthub.twilio.com/v1/CustomerProfiles?Page=1", "BU1"), V1Page(1, null, "BU2"));
        using var cancellation = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in TwilioPaging.ListAsync(transport, Get(ProfilesPath), "results", ReadSid).WithCancellation(cancellation.Token))
                cancellation.Cancel();
        });
        Assert.Single(transport.Requests);
    }

    [Fact]
    public void Bad_arguments_are_rejected_up_front()
    {
        var transport = new ScriptedTransport();
        Assert.Throws<ArgumentException>(() => TwilioPaging.ListAsync(transport, Get(), "", ReadSid));
        Assert.Throws<ArgumentNullException>(() => TwilioPaging.ListAsync(null!, Get(), "results", ReadSid));
        Assert.Throws<ArgumentNullException>(() => TwilioPaging.ListAsync<string>(transport, Get(), "results", null!));
    }

    [Fact]
    public async Task Through_the_http_transport_next_pages_follow_the_base_address_override()
    {
        var handler = new FakeHandler()
            .ThenJson(200, V1Page(0, "https://trusthub.twilio.com/v1/CustomerProfiles?PageSize=2&Page=1&PageToken=PA1", "BU1"))
            .ThenJson(200, V1Page(1, "https://trusthub.twilio.com/v1/CustomerProfiles?PageSize=2&Page=2&PageToken=PA2", "BU2"))
            .ThenJson(200, V1Page(2, null, "BU3"));
        var transport = Transport(handler, Options(o => o.BaseAddresses[TrustHub] = new Uri("http://127.0.0.1:5055/emu/")));

        var sids = await All(TwilioPaging.ListAsync(transport, Get(ProfilesPath).WithSubaccount(SubaccountSid), "results", ReadSid));

        Assert.Equal(new[] { "BU1", "BU2", "BU3" }, sids);
        Assert.Equal(new[]
        {
            "http://127.0.0.1:5055/emu/v1/CustomerProfiles",
            "http://127.0.0.1:5055/emu/v1/CustomerProfiles?PageSize=2&Page=1&PageToken=PA1",
            "http://127.0.0.1:5055/emu/v1/CustomerProfiles?PageSize=2&Page=2&PageToken=PA2",
        }, handler.Requests.Select(r => r.Uri.AbsoluteUri));
        Assert.Single(handler.Requests.Select(r => r.Authorization).Distinct());
    }

    [Fact]
    public async Task Through_the_http_transport_relative_2010_links_keep_the_override_and_its_prefix()
    {
        var handler = new FakeHandler()
            .ThenJson(200, Page2010($"{NumbersPath}?Page=1&PageToken=PA1", "PN1"))
            .ThenJson(200, Page2010(null, "PN2"));
        var transport = Transport(handler, Options(o => o.UseBaseAddressForAllHosts(new Uri("http://127.0.0.1:5055/emu"))));

        var sids = await All(TwilioPaging.ListAsync(transport, new TwilioRequest(HttpMethod.Get, Api2010, NumbersPath), "incoming_phone_numbers", ReadSid));

        Assert.Equal(new[] { "PN1", "PN2" }, sids);
        Assert.Equal($"http://127.0.0.1:5055/emu{NumbersPath}?Page=1&PageToken=PA1", handler.Requests[1].Uri.AbsoluteUri);
    }
}
