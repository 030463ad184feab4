using Microsoft.Extensions.Logging;
using TrustHubGen.Runtime.Tests.Infrastructure;
using static TrustHubGen.Runtime.Tests.Infrastructure.TestData;

namespace TrustHubGen.Runtime.Tests;

public class LoggingTests
{
    private readonly ListLogger _logger = new();

    private List<string> RequestLines(int eventId) => _logger.Entries.Where(e => e.Event.Id == eventId).Select(e => e.Line).ToList();

    [Fact]
    public async Task Each_request_writes_one_line_with_method_url_status_elapsed_and_retries()
    {
        var handler = new FakeHandler().ThenJson(429, "{}").ThenJson(503, "{}").ThenJson(200, "{}");
        var request = Get("/v1/CustomerProfiles");
        request.Query.Add("FriendlyName", "private-name");

        await Transport(handler, logger: _logger).SendAsync(request, default);

        var line = Assert.Single(RequestLines(1));
        Assert.Matches(@"^Twilio GET https://trusthub\.twilio\.com/v1/CustomerProfiles answered 200 in \d+ ms after 2 retries \|", line);
        Assert.DoesNotContain("private-name", line);
        Assert.Equal(LogLevel.Information, _logger.Entries.Single(e => e.Event.Id == 1).Level);
        Assert.Equal(2, RequestLines(3).Count);
    }

    [Fact]
    public async Task Error_answers_are_logged_once_with_their_status()
    {
        var handler = new FakeHandler().ThenJson(404, "{\"code\": 20404}");
        await Assert.ThrowsAsync<TwilioApiException>(() => Transport(handler, logger: _logger).SendAsync(Get("/v1/Policies/RN0"), default));
        Assert.Matches(@"^Twilio GET https://trusthub\.twilio\.com/v1/Policies/RN0 answered 404 in \d+ ms after 0 retries", Assert.Single(RequestLines(1)));
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_retries_is_a_warning()
    {
        var handler = new FakeHandler().ThenJson(429, "{}").ThenJson(429, "{}");
        var options = Options(o => o.Retry.MaxRetries = 1);
        await Assert.ThrowsAsync<TwilioApiException>(() => Transport(handler, options, _logger).SendAsync(Get(), default));
        Assert.Equal(LogLevel.Warning, _logger.Entries.Single(e => e.Event.Id == 1).Level);
    }

    [Fact]
    public async Task A_request_without_an_answer_is_logged_once_as_failed()
    {
        var handler = new FakeHandler().ThenThrow(new HttpRequestException(HttpRequestError.SecureConnectionError, "TLS failed"));
        await Assert.ThrowsAsync<TwilioNoAnswerException>(() => Transport(handler, logger: _logger).SendAsync(Get(), default));
        Assert.Matches(@"^Twilio GET https://trusthub\.twilio\.com/v1/CustomerProfiles failed without an answer in \d+ ms after 0 retries: HttpRequestException",
            Assert.Single(RequestLines(2)));
        Assert.Empty(RequestLines(1));
    }

    [Fact]
    public async Task A_cancelled_request_is_logged_once_as_cancelled()
    {
        var time = new FakeTimeProvider(Now) { HoldTimers = true };
        var handler = new FakeHandler().ThenJson(503, "{}");
        using var cancellation = new CancellationTokenSource();
        var sending = Transport(handler, Options(time: time), _logger).SendAsync(Get(), cancellation.Token);
        await time.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Matches(@"cancelled after \d+ ms and 0 retries", Assert.Single(RequestLines(4)));
    }

    [Fact]
    public async Task Without_a_logger_nothing_fails()
    {
        var handler = new FakeHandler().ThenJson(503, "{}").ThenJson(200, "{}");
        Assert.Equal(200, (await Transport(handler).SendAsync(Get(), default)).StatusCode);
    }
}
