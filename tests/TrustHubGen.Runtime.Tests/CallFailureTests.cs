using System.Net;
using System.Text;
using Polly.Timeout;
using TrustHubGen.Runtime.Tests.Infrastructure;
using static TrustHubGen.Runtime.Tests.Infrastructure.TestData;

namespace TrustHubGen.Runtime.Tests;

/// <summary>
/// Every failure of a call is a <see cref="TwilioCallException"/> naming the request; no answer at all is a
/// <see cref="TwilioNoAnswerException"/> wrapping what .NET reported, made once the retries are over (which still see .NET's
/// own exceptions); the caller's cancellation stays an <see cref="OperationCanceledException"/>.
/// </summary>
public class CallFailureTests
{
    private const string Request = "GET https://trusthub.twilio.com/v1/Policies";

    private static TwilioHttpTransport Transport(FakeHandler handler, int maxRetries = 0) =>
        TestData.Transport(handler, Options(o => { o.Retry.MaxRetries = maxRetries; o.Retry.BaseDelay = TimeSpan.FromMilliseconds(1); }));

    private static TwilioRequest Post() => new(HttpMethod.Post, TrustHub, "/v1/EndUsers") { Form = new TwilioParameters().Add("FriendlyName", "Acme") };

    // An answer whose headers came and whose body stops part-way, as .NET reports it (HttpIOException) for a connection
    // closed mid-answer when the transport reads the body as it streams in.
    private static HttpResponseMessage CutOff(HttpRequestMessage _) => new(HttpStatusCode.OK)
    {
        Content = new StreamContent(new CutOffStream("{\"results\": [{\"sid\": \"RN"u8.ToArray())),
    };

