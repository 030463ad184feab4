using System.Net;
using System.Net.Http.Headers;
using TrustHubGen.Runtime.Tests.Infrastructure;
using static TrustHubGen.Runtime.Tests.Infrastructure.TestData;

namespace TrustHubGen.Runtime.Tests;

public class RetryTests
{
    private const string TooManyConcurrent = """{"code": 20429, "message": "Too many requests", "more_info": "https://www.twilio.com/docs/errors/20429", "status": 429}""";

    private readonly FakeTimeProvider _time = new(Now);
    private readonly List<TwilioRetryInfo> _retries = new();

    private TwilioHttpTransport Transport(FakeHandler handler, Action<TwilioRetryOptions>? retry = null) =>
        TestData.Transport(handler, Options(o =>
        {
            o.Retry.OnRetry = info => { lock (_retries) _retries.Add(info); };
            retry?.Invoke(o.Retry);
        }, _time));

    // Task.Delay hands the clock whole milliseconds.
    private static long WholeMilliseconds(TimeSpan wait) => (long)wait.TotalMilliseconds;

    [Fact]
    public async Task A_429_is_retried_and_the_success_returned()
    {
        var handler = new FakeHandler().ThenJson(429, "{\"message\":\"slow down\"}").ThenJson(200, "{\"ok\":true}");

        var response = await Transport(handler).SendAsync(Get(), default);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(2, handler.Requests.Count);
        var retry = Assert.Single(_retries);
        Assert.Equal(1, retry.Attempt);
        Assert.Equal(429, retry.Status);
        Assert.Null(retry.Code);
        Assert.Equal("GET https://trusthub.twilio.com/v1/CustomerProfiles", retry.Request);
        Assert.Equal(new[] { WholeMilliseconds(retry.Delay) }, _time.Waits.Select(WholeMilliseconds));
    }

    [Fact]
    public async Task Code_20429_is_reported_and_retried()
    {
        var handler = new FakeHandler().ThenJson(429, TooManyConcurrent).ThenJson(429, TooManyConcurrent).ThenJson(200, "{}");

        await Transport(handler).SendAsync(new TwilioRequest(HttpMethod.Post, TrustHub, "/v1/EndUsers") { Form = new TwilioParameters() }, default);

        Assert.Equal(3, handler.Requests.Count);
        Assert.All(_retries, r => Assert.Equal(20429, r.Code));
        Assert.Equal(new[] { 1, 2 }, _retries.Select(r => r.Attempt));
    }

    [Fact]
    public async Task Code_20429_is_retried_even_when_a_proxy_changed_the_status()
    {
        var handler = new FakeHandler().ThenJson(400, TooManyConcurrent).ThenJson(200, "{}");
        await Transport(handler).SendAsync(Get(), default);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Server_errors_are_retried_until_success(int status)
    {
        var handler = new FakeHandler().ThenJson(status, "{}").ThenJson(status, "{}").ThenJson(status, "{}").ThenJson(200, "{}");

        var response = await Transport(handler).SendAsync(Get(), default);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(new[] { status, status, status }, _retries.Select(r => r.Status!.Value));
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_post_is_retried_on_gateway_and_unavailable_answers(int status)
    {
        var handler = new FakeHandler().ThenJson(status, "{}").ThenJson(201, "{}");

        var response = await Transport(handler).SendAsync(PostTrustProduct(), default);

        Assert.Equal(201, response.StatusCode);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(501)]
    [InlineData(505)]
    public async Task A_post_answered_with_another_server_error_is_not_repeated_because_it_may_have_created_the_resource(int status)
    {
        var handler = new FakeHandler().ThenJson(status, "{\"code\": 20500, \"message\": \"Internal error\"}").ThenJson(201, "{}");

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => Transport(handler).SendAsync(PostTrustProduct(), default));

        Assert.Equal(status, error.Status);
        Assert.Single(handler.Requests);
        Assert.Empty(_retries);
    }

    [Fact]
    public async Task A_caller_that_finds_its_earlier_work_may_opt_in_to_retrying_a_post_on_any_server_error()
    {
        var handler = new FakeHandler().ThenJson(500, "{}").ThenJson(201, "{}");

        var response = await Transport(handler, r => r.RetryPostOnAnyServerError = true).SendAsync(PostTrustProduct(), default);

        Assert.Equal(201, response.StatusCode);
        Assert.Equal(2, handler.Requests.Count);
    }

    private static TwilioRequest PostTrustProduct() =>
        new(HttpMethod.Post, TrustHub, "/v1/TrustProducts") { Form = new TwilioParameters() };

    [Fact]
    public async Task After_MaxRetries_the_last_error_is_thrown()
    {
        var handler = new FakeHandler()
            .ThenJson(503, "{\"code\": 20500, \"message\": \"first\"}")
            .ThenJson(503, "{\"code\": 20500, \"message\": \"second\"}")
            .ThenJson(503, "{\"code\": 20503, \"message\": \"last\"}");

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => Transport(handler, r => r.MaxRetries = 2).SendAsync(Get(), default));

        Assert.Equal(503, error.Status);
        Assert.Equal(20503, error.Code);
        Assert.Equal("last", error.TwilioMessage);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(2, _retries.Count);
    }

