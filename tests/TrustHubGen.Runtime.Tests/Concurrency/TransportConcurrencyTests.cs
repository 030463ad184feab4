using TrustHubGen.Runtime.Tests.Infrastructure;

namespace TrustHubGen.Runtime.Tests.Concurrency;

/// <summary>The adaptive gate in the transport: requests wait their turn under what the account allows.</summary>
public sealed class TransportConcurrencyTests
{
    private static TwilioClientOptions Options(Action<TwilioConcurrencyOptions>? concurrency = null) => TestData.Options(o =>
    {
        o.Retry.MaxRetries = 20;
        concurrency?.Invoke(o.Concurrency);
    }, TimeProvider.System);

    private static TwilioRequest Request(string flow) =>
        new(HttpMethod.Get, TestData.TrustHub, "/v1/CustomerProfiles") { Query = { { "Flow", flow } } };

    [Fact]
    public async Task Many_callers_at_once_are_held_under_the_accounts_cap_after_its_first_refusals()
    {
        var account = new CappedHandler(cap: 10, hold: TimeSpan.FromMilliseconds(2));
        var options = Options();
        var transport = new TwilioHttpTransport(new HttpClient(account), options);

        var answers = await Task.WhenAll(Enumerable.Range(0, 400).Select(_ => transport.SendAsync(Request("a"), default)));

        Assert.All(answers, a => Assert.Equal(200, a.StatusCode));
        // The first round (16 at once, the initial limit) finds the cap; nothing after it is refused.
        Assert.InRange(account.Refused, 1, 6);
        var gate = options.Concurrency.Gates.For(new Uri(TestData.TrustHub), TestData.AccountSid, TimeProvider.System);
        Assert.Equal(10, gate.Controller.LearnedCap);
        Assert.Equal(0, gate.InFlight);
    }

    [Fact]
    public async Task The_users_maximum_bounds_requests_in_flight_when_the_account_allows_more()
    {
        var account = new CappedHandler(cap: 100, hold: TimeSpan.FromMilliseconds(2));
        var transport = new TwilioHttpTransport(new HttpClient(account), Options(c => c.MaxConcurrentRequests = 5));

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => transport.SendAsync(Request("a"), default)));

        Assert.Equal(5, account.MostInFlight);
        Assert.Equal(0, account.Refused);
    }

    [Fact]
    public async Task Two_runs_sharing_a_transport_take_turns_whatever_their_own_parallelism()
    {
        var account = new CappedHandler(cap: 8, hold: TimeSpan.FromMilliseconds(2));
        var transport = new TwilioHttpTransport(new HttpClient(account), Options(c => c.InitialConcurrentRequests = 4));

        // Run "big" issues 300 requests at once, run "small" 30 at once just after: small must not wait for big's 300.
        Task Run(string name, int requests) => Task.Run(async () =>
        {
            using var flow = ConcurrencyFlow.Begin();
            await Task.WhenAll(Enumerable.Range(0, requests).Select(_ => transport.SendAsync(Request(name), default)));
        });
        var big = Run("big", 300);
        await Task.Delay(20);
        await Task.WhenAll(big, Run("small", 30));

        var lastSmall = account.Flows.LastIndexOf("?Flow=small");
        var bigBefore = account.Flows.Take(lastSmall).Count(f => f == "?Flow=big");
        Assert.Equal(30, account.Flows.Count(f => f == "?Flow=small"));
        Assert.True(lastSmall < 150, $"the small run's last request went out after {bigBefore} of the big run's (position {lastSmall})");
    }

    [Fact]
    public async Task Without_adaptive_concurrency_every_request_goes_at_once_as_before()
    {
        var account = new CappedHandler(cap: 1000, hold: TimeSpan.FromMilliseconds(20));
        var transport = new TwilioHttpTransport(new HttpClient(account), Options(c => c.Adaptive = false));

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => transport.SendAsync(Request("a"), default)));

        Assert.True(account.MostInFlight > 16, $"at most {account.MostInFlight} in flight");
    }
}
