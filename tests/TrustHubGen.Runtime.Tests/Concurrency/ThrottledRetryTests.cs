using System.Globalization;
using System.Net;
using System.Text;
using TrustHubGen.Runtime.Tests.Infrastructure;

namespace TrustHubGen.Runtime.Tests.Concurrency;

/// <summary>
/// A refusal at the account's concurrency cap (429/20429, <c>Retry-After: 1</c>): with the adaptive gate, which knows the
/// round trip, the first retry waits one round trip (a slot frees at the next answer) instead of the whole second; a request
/// refused again honours <c>Retry-After</c>. Without the gate, <c>Retry-After</c> is honoured from the first retry.
/// </summary>
public sealed class ThrottledRetryTests
{
    private static readonly TimeSpan OneSecond = TimeSpan.FromSeconds(1);

    private static (TwilioHttpTransport Transport, List<TwilioRetryInfo> Retries) Transport(ScriptedAccount account, bool adaptive)
    {
        var retries = new List<TwilioRetryInfo>();
        var options = TestData.Options(o =>
        {
            o.Concurrency.Adaptive = adaptive;
            o.Retry.OnRetry = info =>
            {
                lock (retries) retries.Add(info);
            };
        }, TimeProvider.System);
        return (new TwilioHttpTransport(new HttpClient(account), options), retries);
    }

    private static TwilioRequest Request() => new(HttpMethod.Get, TestData.TrustHub, "/v1/CustomerProfiles");

    [Fact]
    public async Task The_first_retry_of_a_refusal_at_the_cap_waits_one_round_trip_not_Retry_After()
    {
        var account = new ScriptedAccount(200, 429, 200);
        var (transport, retries) = Transport(account, adaptive: true);

        await transport.SendAsync(Request(), default);   // an answer: the gate learns the round trip
        var answer = await transport.SendAsync(Request(), default);

        Assert.Equal(200, answer.StatusCode);
        var retry = Assert.Single(retries);
        Assert.Equal(429, retry.Status);
        Assert.True(retry.Delay > TimeSpan.Zero && retry.Delay < OneSecond, $"waited {retry.Delay}");
    }

    [Fact]
    public async Task A_request_refused_again_honours_Retry_After()
    {
        var account = new ScriptedAccount(200, 429, 429, 200);
        var (transport, retries) = Transport(account, adaptive: true);

        await transport.SendAsync(Request(), default);
        await transport.SendAsync(Request(), default);

        Assert.Equal(2, retries.Count);
        Assert.True(retries[0].Delay < OneSecond, $"first retry waited {retries[0].Delay}");
        Assert.Equal(OneSecond, retries[1].Delay);
    }

    [Fact]
    public async Task Before_any_answer_and_without_the_adaptive_gate_Retry_After_is_honoured()
    {
        var first = new ScriptedAccount(429, 200);
        var (unknown, unknownRetries) = Transport(first, adaptive: true);
        await unknown.SendAsync(Request(), default);   // refused before any answer: no round trip known yet

        var second = new ScriptedAccount(200, 429, 200);
        var (plain, plainRetries) = Transport(second, adaptive: false);
        await plain.SendAsync(Request(), default);
        await plain.SendAsync(Request(), default);

        Assert.Equal(OneSecond, Assert.Single(unknownRetries).Delay);
        Assert.Equal(OneSecond, Assert.Single(plainRetries).Delay);
    }

    /// <summary>Answers each request with the next status of the script (429s as Twilio's cap refuses: code 20429, <c>Retry-After: 1</c>).</summary>
    private sealed class ScriptedAccount(params int[] statuses) : HttpMessageHandler
    {
        private int _next;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var status = statuses[Interlocked.Increment(ref _next) - 1];
            await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken);   // a round trip the gate can measure
            var json = status == 429 ? """{"code": 20429, "message": "Too many concurrent requests", "status": 429}""" : """{"customer_profiles": [], "meta": {}}""";
            var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            response.Headers.Add("Twilio-Concurrent-Requests", 1.ToString(CultureInfo.InvariantCulture));
            if (status == 429) response.Headers.Add("Retry-After", "1");
            return response;
        }
    }
}