    [Fact]
    public async Task MaxRetries_zero_disables_retrying()
    {
        var handler = new FakeHandler().ThenJson(429, TooManyConcurrent);
        var error = await Assert.ThrowsAsync<TwilioApiException>(() => Transport(handler, r => r.MaxRetries = 0).SendAsync(Get(), default));
        Assert.Equal(20429, error.Code);
        Assert.Single(handler.Requests);
        Assert.Empty(_time.Waits);
    }

    [Fact]
    public async Task Retry_after_in_seconds_sets_the_wait()
    {
        var handler = new FakeHandler()
            .ThenJson(429, TooManyConcurrent, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)))
            .ThenJson(200, "{}");

        await Transport(handler).SendAsync(Get(), default);

        var retry = Assert.Single(_retries);
        Assert.Equal(TimeSpan.FromSeconds(7), retry.Delay);
        Assert.True(retry.FromRetryAfter);
        Assert.Equal(new[] { TimeSpan.FromSeconds(7) }, _time.Waits);
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_waits_until_that_date()
    {
        var handler = new FakeHandler()
            .ThenJson(503, "{}", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(12)))
            .ThenJson(200, "{}");

        await Transport(handler).SendAsync(Get(), default);

        Assert.Equal(new[] { TimeSpan.FromSeconds(12) }, _time.Waits);
        Assert.True(_retries[0].FromRetryAfter);
    }

    [Fact]
    public async Task Retry_after_in_the_past_retries_at_once()
    {
        var handler = new FakeHandler()
            .ThenJson(503, "{}", r => r.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(-30)))
            .ThenJson(200, "{}");

        await Transport(handler).SendAsync(Get(), default);

        Assert.Equal(TimeSpan.Zero, Assert.Single(_retries).Delay);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Retry_after_is_capped_at_MaxDelay()
    {
        var handler = new FakeHandler()
            .ThenJson(429, TooManyConcurrent, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1)))
            .ThenJson(200, "{}");

        await Transport(handler, r => r.MaxDelay = TimeSpan.FromSeconds(20)).SendAsync(Get(), default);

        Assert.Equal(new[] { TimeSpan.FromSeconds(20) }, _time.Waits);
    }

    [Fact]
    public async Task Backoff_without_retry_after_stays_between_zero_and_MaxDelay()
    {
        var handler = new FakeHandler();
        for (var i = 0; i < 8; i++) handler.ThenJson(503, "{}");
        handler.ThenJson(200, "{}");

        await Transport(handler, r => { r.MaxRetries = 8; r.BaseDelay = TimeSpan.FromSeconds(1); r.MaxDelay = TimeSpan.FromSeconds(3); }).SendAsync(Get(), default);

        Assert.Equal(8, _time.Waits.Count);
        Assert.All(_time.Waits, wait => Assert.InRange(wait, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(3)));
        Assert.All(_retries, r => Assert.False(r.FromRetryAfter));
        Assert.Equal(_retries.Select(r => WholeMilliseconds(r.Delay)), _time.Waits.Select(WholeMilliseconds));
    }

    [Fact]
    public async Task A_refused_connection_is_retried_for_any_method()
    {
        var handler = new FakeHandler()
            .ThenThrow(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:1)"))
            .ThenJson(201, "{}");

        var response = await Transport(handler).SendAsync(new TwilioRequest(HttpMethod.Post, TrustHub, "/v1/EndUsers") { Form = new TwilioParameters() }, default);

        Assert.Equal(201, response.StatusCode);
        var retry = Assert.Single(_retries);
        Assert.Null(retry.Status);
        Assert.IsType<HttpRequestException>(retry.Exception);
    }

    [Fact]
    public async Task A_dropped_answer_is_retried_for_get_but_not_for_post()
    {
        var get = new FakeHandler().ThenThrow(new HttpRequestException(HttpRequestError.ResponseEnded, "ended")).ThenJson(200, "{}");
        await Transport(get).SendAsync(Get(), default);
        Assert.Equal(2, get.Requests.Count);

        var post = new FakeHandler().ThenThrow(new HttpRequestException(HttpRequestError.ResponseEnded, "ended"));
        var error = await Assert.ThrowsAsync<TwilioNoAnswerException>(() =>
            Transport(post).SendAsync(new TwilioRequest(HttpMethod.Post, TrustHub, "/v1/TrustProducts") { Form = new TwilioParameters() }, default));
        Assert.Equal(HttpRequestError.ResponseEnded, error.HttpRequestError);
        Assert.Equal(1, error.Attempts);
        Assert.Single(post.Requests);
    }

    [Fact]
    public async Task Connection_failures_give_up_after_MaxRetries_with_the_last_exception_naming_the_request()
    {
        var handler = new FakeHandler();
        for (var i = 1; i <= 3; i++) handler.ThenThrow(new HttpRequestException(HttpRequestError.ConnectionError, $"refused {i}"));

        var error = await Assert.ThrowsAsync<TwilioNoAnswerException>(() => Transport(handler, r => r.MaxRetries = 2).SendAsync(Get(), default));

        Assert.Equal("GET https://trusthub.twilio.com/v1/CustomerProfiles got no answer in 3 attempts: refused 3.", error.Message);
        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
        Assert.Equal(3, error.Attempts);
        Assert.Equal("refused 3", Assert.IsType<HttpRequestException>(error.InnerException).Message);
        Assert.Equal(3, handler.Requests.Count);
    }

    // A read is sent again; a write is not, since it may have been processed. Either way the error names the request.
    [Theory]
    [InlineData("GET", 3, "GET https://trusthub.twilio.com/v1/TrustProducts got no answer in time in 3 attempts: The request was canceled due to the configured HttpClient.Timeout")]
    [InlineData("POST", 1, "POST https://trusthub.twilio.com/v1/TrustProducts got no answer in time: The request was canceled due to the configured HttpClient.Timeout")]
    public async Task An_http_client_timeout_is_retried_for_a_read_only_and_is_a_timed_out_no_answer(string method, int requests, string message)
    {
        var handler = new NeverAnswers();
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromMilliseconds(50) };
        var options = Options();
        options.Retry.MaxRetries = 2;
        options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
        var request = new TwilioRequest(new HttpMethod(method), TrustHub, "/v1/TrustProducts");

        var error = await Assert.ThrowsAsync<TwilioNoAnswerException>(() => new TwilioHttpTransport(client, options).SendAsync(request, default));

        Assert.StartsWith(message, error.Message);
        Assert.True(error.TimedOut);
        Assert.Equal(requests, error.Attempts);
        Assert.IsType<TimeoutException>(Assert.IsType<TaskCanceledException>(error.InnerException).InnerException);
        Assert.Equal(requests, handler.Requests);
    }

    [Fact]
    public async Task The_callers_cancellation_is_never_retried()
    {
        var handler = new NeverAnswers();
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new TwilioHttpTransport(client, Options()).SendAsync(Get("/v1/Policies"), cancel.Token));

        Assert.Equal(1, handler.Requests);
    }

    [Fact]
    public async Task A_failure_whose_message_names_no_address_is_named_with_its_causes()
    {
        // .NET's own words for a TLS failure and a reset: neither says where the request went.
        var handler = new FakeHandler()
            .ThenThrow(new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established, see inner exception.",
                new System.Security.Authentication.AuthenticationException("Cannot determine the frame size or a corrupted frame was received.")))
            .ThenThrow(new HttpRequestException(HttpRequestError.Unknown, "An error occurred while sending the request.",
                new IOException("Unable to read data from the transport connection: Connection reset by peer.",
                    new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionReset))));

        var tls = await Assert.ThrowsAsync<TwilioNoAnswerException>(() => Transport(handler).SendAsync(Get("/v1/Policies"), default));
        var reset = await Assert.ThrowsAsync<TwilioNoAnswerException>(() => Transport(handler).SendAsync(Get("/v1/Policies"), default));

        Assert.Equal("GET https://trusthub.twilio.com/v1/Policies got no answer: The SSL connection could not be established: " +
            "Cannot determine the frame size or a corrupted frame was received.", tls.Message);
        Assert.Equal(HttpRequestError.SecureConnectionError, tls.HttpRequestError);
        Assert.StartsWith("GET https://trusthub.twilio.com/v1/Policies got no answer: An error occurred while sending the request: " +
            "Unable to read data from the transport connection: Connection reset by peer", reset.Message);
        Assert.DoesNotContain("Connection reset by peer: Connection reset by peer", reset.Message);
    }

    [Fact]
    public async Task Cancelling_during_a_backoff_wait_throws_promptly_without_another_attempt()
    {
        var time = new FakeTimeProvider(Now) { HoldTimers = true };
        var handler = new FakeHandler().ThenJson(503, "{}").ThenJson(200, "{}");
        var transport = TestData.Transport(handler, Options(time: time));
        using var cancellation = new CancellationTokenSource();

        var sending = transport.SendAsync(Get(), cancellation.Token);
        await time.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(sending.IsCompleted);
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task An_already_cancelled_token_sends_nothing()
    {
        var handler = new FakeHandler().ThenJson(200, "{}");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Transport(handler).SendAsync(Get(), new CancellationToken(canceled: true)));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Cancellation_inside_the_http_call_is_not_retried()
    {
        using var cancellation = new CancellationTokenSource();
        var handler = new FakeHandler().Then(_ =>
        {
            cancellation.Cancel();
            throw new OperationCanceledException(cancellation.Token);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Transport(handler).SendAsync(Get(), cancellation.Token));

        Assert.Single(handler.Requests);
        Assert.Empty(_retries);
    }

    [Fact]
    public async Task Retry_info_describes_itself_without_body_values()
    {
        var handler = new FakeHandler()
            .ThenJson(429, TooManyConcurrent, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(2)))
            .ThenJson(200, "{}");
        await Transport(handler).SendAsync(Get(), default);
        Assert.Equal("Retry 1 of GET https://trusthub.twilio.com/v1/CustomerProfiles in 2000 ms after 429 (code 20429) (Retry-After)", _retries[0].ToString());
    }

    [Fact]
    public async Task A_real_closed_port_on_loopback_fails_with_connection_error_after_the_retries()
    {
        var port = Loopback.UnusedPort();
        var options = Options(o =>
        {
            o.UseBaseAddressForAllHosts(new Uri($"http://127.0.0.1:{port}"));
            o.Retry.MaxRetries = 2;
            o.Retry.OnRetry = _retries.Add;
        }, _time);
        using var client = new HttpClient();

        var error = await Assert.ThrowsAsync<TwilioNoAnswerException>(() => new TwilioHttpTransport(client, options).SendAsync(Get(), default));

        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
        Assert.Equal(HttpRequestError.ConnectionError, Assert.IsType<HttpRequestException>(error.InnerException).HttpRequestError);
        Assert.Equal(3, error.Attempts);
        Assert.Equal(2, _retries.Count);
    }
}
