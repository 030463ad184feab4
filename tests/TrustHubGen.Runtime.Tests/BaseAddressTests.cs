using TrustHubGen.Runtime.Tests.Infrastructure;
using static TrustHubGen.Runtime.Tests.Infrastructure.TestData;

namespace TrustHubGen.Runtime.Tests;

public class BaseAddressTests
{
    private static Uri Build(Action<TwilioClientOptions> configure, TwilioRequest request) =>
        Transport(new FakeHandler(), Options(configure)).BuildUri(request);

    [Fact]
    public void Without_overrides_the_spec_host_is_called()
    {
        var request = Get("/v1/CustomerProfiles");
        request.Query.Add("Status", "twilio-approved").Add("PageSize", 50L);
        Assert.Equal("https://trusthub.twilio.com/v1/CustomerProfiles?Status=twilio-approved&PageSize=50", Build(_ => { }, request).AbsoluteUri);
    }

    [Fact]
    public void A_per_host_override_redirects_only_that_host()
    {
        Action<TwilioClientOptions> configure = o => o.BaseAddresses[TrustHub] = new Uri("http://127.0.0.1:5055");
        Assert.Equal("http://127.0.0.1:5055/v1/Policies", Build(configure, Get("/v1/Policies")).AbsoluteUri);
        Assert.Equal("https://api.twilio.com/2010-04-01/Accounts.json",
            Build(configure, new TwilioRequest(HttpMethod.Get, Api2010, "/2010-04-01/Accounts.json")).AbsoluteUri);
    }

    [Fact]
    public void Override_keys_match_with_or_without_a_trailing_slash_and_in_any_case()
    {
        Assert.Equal("http://127.0.0.1:5055/v1/Policies",
            Build(o => o.BaseAddresses["HTTPS://TrustHub.Twilio.com/"] = new Uri("http://127.0.0.1:5055/"), Get("/v1/Policies")).AbsoluteUri);
    }

    [Fact]
    public void The_all_hosts_address_takes_every_host_not_listed()
    {
        Action<TwilioClientOptions> configure = o =>
        {
            o.UseBaseAddressForAllHosts(new Uri("http://127.0.0.1:7000"));
            o.BaseAddresses[Api2010] = new Uri("http://127.0.0.1:7001");
        };
        Assert.Equal("http://127.0.0.1:7000/v1/Policies", Build(configure, Get("/v1/Policies")).AbsoluteUri);
        Assert.Equal("http://127.0.0.1:7001/2010-04-01/Accounts.json",
            Build(configure, new TwilioRequest(HttpMethod.Get, Api2010, "/2010-04-01/Accounts.json")).AbsoluteUri);
    }

    [Fact]
    public void A_path_prefix_on_the_override_is_kept()
    {
        Assert.Equal("https://proxy.example/twilio/v1/Policies",
            Build(o => o.UseBaseAddressForAllHosts(new Uri("https://proxy.example/twilio/")), Get("/v1/Policies")).AbsoluteUri);
    }

    [Fact]
    public void Query_values_are_escaped_once()
    {
        var request = new TwilioRequest(HttpMethod.Get, Api2010, "/2010-04-01/Accounts/" + AccountSid + "/IncomingPhoneNumbers.json");
        request.Query.Add("PhoneNumber", "+1 415");
        Assert.EndsWith("IncomingPhoneNumbers.json?PhoneNumber=%2B1%20415", Build(_ => { }, request).AbsoluteUri);
    }

    [Fact]
    public void A_next_page_url_on_the_real_host_follows_the_override_with_its_query()
    {
        var request = new TwilioRequest(HttpMethod.Get, TrustHub, "/v1/CustomerProfiles")
        {
            AbsoluteUrl = new Uri("https://trusthub.twilio.com/v1/CustomerProfiles?PageSize=50&Page=1&PageToken=PAabc"),
        };
        Assert.Equal("http://127.0.0.1:5055/prefix/v1/CustomerProfiles?PageSize=50&Page=1&PageToken=PAabc",
            Build(o => o.BaseAddresses[TrustHub] = new Uri("http://127.0.0.1:5055/prefix"), request).AbsoluteUri);
    }

    [Fact]
    public void A_next_page_url_the_emulator_wrote_with_its_own_address_is_used_as_is()
    {
        var request = new TwilioRequest(HttpMethod.Get, TrustHub, "/v1/CustomerProfiles")
        {
            AbsoluteUrl = new Uri("http://127.0.0.1:5055/prefix/v1/CustomerProfiles?Page=1"),
        };
        Assert.Equal("http://127.0.0.1:5055/prefix/v1/CustomerProfiles?Page=1",
            Build(o => o.UseBaseAddressForAllHosts(new Uri("http://127.0.0.1:5055/prefix/")), request).AbsoluteUri);
    }

    [Fact]
    public async Task The_request_is_sent_to_the_overridden_address()
    {
        var handler = new FakeHandler().ThenJson(200, "{}");
        var options = Options(o => o.BaseAddresses[TrustHub] = new Uri("http://127.0.0.1:5055"));
        var response = await Transport(handler, options).SendAsync(Get("/v1/Policies"), default);
        Assert.Equal("http://127.0.0.1:5055/v1/Policies", handler.Requests[0].Uri.AbsoluteUri);
        Assert.Equal(handler.Requests[0].Uri, response.RequestUri);
    }
}
