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

    [Theory]
    [InlineData("+1201")]       // a bulk area code: a few hundred numbers, several pages of 50
    [InlineData("+14155550")]   // the demo's numbers
    [InlineData("+1200")]       // none, though every bulk number holds the digits 1200 (+1 201 200 ….)
    public async Task A_partial_number_with_its_plus_is_a_prefix_paged_to_the_end(string prefix)
    {
        var all = await PhoneNumbersAsync("");
        var expected = all.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var pages = 0;

        var filtered = await PhoneNumbersAsync($"PhoneNumber={Uri.EscapeDataString(prefix)}&", () => pages++);

        // Exactly the numbers starting with it, in E.164 order (the engine reads big accounts by such prefixes, PartitionedNumberReads).
        Assert.Equal(expected, filtered);
        Assert.Equal(Math.Max(1, (expected.Count + 49) / 50), pages);
    }

    [Fact]
    public async Task A_partial_number_without_a_plus_still_matches_digits_anywhere()
    {
        var all = await PhoneNumbersAsync("");

        var filtered = await PhoneNumbersAsync("PhoneNumber=5550&");

        Assert.Equal(all.Where(n => n.Contains("5550", StringComparison.Ordinal)).Order(StringComparer.Ordinal), filtered.Order(StringComparer.Ordinal));
        Assert.NotEmpty(filtered);
    }

    /// <summary>The spec's PhoneNumber filter: "You can specify partial numbers and use '*' as a wildcard for any digit".</summary>
    [Theory]
    [InlineData("+1415555010*")]   // with its "+": from the start
    [InlineData("+1201*0*")]
    [InlineData("555*10")]         // without: anywhere
    [InlineData("*")]
    public async Task A_star_in_a_partial_number_stands_for_any_one_digit(string pattern)
    {
        var all = await PhoneNumbersAsync("");
        var regex = new System.Text.RegularExpressions.Regex((pattern.StartsWith('+') ? "^" : "") + System.Text.RegularExpressions.Regex.Escape(pattern).Replace("\\*", "[0-9]", StringComparison.Ordinal));
        var expected = all.Where(n => regex.IsMatch(n)).Order(StringComparer.Ordinal).ToList();

        var filtered = await PhoneNumbersAsync($"PhoneNumber={Uri.EscapeDataString(pattern)}&");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, filtered.Order(StringComparer.Ordinal));
    }

    // The E.164 numbers of the main account's IncomingPhoneNumbers under a filter, every page read (PageSize 50).
    private async Task<List<string>> PhoneNumbersAsync(string filter, Action? onPage = null)
    {
        var uri = $"/2010-04-01/Accounts/{_emulator.Host.AccountSid}/IncomingPhoneNumbers.json?{filter}PageSize=50";
        var numbers = new List<string>();
        while (uri is not null)
        {
            var page = await _emulator.Client.GetAsync(uri.TrimStart('/'));
            Assert.Equal(HttpStatusCode.OK, page.Status);
            onPage?.Invoke();
            numbers.AddRange(page.Json.GetProperty("incoming_phone_numbers").EnumerateArray().Select(n => n.GetProperty("phone_number").GetString()!));
            uri = page.Json.GetProperty("next_page_uri").GetString();
        }

        return numbers;
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

    [Fact]
    public async Task Channel_endpoint_sids_filter_answers_those_of_the_listed_numbers_the_bundle_holds()
    {
        // The engine looks up the requested numbers of a bundle holding more than a page this way (Runtime AssignmentReads).
        var held = _emulator.Seed.NumbersOnProfile.TakeLast(2).Select(n => n.Sid).ToList();
        var listed = string.Join(",", held.Append(_emulator.Seed.NumbersNotOnProfile[0].Sid));
        var page = await _emulator.Client.GetAsync($"v1/CustomerProfiles/{_emulator.Profile}/ChannelEndpointAssignments?ChannelEndpointSids={Uri.EscapeDataString(listed)}&PageSize=1000");
        Assert.Equal(held.Order(StringComparer.Ordinal), page.Json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("channel_endpoint_sid").GetString()!).Order(StringComparer.Ordinal));
    }
}
