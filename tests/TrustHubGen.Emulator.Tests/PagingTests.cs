using System.Net;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>PageSize up to 1000 and next-page links followed to the end, on v1 and API 2010.</summary>
public sealed class PagingTests : IAsyncLifetime
{
    private TestEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TestEmulator.StartAsync(o => o.ExtraNumbersOnProfile = 2_488);

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Next_page_url_walks_a_profiles_2500_numbers_to_the_end()
    {
        var url = $"v1/CustomerProfiles/{_emulator.Profile}/ChannelEndpointAssignments?PageSize=1000";
        var seen = new HashSet<string>();
        var pages = 0;
        string? previous = null;
        while (url is not null)
        {
            var page = await _emulator.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var meta = page.Json.GetProperty("meta");
            Assert.Equal(pages, meta.GetProperty("page").GetInt32());
            Assert.Equal(1000, meta.GetProperty("page_size").GetInt32());
            Assert.Equal(previous, meta.GetProperty("previous_page_url").GetString());
            foreach (var item in page.Json.GetProperty("results").EnumerateArray())
            {
                Assert.True(seen.Add(item.GetProperty("sid").GetString()!));
            }

            previous = meta.GetProperty("url").GetString();
            url = meta.GetProperty("next_page_url").GetString();
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(2_500, seen.Count);
    }

    [Fact]
    public async Task Filters_survive_into_next_page_urls()
    {
        var page = await _emulator.Client.GetAsync("v1/TrustProducts?Status=draft&PageSize=1");
        Assert.Null(page.Json.GetProperty("meta").GetProperty("next_page_url").GetString());
        await CreateTrustProductAsync(_emulator.Client, TestEmulator.Cnam);
        await CreateTrustProductAsync(_emulator.Client, TestEmulator.Cnam);
        page = await _emulator.Client.GetAsync("v1/TrustProducts?Status=draft&PageSize=1");
        var next = page.Json.GetProperty("meta").GetProperty("next_page_url").GetString()!;
        Assert.Contains("Status=draft", next, StringComparison.Ordinal);
        var second = await _emulator.Client.GetAsync(next);
        Assert.Equal(1, second.Json.GetProperty("results").GetArrayLength());
        Assert.Null(second.Json.GetProperty("meta").GetProperty("next_page_url").GetString());
    }

    [Theory]
    [InlineData("PageSize=1001")]
    [InlineData("PageSize=0")]
    [InlineData("PageSize=ten")]
    [InlineData("Page=-1")]
    public async Task Bad_paging_values_are_refused(string query)
    {
        AssertError(await _emulator.Client.GetAsync($"v1/CustomerProfiles?{query}"), HttpStatusCode.BadRequest, 990011);
    }

    [Fact]
    public async Task Api_2010_next_page_uri_walks_incoming_phone_numbers_to_the_end()
    {
        var uri = $"/2010-04-01/Accounts/{_emulator.Host.AccountSid}/IncomingPhoneNumbers.json?PageSize=1000";
        var count = 0;
        while (uri is not null)
        {
            var page = await _emulator.Client.GetAsync(uri.TrimStart('/'));
            count += page.Json.GetProperty("incoming_phone_numbers").GetArrayLength();
            Assert.Equal(count - 1, page.Json.GetProperty("end").GetInt32());
            uri = page.Json.GetProperty("next_page_uri").GetString();
        }

        Assert.Equal(17 + 2_488, count);
    }

    [Fact]
    public async Task Channel_endpoint_filter_uses_the_index()
    {
        var number = _emulator.Seed.NumbersOnProfile[^1].Sid;
        var page = await _emulator.Client.GetAsync($"v1/CustomerProfiles/{_emulator.Profile}/ChannelEndpointAssignments?ChannelEndpointSid={number}");
        Assert.Equal(number, page.Json.GetProperty("results").EnumerateArray().Single().GetProperty("channel_endpoint_sid").GetString());
        var none = await _emulator.Client.GetAsync($"v1/CustomerProfiles/{_emulator.Profile}/ChannelEndpointAssignments?ChannelEndpointSid={_emulator.Seed.NumbersNotOnProfile[0].Sid}");
        Assert.Equal(0, none.Json.GetProperty("results").GetArrayLength());
    }
}
