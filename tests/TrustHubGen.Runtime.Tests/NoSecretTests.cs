using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrustHubGen.Runtime.Tests.Infrastructure;
using static TrustHubGen.Runtime.Tests.Infrastructure.TestData;

namespace TrustHubGen.Runtime.Tests;

/// <summary>The auth token, API key secret and the Basic header built from them never appear in any output.</summary>
public class NoSecretTests
{
    private static readonly string[] Secrets =
    {
        AuthToken,
        ApiKeySecret,
        Convert.ToBase64String(Encoding.UTF8.GetBytes(AccountSid + ":" + AuthToken)),
        Convert.ToBase64String(Encoding.UTF8.GetBytes(SubaccountSid + ":" + AuthToken)),
        Convert.ToBase64String(Encoding.UTF8.GetBytes(ApiKeySid + ":" + ApiKeySecret)),
        "proxy-password-123",
    };

    private static void AssertClean(IEnumerable<string> outputs)
    {
        var all = outputs.ToList();
        Assert.NotEmpty(all);
        foreach (var output in all)
            foreach (var secret in Secrets)
                Assert.False(output.Contains(secret, StringComparison.OrdinalIgnoreCase), $"A secret leaked into: {output}");
    }

    private static IEnumerable<string> Describe(Exception exception) => new[] { exception.Message, exception.ToString() };

    [Fact]
    public async Task A_subaccount_read_from_api_2010_prints_without_its_auth_token()
    {
        // API 2010 answers a subaccount with its auth_token, which the spec marks x-twilio.pii.handling "sensitive".
        var handler = new FakeHandler().ThenJson(200, $$"""
            {"accounts": [{"sid": "{{SubaccountSid}}", "auth_token": "{{AuthToken}}", "friendly_name": "Shop", "status": "active",
                           "subresource_uris": {"addresses": "/2010-04-01/Accounts/{{SubaccountSid}}/Addresses.json"} }],
             "next_page_uri": null}
            """);
        var accounts = new List<Wire.Account>();
        await foreach (var account in new Wire.Api2010Client(Transport(handler), Wire.AccountSid.Parse(AccountSid)).Accounts.ListAsync()) accounts.Add(account);

        var subaccount = Assert.Single(accounts);
        Assert.Equal(AuthToken, subaccount.AuthToken);
        Assert.Contains("AuthToken = ***", subaccount.ToString());
        AssertClean([subaccount.ToString(), $"{subaccount}", (subaccount with { FriendlyName = "x" }).ToString()]);
    }