    [Fact]
    public async Task No_answer_of_every_kind_is_a_no_answer_exception_keeping_what_dotnet_reported()
    {
        var failures = new (Exception Thrown, HttpRequestError Error)[]
        {
            (new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (trusthub.twilio.com:443)"), HttpRequestError.ConnectionError),
            (new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (trusthub.twilio.com:443)"), HttpRequestError.NameResolutionError),
            (new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established, see inner exception.",
                new System.Security.Authentication.AuthenticationException("The remote certificate is invalid")), HttpRequestError.SecureConnectionError),
            (new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."), HttpRequestError.ResponseEnded),
        };
        foreach (var (thrown, expected) in failures)
        {
            var error = await Assert.ThrowsAsync<TwilioNoAnswerException>(() => Transport(new FakeHandler().ThenThrow(thrown)).SendAsync(Get("/v1/Policies"), default));

            Assert.Same(thrown, error.InnerException);
            Assert.Equal(expected, error.HttpRequestError);
            Assert.Equal(Request, error.Request);
            Assert.StartsWith(Request + " got no answer: ", error.Message);
            Assert.False(error.TimedOut);
            Assert.Equal(1, error.Attempts);
        }
    }

    [Fact]
    public async Task An_answer_cut_off_mid_body_is_a_no_answer_exception_not_a_bare_io_exception()
    {
        var error = await Assert.ThrowsAsync<TwilioNoAnswerException>(() => Transport(new FakeHandler().Then(CutOff)).SendAsync(Get("/v1/Policies"), default));

        Assert.IsType<HttpIOException>(error.InnerException);
        Assert.Equal(HttpRequestError.ResponseEnded, error.HttpRequestError);
        Assert.Equal(Request + " got no answer: The response ended prematurely (test). (ResponseEnded).", error.Message);
    }

    [Fact]
    public async Task A_timeout_of_a_resilience_handler_of_the_users_own_is_a_timed_out_no_answer()
    {
        // What AddStandardResilienceHandler()'s attempt timeout throws under the transport's HttpClient.
        var rejected = new TimeoutRejectedException("The operation didn't complete within the allowed timeout of '00:00:10'.");

        var error = await Assert.ThrowsAsync<TwilioNoAnswerException>(() => Transport(new FakeHandler().ThenThrow(rejected)).SendAsync(Get("/v1/Policies"), default));

        Assert.Same(rejected, error.InnerException);
        Assert.True(error.TimedOut);
        Assert.Equal(Request + " got no answer in time: The operation didn't complete within the allowed timeout of '00:00:10'.", error.Message);
    }

    [Fact]
    public async Task Every_failure_of_a_call_is_a_call_exception_naming_the_request()
    {
        var handler = new FakeHandler()
            .ThenJson(404, """{"code": 20404, "message": "The requested resource was not found", "status": 404}""")
            .Then(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>captive portal</html>", Encoding.UTF8, "text/html") })
            .ThenThrow(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"))
            .Then(CutOff);
        var transport = Transport(handler);

        var failures = new List<TwilioCallException>();
        for (var i = 0; i < 4; i++)
        {
            try
            {
                await transport.SendAsync(Get("/v1/Policies"), default);
            }
            catch (TwilioCallException e)
            {
                failures.Add(e);
            }
        }

        Assert.Collection(failures,
            e => Assert.IsType<TwilioApiException>(e),
            e => Assert.IsType<TwilioInvalidResponseException>(e),
            e => Assert.IsType<TwilioNoAnswerException>(e),
            e => Assert.IsType<TwilioNoAnswerException>(e));
        Assert.All(failures, e => Assert.Equal(Request, e.Request));
        Assert.All(failures, e => Assert.Contains(Request, e.Message));
    }

    [Fact]
    public async Task The_message_names_the_request_without_credentials_or_query()
    {
        var handler = new FakeHandler().ThenThrow(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:8080)"));
        var options = Options(o =>
        {
            o.Retry.MaxRetries = 0;
            o.BaseAddresses[TrustHub] = new Uri("http://127.0.0.1:8080/");
        });
        var request = new TwilioRequest(HttpMethod.Get, TrustHub, "/v1/EndUsers") { SubaccountSid = SubaccountSid };
        request.Query.Add("FriendlyName", "Jane Doe +15551234567");

        var error = await Assert.ThrowsAsync<TwilioNoAnswerException>(() => TestData.Transport(handler, options).SendAsync(request, default));

        Assert.Equal("GET http://127.0.0.1:8080/v1/EndUsers got no answer: Connection refused (127.0.0.1:8080).", error.Message);
        Assert.Equal("GET http://127.0.0.1:8080/v1/EndUsers", error.Request);
        var basic = handler.Requests.Single().Authorization!.Split(' ')[1];
        foreach (var secret in new[] { AuthToken, basic, "Jane", "15551234567" })
            Assert.DoesNotContain(secret, error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    // The retry pipeline still classifies .NET's own exceptions (TransientFailures): the wrapping happens after it.
    [Theory]
    [InlineData("GET", HttpRequestError.ConnectionError, 3)]
    [InlineData("POST", HttpRequestError.ConnectionError, 3)]
    [InlineData("GET", HttpRequestError.NameResolutionError, 3)]
    [InlineData("GET", HttpRequestError.ResponseEnded, 3)]
    [InlineData("POST", HttpRequestError.ResponseEnded, 1)]
    [InlineData("GET", HttpRequestError.SecureConnectionError, 1)]
    [InlineData("GET", HttpRequestError.Unknown, 1)]
    public async Task Retries_count_the_same_attempts_and_the_exception_says_how_many(string method, HttpRequestError kind, int attempts)
    {
        var handler = new FakeHandler();
        for (var i = 1; i <= 3; i++) handler.ThenThrow(new HttpRequestException(kind, $"failure {i}"));
        var retried = new List<Exception?>();
        var options = Options(o =>
        {
            o.Retry.MaxRetries = 2;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
            o.Retry.OnRetry = info => retried.Add(info.Exception);
        });
        var request = method == "GET" ? Get("/v1/Policies") : Post();

        var error = await Assert.ThrowsAsync<TwilioNoAnswerException>(() => TestData.Transport(handler, options).SendAsync(request, default));

        Assert.Equal(attempts, handler.Requests.Count);
        Assert.Equal(attempts, error.Attempts);
        Assert.Equal($"failure {attempts}", error.InnerException!.Message);
        Assert.StartsWith(request.Method.Method + " https://trusthub.twilio.com" + request.Path + (attempts > 1 ? $" got no answer in {attempts} attempts: " : " got no answer: "), error.Message);
        // Each retry was decided on .NET's exception, never on the wrapper.
        Assert.Equal(attempts - 1, retried.Count);
        Assert.All(retried, e => Assert.IsType<HttpRequestException>(e));
    }

    [Fact]
    public async Task The_callers_cancellation_stays_an_operation_cancelled_exception_while_a_timeout_is_no_answer()
    {
        var handler = new NeverAnswers();
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromMilliseconds(50) };
        var transport = new TwilioHttpTransport(client, Options(o => o.Retry.MaxRetries = 0));

        // HttpClient.Timeout: not the caller's doing, so a failure of the call.
        var timedOut = await Assert.ThrowsAsync<TwilioNoAnswerException>(() => transport.SendAsync(Get("/v1/Policies"), default));
        Assert.True(timedOut.TimedOut);
        Assert.IsType<TaskCanceledException>(timedOut.InnerException);

        // The caller's token, during an attempt and before one: never wrapped.
        using var patient = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var waiting = new TwilioHttpTransport(patient, Options(o => o.Retry.MaxRetries = 0));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.SendAsync(Get("/v1/Policies"), cancel.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.SendAsync(Get("/v1/Policies"), new CancellationToken(canceled: true)));
        Assert.Equal(2, handler.Requests);
    }

    [Fact]
    public async Task A_callers_cancellation_while_a_retry_waits_is_not_wrapped_either()
    {
        var time = new FakeTimeProvider(Now) { HoldTimers = true };
        var handler = new FakeHandler().ThenThrow(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));
        var transport = TestData.Transport(handler, Options(time: time));
        using var cancel = new CancellationTokenSource();

        var sending = transport.SendAsync(Get(), cancel.Token);
        await time.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        cancel.Cancel();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending.WaitAsync(TimeSpan.FromSeconds(30)));
        // The refused attempt before the wait is not reported as the call's failure.
        Assert.False(error.InnerException is TwilioCallException or HttpRequestException);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public void The_public_constructor_builds_the_same_message_for_a_test_double()
    {
        var inner = new HttpRequestException(HttpRequestError.ConnectionError, "An error occurred while sending the request.",
            new IOException("Connection refused"));

        var error = new TwilioNoAnswerException("POST https://trusthub.twilio.com/v1/TrustProducts", 2, inner);

        Assert.Equal("POST https://trusthub.twilio.com/v1/TrustProducts got no answer in 2 attempts: An error occurred while sending the request: Connection refused.", error.Message);
        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
        Assert.Throws<ArgumentNullException>(() => new TwilioNoAnswerException("GET x", 1, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TwilioNoAnswerException("GET x", 0, inner));
    }

    // A real socket: the server sends the headers (Content-Length 100) and 10 bytes, then closes. .NET reports that from the
    // body's stream as HttpIOException (ResponseEnded), not as HttpRequestException.
    [Theory]
    [InlineData("GET", 3)]
    [InlineData("POST", 1)]
    public async Task A_body_cut_off_on_a_real_connection_is_retried_for_a_read_only_and_ends_as_no_answer(string method, int attempts)
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var accepted = 0;
        var serving = Task.Run(async () =>
        {
            while (true)
            {
                System.Net.Sockets.TcpClient client;
                try { client = await listener.AcceptTcpClientAsync(); }
                catch (Exception) { return; }
                using (client)
                {
                    Interlocked.Increment(ref accepted);
                    var stream = client.GetStream();
                    var buffer = new byte[8192];
                    var head = "";
                    while (!head.Contains("\r\n\r\n", StringComparison.Ordinal))
                    {
                        var read = await stream.ReadAsync(buffer);
                        if (read == 0) break;
                        head += Encoding.ASCII.GetString(buffer, 0, read);
                    }
                    await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"results\":"));
                }
            }
        });
        var options = Options(o =>
        {
            o.UseBaseAddressForAllHosts(new Uri($"http://127.0.0.1:{port}"));
            o.Retry.MaxRetries = 2;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
        });
        using var http = new HttpClient();
        var request = method == "GET" ? Get("/v1/Policies") : Post();

        var error = await Assert.ThrowsAsync<TwilioNoAnswerException>(() => new TwilioHttpTransport(http, options).SendAsync(request, default));
        listener.Stop();
        await serving;

        Assert.Equal(HttpRequestError.ResponseEnded, error.HttpRequestError);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
        Assert.Equal(attempts, error.Attempts);
        Assert.Equal(attempts, Volatile.Read(ref accepted));
    }

    /// <summary>Gives <paramref name="start"/>, then fails as .NET does when the connection closes before the body's end.</summary>
    private sealed class CutOffStream(byte[] start) : MemoryStream(start)
    {
        public override int Read(byte[] buffer, int offset, int count) => Cut(base.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Cut(await base.ReadAsync(buffer, cancellationToken));

        private static int Cut(int read) => read > 0 ? read : throw new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely (test).");
    }
}
