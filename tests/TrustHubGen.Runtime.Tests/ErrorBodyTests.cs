using TrustHubGen.Runtime.Tests.Infrastructure;
using static TrustHubGen.Runtime.Tests.Infrastructure.TestData;

namespace TrustHubGen.Runtime.Tests;

public class ErrorBodyTests
{
    [Fact]
    public async Task Twilio_error_body_becomes_a_typed_exception()
    {
        var handler = new FakeHandler().ThenJson(400, """
            {"code": 60711, "message": "Bundle is not in draft status", "more_info": "https://www.twilio.com/docs/errors/60711",
             "status": 400, "details": {"field": "Status", "allowed": ["draft"], "extra": 3}, "unknown_field": {"nested": [1]}}
            """);

        var error = await Assert.ThrowsAsync<TwilioApiException>(() =>
            Transport(handler).SendAsync(new TwilioRequest(HttpMethod.Post, TrustHub, "/v1/TrustProducts/BU0123456789abcdef0123456789abcdef"), default));

        Assert.Equal(400, error.Status);
        Assert.Equal(60711, error.Code);
        Assert.Equal("Bundle is not in draft status", error.TwilioMessage);
        Assert.Equal("https://www.twilio.com/docs/errors/60711", error.MoreInfo);
        Assert.Equal("POST https://trusthub.twilio.com/v1/TrustProducts/BU0123456789abcdef0123456789abcdef", error.Request);
        Assert.Equal("Status", error.Details["field"]);
        Assert.Equal("[\"draft\"]", error.Details["allowed"]);
        Assert.Equal("3", error.Details["extra"]);
        Assert.Equal("Twilio answered 400 with code 60711 to POST https://trusthub.twilio.com/v1/TrustProducts/BU0123456789abcdef0123456789abcdef: " +
            "Bundle is not in draft status (see https://www.twilio.com/docs/errors/60711)", error.Message);
    }

    [Fact]
    public async Task A_non_json_error_body_still_gives_a_readable_message()
    {
        var handler = new FakeHandler().Then(_ => new HttpResponseMessage(System.Net.HttpStatusCode.BadGateway)
        {
            Content = new StringContent("<html>Bad gateway from proxy</html>"),
        });
        var options = Options(o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => Transport(handler, options).SendAsync(Get("/v1/Policies"), default));

        Assert.Equal(502, error.Status);
        Assert.Null(error.Code);
        Assert.Equal("<html>Bad gateway from proxy</html>", error.TwilioMessage);
        Assert.Null(error.MoreInfo);
        Assert.Empty(error.Details);
        Assert.Equal("Twilio answered 502 to GET https://trusthub.twilio.com/v1/Policies: <html>Bad gateway from proxy</html>", error.Message);
    }

    [Fact]
    public async Task A_proxy_page_cannot_write_lines_of_its_own_into_the_message()
    {
        var handler = new FakeHandler().Then(_ => new HttpResponseMessage(System.Net.HttpStatusCode.BadGateway)
        {
            Content = new StringContent("<html>\r\n<title>502</title>\n2026-12-04 23:59:59 info: Payment of $10,000 approved\n</html>"),
        });

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => Transport(handler, Options(o => o.Retry.MaxRetries = 0)).SendAsync(Get("/v1/Policies"), default));

        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain('\r', error.Message);
        Assert.Equal("<html>  <title>502</title> 2026-12-04 23:59:59 info: Payment of $10,000 approved </html>", error.TwilioMessage);
    }

    [Fact]
    public async Task A_json_error_message_cannot_write_lines_of_its_own_into_the_message_either()
    {
        var handler = new FakeHandler().ThenJson(400, """{"code": 20001, "message": "bad\r\n2026-12-04 23:59:59 info: Payment approved", "more_info": "https://x/\n"}""");

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => Transport(handler).SendAsync(Get("/v1/Policies"), default));

        Assert.Equal("Twilio answered 400 with code 20001 to GET https://trusthub.twilio.com/v1/Policies: bad  2026-12-04 23:59:59 info: Payment approved (see https://x/ )", error.Message);
        Assert.Equal("bad\r\n2026-12-04 23:59:59 info: Payment approved", error.TwilioMessage);
    }

    [Fact]
    public void Empty_truncated_and_odd_bodies_never_throw_while_building_the_exception()
    {
        Assert.Equal("(empty body)", TwilioErrorBody.ToException(500, default, "GET /x").TwilioMessage);
        var truncated = TwilioErrorBody.ToException(400, """{"code": 20001, "message": "cut"""u8, "GET /x");
        Assert.Equal(20001, truncated.Code);
        var huge = TwilioErrorBody.ToException(400, """{"code": 99999999999, "message": "big"}"""u8, "GET /x");
        Assert.Null(huge.Code);
        Assert.Equal("big", huge.TwilioMessage);
        var long_ = TwilioErrorBody.ToException(500, System.Text.Encoding.UTF8.GetBytes(new string('x', 1000)), "GET /x");
        Assert.Equal(new string('x', 200) + "…", long_.TwilioMessage);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(409)]
    public async Task Client_errors_other_than_429_are_never_retried(int status)
    {
        var handler = new FakeHandler().ThenJson(status, $$"""{"code": 20404, "message": "nope", "status": {{status}}}""");
        var retries = new List<TwilioRetryInfo>();
        var options = Options(o => o.Retry.OnRetry = retries.Add);

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => Transport(handler, options).SendAsync(Get("/v1/Policies/RN0"), default));

        Assert.Equal(status, error.Status);
        Assert.Single(handler.Requests);
        Assert.Empty(retries);
    }
}
