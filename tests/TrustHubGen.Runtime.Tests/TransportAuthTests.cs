using System.Text;
using TrustHubGen.Runtime.Tests.Infrastructure;
using static TrustHubGen.Runtime.Tests.Infrastructure.TestData;

namespace TrustHubGen.Runtime.Tests;

public class TransportAuthTests
{
    private static string Basic(string user, string secret) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + secret));

    [Fact]
    public async Task Auth_token_credentials_send_the_account_sid_and_token()
    {
        var handler = new FakeHandler().ThenJson(200, "{}");
        await Transport(handler).SendAsync(Get(), default);
        Assert.Equal(Basic(AccountSid, AuthToken), handler.Requests[0].Authorization);
        Assert.Equal("application/json", handler.Requests[0].Accept);
    }

    [Fact]
    public async Task Api_key_credentials_send_the_key_sid_and_secret()
    {
        var handler = new FakeHandler().ThenJson(200, "{}");
        var options = Options(o => o.Credentials = TwilioCredentials.FromApiKey(AccountSid, ApiKeySid, ApiKeySecret));
        await Transport(handler, options).SendAsync(Get(), default);
        Assert.Equal(Basic(ApiKeySid, ApiKeySecret), handler.Requests[0].Authorization);
    }

    [Fact]
    public async Task A_subaccount_request_sends_the_subaccount_sid_with_the_parent_token()
    {
        var handler = new FakeHandler().ThenJson(200, "{}");
        await Transport(handler).SendAsync(new TwilioRequest(HttpMethod.Get, TrustHub, "/v1/TrustProducts") { SubaccountSid = SubaccountSid }, default);
        Assert.Equal(Basic(SubaccountSid, AuthToken), handler.Requests[0].Authorization);
    }

    [Fact]
    public async Task A_subaccount_request_with_an_api_key_keeps_the_key_as_user()
    {
        var handler = new FakeHandler().ThenJson(200, "{}");
        var options = Options(o => o.Credentials = TwilioCredentials.FromApiKey(AccountSid, ApiKeySid, ApiKeySecret));
        await Transport(handler, options).SendAsync(Get().WithSubaccount(SubaccountSid), default);
        Assert.Equal(Basic(ApiKeySid, ApiKeySecret), handler.Requests[0].Authorization);
    }

    [Fact]
    public async Task ForSubaccount_sends_every_request_for_the_subaccount_and_leaves_the_parent_transport_alone()
    {
        var handler = new FakeHandler().ThenJson(200, "{}").ThenJson(200, "{}");
        var parent = Transport(handler);
        var sub = parent.ForSubaccount(SubaccountSid);

        await sub.SendAsync(Get(), default);
        await parent.SendAsync(Get(), default);

        Assert.Equal(Basic(SubaccountSid, AuthToken), handler.Requests[0].Authorization);
        Assert.Equal(Basic(AccountSid, AuthToken), handler.Requests[1].Authorization);
        Assert.Equal(SubaccountSid, sub.GetAccountSid());
        Assert.Equal(AccountSid, parent.GetAccountSid());
    }

    [Fact]
    public void ForSubaccount_switches_rather_than_nests_and_validates_the_sid()
    {
        var parent = Transport(new FakeHandler());
        var other = "AC" + new string('1', 32);
        var switched = parent.ForSubaccount(SubaccountSid).ForSubaccount(other);
        Assert.Same(parent, switched.Inner);
        Assert.Equal(other, switched.SubaccountSid);

        var error = Assert.Throws<FormatException>(() => parent.ForSubaccount("PN0123456789abcdef0123456789abcdef"));
        Assert.Equal("Subaccount SID must start with \"AC\", but \"PN0123456789abcdef0123456789abcdef\" starts with \"PN\".", error.Message);
    }

    [Fact]
    public void WithSubaccount_copies_query_form_and_absolute_url()
    {
        var request = new TwilioRequest(HttpMethod.Post, TrustHub, "/v1/EndUsers") { Form = new TwilioParameters().Add("Type", "authorized_representative_1") };
        request.Query.Add("PageSize", 20L);
        var copy = request.WithSubaccount(SubaccountSid);
        Assert.Equal(SubaccountSid, copy.SubaccountSid);
        Assert.Equal("PageSize=20", copy.Query.ToUrlEncoded());
        Assert.Same(request.Form, copy.Form);
        Assert.Null(request.SubaccountSid);
    }

    [Fact]
    public async Task Form_requests_send_urlencoded_bodies_and_json_answers_come_back_raw()
    {
        var handler = new FakeHandler().ThenJson(201, "{\"sid\":\"BU0123456789abcdef0123456789abcdef\"}");
        var request = new TwilioRequest(HttpMethod.Post, TrustHub, "/v1/TrustProducts")
        {
            Form = new TwilioParameters().Add("FriendlyName", "Acme CNAM").Add("PolicySid", "RN7a97559effdf62d00f4298208492a5ea").Add("StatusCallback", (Uri?)null),
        };

        var response = await Transport(handler).SendAsync(request, default);

        Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", handler.Requests[0].ContentType);
        Assert.Equal("FriendlyName=Acme%20CNAM&PolicySid=RN7a97559effdf62d00f4298208492a5ea", handler.Requests[0].Body);
        Assert.Equal(201, response.StatusCode);
        Assert.Equal("{\"sid\":\"BU0123456789abcdef0123456789abcdef\"}", Encoding.UTF8.GetString(response.Body.Span));
        Assert.Equal(new Uri("https://trusthub.twilio.com/v1/TrustProducts"), response.RequestUri);
    }

    [Fact]
    public async Task Requests_without_a_form_have_no_body()
    {
        var handler = new FakeHandler().ThenJson(204, "");
        var response = await Transport(handler).SendAsync(new TwilioRequest(HttpMethod.Delete, TrustHub, "/v1/EndUsers/IT0123456789abcdef0123456789abcdef"), default);
        Assert.Null(handler.Requests[0].Body);
        Assert.Equal(204, response.StatusCode);
        Assert.True(response.Body.IsEmpty);
    }
}