    [Fact]
    public async Task Logs_exceptions_and_descriptions_of_a_whole_session_hold_no_secret()
    {
        var logger = new ListLogger();
        var outputs = new List<string>();
        var handler = new FakeHandler()
            .ThenJson(429, "{\"code\": 20429, \"message\": \"Too many requests\"}", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)))
            .ThenJson(200, "{\"results\": [], \"meta\": {\"next_page_url\": null}}")
            .ThenJson(401, "{\"code\": 20003, \"message\": \"Authenticate\", \"more_info\": \"https://www.twilio.com/docs/errors/20003\", \"status\": 401}")
            .ThenThrow(new HttpRequestException(HttpRequestError.SecureConnectionError, "TLS failed"))
            .ThenJson(500, "<html>oops</html>")
            .ThenJson(500, "<html>oops again</html>");
        var options = Options(o =>
        {
            o.Retry.MaxRetries = 1;
            o.Retry.OnRetry = info => outputs.Add(info.ToString());
        });
        var transport = Transport(handler, options, logger);
        var post = new TwilioRequest(HttpMethod.Post, TrustHub, "/v1/EndUsers")
        {
            Form = new TwilioParameters().Add("FriendlyName", "Acme").AddJson("Attributes", "{\"email\":\"a@b.c\"}"),
            SubaccountSid = SubaccountSid,
        };

        await foreach (var _ in TwilioPaging.ListAsync(transport, Get("/v1/Policies"), "results", static (ref System.Text.Json.Utf8JsonReader r) => 0)) { }
        outputs.AddRange(Describe(await Assert.ThrowsAsync<TwilioApiException>(() => transport.SendAsync(post, default))));
        outputs.AddRange(Describe(await Assert.ThrowsAsync<TwilioNoAnswerException>(() => transport.SendAsync(Get(), default))));
        outputs.AddRange(Describe(await Assert.ThrowsAsync<TwilioApiException>(() => transport.SendAsync(Get(), default))));

        outputs.AddRange(logger.Lines);
        outputs.Add(transport.ToString());
        outputs.Add(transport.ForSubaccount(SubaccountSid).ToString());
        outputs.Add(options.ToString());
        outputs.Add(options.Credentials!.ToString());
        outputs.Add(options.Credentials.ForSubaccount(SubaccountSid).ToString());
        outputs.Add(post.ToString());
        Assert.Equal(4, logger.Entries.Count(e => e.Event.Id is 1 or 2));
        AssertClean(outputs);
    }

    [Fact]
    public void Credentials_describe_themselves_without_the_secret()
    {
        var token = TwilioCredentials.FromAuthToken(AccountSid, AuthToken);
        var key = TwilioCredentials.FromApiKey(AccountSid, ApiKeySid, ApiKeySecret);
        Assert.Equal($"TwilioCredentials {{ AccountSid = {AccountSid}, AuthToken = *** }}", token.ToString());
        Assert.Equal($"TwilioCredentials {{ AccountSid = {AccountSid}, ApiKeySid = {ApiKeySid}, ApiKeySecret = *** }}", key.ToString());
        AssertClean(new[] { token.ToString(), key.ToString(), token.ForSubaccount(SubaccountSid).ToString(), key.ForSubaccount(SubaccountSid).ToString() });
    }

    [Fact]
    public void Swapped_credential_arguments_do_not_echo_the_secret()
    {
        var swapped = Assert.Throws<FormatException>(() => TwilioCredentials.FromAuthToken(AuthToken, AccountSid));
        Assert.Equal("Account SID must be 34 characters (\"AC\" followed by 32 hex digits), but the value given (not shown, in case it is a secret) has 32.", swapped.Message);
        var keySwapped = Assert.Throws<FormatException>(() => TwilioCredentials.FromApiKey(AccountSid, ApiKeySecret, ApiKeySid));
        AssertClean(Describe(swapped).Concat(Describe(keySwapped)));
        var blank = Assert.Throws<ArgumentException>(() => TwilioCredentials.FromAuthToken(AccountSid, "  "));
        Assert.Equal("authToken must not be empty or blank. (Parameter 'authToken')", blank.Message);
    }

    [Fact]
    public void A_base_address_with_user_info_is_rejected_without_printing_the_password()
    {
        var options = Options(o => o.BaseAddresses[TrustHub] = new Uri("http://user:proxy-password-123@127.0.0.1:8080/"));
        var error = Assert.Throws<ArgumentException>(() => new TwilioHttpTransport(new HttpClient(), options));
        Assert.Contains("BaseAddresses[\"https://trusthub.twilio.com\"] http://127.0.0.1:8080/ carries a user name or password (not repeated here); credentials come only from TwilioClientOptions.Credentials, never from a URL.", error.Message);
        AssertClean(Describe(error).Append(options.ToString()));
    }

    [Fact]
    public void Options_validation_through_dependency_injection_holds_no_secret()
    {
        var services = new ServiceCollection();
        services.AddTwilioTransport(o =>
        {
            o.Credentials = TwilioCredentials.FromAuthToken(AccountSid, AuthToken);
            o.AllHostsBaseAddress = new Uri("/relative", UriKind.Relative);
        });
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ITwilioTransport>());
        AssertClean(Describe(error));
    }
}
