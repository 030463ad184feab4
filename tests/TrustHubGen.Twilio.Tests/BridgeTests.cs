using System.Text;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using TrustHubGen.Emulator.Faults;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Twilio.Tests.Sdk;

namespace TrustHubGen.Twilio.Tests;

/// <summary>The generated SDK and the pipelines through the real Twilio 8.2.0 client, against the emulator.</summary>
public sealed class BridgeTests : IAsyncLifetime
{
    private EmulatorHost _emulator = null!;

    public async Task InitializeAsync() => _emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ReviewStepDelay = TimeSpan.Zero });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private (TwilioRestClient Client, TwilioHostRouter Router) TwilioClient(string? region = null, string? edge = null)
    {
        var router = new TwilioHostRouter(_emulator.BaseAddress);
        var client = new TwilioRestClient(_emulator.AccountSid, _emulator.AuthToken, region: region,
            httpClient: new SystemNetHttpClient(new System.Net.Http.HttpClient(router)), edge: edge);
        return (client, router);
    }

    [Fact]
    public async Task The_generated_sdk_creates_fetches_and_pages_through_the_users_twilio_client()
    {
        var (client, router) = TwilioClient();
        var transport = new TwilioRestClientTransport(client);
        var trustHub = new TrustHubClient(transport);

        var created = new List<TrustProductSid>();
        for (var i = 0; i < 3; i++)
        {
            var product = await trustHub.TrustProducts.CreateAsync(new CreateTrustProductRequest
            {
                FriendlyName = $"Bridge CNAM {i}",
                Email = "ops@acme.example",
                PolicySid = PolicyCatalog.Cnam.Sid,
            });
            created.Add(product.Sid!.Value);
        }
        var fetched = await trustHub.TrustProducts.FetchAsync(created[1]);
        Assert.Equal("Bridge CNAM 1", fetched.FriendlyName);

        // PageSize 1: three pages, each next_page_url followed through Twilio's client.
        var listed = new List<string>();
        await foreach (var product in trustHub.TrustProducts.ListAsync(new ListTrustProductRequest { PageSize = 1 })) listed.Add(product.FriendlyName!);
        Assert.Equal(new[] { "Bridge CNAM 0", "Bridge CNAM 1", "Bridge CNAM 2" }, listed.Order());

        Assert.All(router.Hosts, host => Assert.Equal("trusthub.twilio.com", host));
        var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(_emulator.AccountSid + ":" + _emulator.AuthToken));
        Assert.All(router.Authorizations, value => Assert.Equal(basic, value));
        Assert.Equal(_emulator.AccountSid, transport.GetAccountSid());
    }

    [Fact]
    public async Task Region_and_edge_rewrite_the_host_as_twilios_client_does_and_errors_name_that_host()
    {
        var (client, router) = TwilioClient(region: "au1", edge: "sydney");
        var transport = new TwilioRestClientTransport(client);
        var trustHub = new TrustHubClient(transport);

        var missing = TrustProductSid.Parse("BU5e1f0c2a9b7d4c3e8f6a1b2c3d4e5f69");
        var error = await Assert.ThrowsAsync<TwilioApiException>(() => trustHub.TrustProducts.FetchAsync(missing));

        Assert.Equal("trusthub.sydney.au1.twilio.com", Assert.Single(router.Hosts));
        Assert.Equal(404, error.Status);
        Assert.Equal(20404, error.Code);
        Assert.NotNull(error.MoreInfo);
        Assert.Equal($"GET https://trusthub.sydney.au1.twilio.com/v1/TrustProducts/{missing}", error.Request);
        Assert.IsType<global::Twilio.Exceptions.ApiException>(error.InnerException);
        Assert.DoesNotContain(_emulator.AuthToken, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_emulator.AuthToken, transport.ToString(), StringComparison.Ordinal);

        // API 2010 goes to api.sydney.au1.twilio.com through the same client.
        var numbers = new List<string>();
        await foreach (var number in new Api2010Client(transport, AccountSid.Parse(_emulator.AccountSid)).IncomingPhoneNumbers.ListAsync()) numbers.Add(number.PhoneNumber!);
        Assert.Contains("+14155550100", numbers);
        Assert.Contains("api.sydney.au1.twilio.com", router.Hosts);
    }

    [Fact]
    public async Task The_typed_pipeline_onboards_cnam_and_shaken_stir_through_the_twilio_client()
    {
        var (client, _) = TwilioClient();
        var transport = new TwilioRestClientTransport(client);
        var seed = _emulator.Seed;

        var result = await CnamOnboarding.For(CustomerProfileSid.Parse(seed.PrimaryBusinessProfileSid!))
            .WithNumbers(seed.NumbersOnProfile.Take(3).Select(n => PhoneNumberSid.Parse(n.Sid)).ToArray())
            .WithCnamInformation(CnamDisplayName.Parse("Owl Industries"))
            .AndShakenStir()
            .NotifyEmail("ops@owl.example.com", statusCallback: null)
            .RunAsync(transport);

        Assert.True(result.Succeeded, result.ToString());
        Assert.All(result.Products, p => Assert.Equal(3, p.NumbersAssigned));
    }

    [Fact]
    public async Task A_429_storm_is_retried_by_our_policy_once_per_attempt_honouring_retry_after()
    {
        await using var stormy = await EmulatorHost.StartAsync(new EmulatorOptions
        {
            ReviewStepDelay = TimeSpan.Zero,
            Faults = { RandomSeed = 7, Routes = { new RouteFault { Method = "*", Path = "/v1/**", TooManyRequestsRate = 0.5, RetryAfterSeconds = 2 } } },
        });
        var router = new TwilioHostRouter(stormy.BaseAddress);
        var client = new TwilioRestClient(stormy.AccountSid, stormy.AuthToken, httpClient: new SystemNetHttpClient(new System.Net.Http.HttpClient(router)));
        var time = new InstantTimeProvider();
        var retries = new List<TwilioRetryInfo>();
        var transport = new TwilioRestClientTransport(client, new TwilioRestClientTransportOptions
        {
            TimeProvider = time,
            Retry = new TwilioRetryOptions { MaxRetries = 30, OnRetry = retries.Add },
        });
        var trustHub = new TrustHubClient(transport);

        const int Calls = 40;
        for (var i = 0; i < Calls; i++)
        {
            await trustHub.TrustProducts.CreateAsync(new CreateTrustProductRequest { FriendlyName = $"Storm {i}", Email = "ops@acme.example", PolicySid = PolicyCatalog.ShakenStir.Sid });
        }

        var made = new List<string>();
        await foreach (var p in new TrustHubClient(new TwilioRestClientTransport(new TwilioRestClient(stormy.AccountSid, stormy.AuthToken,
            httpClient: new SystemNetHttpClient(new System.Net.Http.HttpClient(new TwilioHostRouter(stormy.BaseAddress)))),
            new TwilioRestClientTransportOptions { TimeProvider = time, Retry = new TwilioRetryOptions { MaxRetries = 30 } })).TrustProducts.ListAsync(new ListTrustProductRequest { PageSize = 1000 }))
            made.Add(p.FriendlyName!);

        Assert.True(retries.Count >= 10, $"a 50% storm over {Calls} calls should throttle often; saw {retries.Count} retries");
        // Every attempt Twilio's client made is one call or one of our retries: nothing retried twice, no call lost or doubled.
        Assert.Equal(Calls + retries.Count, router.Requests);
        Assert.Equal(Calls, made.Count(n => n.StartsWith("Storm ", StringComparison.Ordinal)));
        Assert.Equal(Calls, made.Distinct().Count());
        Assert.All(retries, r => Assert.Equal(429, r.Status));
        Assert.All(retries, r => Assert.Equal(20429, r.Code));
        // Sequential calls: the throttled answer is the client's last one, so its Retry-After (2 s) is the wait, except that a
        // 429's first retry waits one round trip once the adaptive gate knows it (at most the Retry-After; Runtime README).
        Assert.All(retries, r => Assert.True(r.FromRetryAfter, r.ToString()));
        Assert.All(retries.Where(r => r.Attempt > 1), r => Assert.Equal(TimeSpan.FromSeconds(2), r.Delay));
        Assert.All(retries.Where(r => r.Attempt == 1), r => Assert.InRange(r.Delay, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task A_subaccount_request_without_a_subaccount_client_says_what_to_set()
    {
        var (client, router) = TwilioClient();
        var transport = new TwilioRestClientTransport(client).ForSubaccount(_emulator.Seed.SubaccountSid!);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new TrustHubClient(transport).TrustProducts.FetchAsync(TrustProductSid.Parse("BU5e1f0c2a9b7d4c3e8f6a1b2c3d4e5f69")));

        Assert.Contains("TwilioRestClientTransportOptions.SubaccountClient", error.Message);
        Assert.Empty(router.Hosts);
    }

    [Fact]
    public async Task With_a_subaccount_client_the_customers_resources_are_reached()
    {
        var (parent, _) = TwilioClient();
        var subaccount = _emulator.Seed.SubaccountSid!;
        var transport = new TwilioRestClientTransport(parent, new TwilioRestClientTransportOptions
        {
            // Twilio accepts the parent's token for its subaccounts, as the emulator does.
            SubaccountClient = sid => new TwilioRestClient(sid, _emulator.AuthToken,
                httpClient: new SystemNetHttpClient(new System.Net.Http.HttpClient(new TwilioHostRouter(_emulator.BaseAddress)))),
        }).ForSubaccount(subaccount);

        var numbers = new List<string>();
        await foreach (var number in new Api2010Client(transport, AccountSid.Parse(subaccount)).IncomingPhoneNumbers.ListAsync()) numbers.Add(number.PhoneNumber!);

        Assert.Equal(_emulator.Seed.SubaccountNumbers.Select(n => n.PhoneNumber).Order(), numbers.Order());
    }

    [Fact]
    public async Task The_subaccount_client_is_made_once_per_subaccount_and_kept()
    {
        var (parent, _) = TwilioClient();
        var subaccount = _emulator.Seed.SubaccountSid!;
        var made = 0;
        var transport = new TwilioRestClientTransport(parent, new TwilioRestClientTransportOptions
        {
            SubaccountClient = sid =>
            {
                Interlocked.Increment(ref made);
                return new TwilioRestClient(sid, _emulator.AuthToken, httpClient: new SystemNetHttpClient(new System.Net.Http.HttpClient(new TwilioHostRouter(_emulator.BaseAddress))));
            },
        }).ForSubaccount(subaccount);
        var api = new Api2010Client(transport, AccountSid.Parse(subaccount));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ => { await foreach (var number in api.IncomingPhoneNumbers.ListAsync()) Assert.NotNull(number.Sid); }));

        // A client per request would be an HttpClient per request (sid => new TwilioRestClient(sid, token) makes one).
        Assert.Equal(1, made);
    }

    [Fact]
    public async Task A_subaccount_client_factory_that_failed_is_asked_again_on_the_next_request()
    {
        var (parent, _) = TwilioClient();
        var subaccount = _emulator.Seed.SubaccountSid!;
        var calls = 0;
        var transport = new TwilioRestClientTransport(parent, new TwilioRestClientTransportOptions
        {
            SubaccountClient = sid => Interlocked.Increment(ref calls) == 1
                ? throw new InvalidOperationException("the secret store is down")
                : new TwilioRestClient(sid, _emulator.AuthToken, httpClient: new SystemNetHttpClient(new System.Net.Http.HttpClient(new TwilioHostRouter(_emulator.BaseAddress)))),
        }).ForSubaccount(subaccount);
        var api = new Api2010Client(transport, AccountSid.Parse(subaccount));

        var first = await Assert.ThrowsAsync<InvalidOperationException>(async () => { await foreach (var _ in api.IncomingPhoneNumbers.ListAsync()) { } });
        Assert.Equal("the secret store is down", first.Message);
        await foreach (var number in api.IncomingPhoneNumbers.ListAsync()) Assert.NotNull(number.Sid);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_subaccount_client_logged_in_as_the_parent_is_refused_before_it_sends_anything()
    {
        var (parent, _) = TwilioClient();
        var subaccount = _emulator.Seed.SubaccountSid!;
        var router = new TwilioHostRouter(_emulator.BaseAddress);
        var transport = new TwilioRestClientTransport(parent, new TwilioRestClientTransportOptions
        {
            // accountSid: names the subaccount, but the credentials are the parent's: Trust Hub would act for the parent.
            SubaccountClient = sid => new TwilioRestClient(_emulator.AccountSid, _emulator.AuthToken, accountSid: sid,
                httpClient: new SystemNetHttpClient(new System.Net.Http.HttpClient(router))),
        }).ForSubaccount(subaccount);
        var before = _emulator.ReadState().TrustProducts.Count();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new TrustHubClient(transport).TrustProducts.CreateAsync(
            new CreateTrustProductRequest { FriendlyName = "Customer CNAM", Email = "ops@acme.example", PolicySid = PolicyCatalog.Cnam.Sid }));

        Assert.Contains($"authenticates as {_emulator.AccountSid}", error.Message);
        Assert.Contains($"not for the subaccount {subaccount}", error.Message);
        Assert.Empty(router.Hosts);
        Assert.Equal(before, _emulator.ReadState().TrustProducts.Count());
    }

    [Fact]
    public async Task A_dead_address_is_retried_as_a_connection_error_and_ends_as_a_no_answer_exception()
    {
        var router = new TwilioHostRouter(new Uri("http://127.0.0.1:1/"));
        var client = new TwilioRestClient(_emulator.AccountSid, _emulator.AuthToken, httpClient: new SystemNetHttpClient(new System.Net.Http.HttpClient(router)));
        var retries = 0;
        var transport = new TwilioRestClientTransport(client, new TwilioRestClientTransportOptions
        {
            TimeProvider = new InstantTimeProvider(),
            Retry = new TwilioRetryOptions { MaxRetries = 2, OnRetry = _ => retries++ },
        });

        var error = await Assert.ThrowsAsync<TwilioNoAnswerException>(() => new TrustHubClient(transport).Policies.FetchAsync(PolicyCatalog.Cnam.Sid));

        // With Twilio.Exceptions imported too, the base's name is not ambiguous (Twilio's is TwilioException).
        Assert.IsAssignableFrom<TwilioCallException>(error);

        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
        Assert.Equal($"GET https://trusthub.twilio.com/v1/Policies/{PolicyCatalog.Cnam.Sid}", error.Request);
        Assert.StartsWith($"GET https://trusthub.twilio.com/v1/Policies/{PolicyCatalog.Cnam.Sid} got no answer in 3 attempts: ", error.Message);
        Assert.Equal(3, error.Attempts);
        // The Twilio client's own exception stays in the chain.
        Assert.IsType<ApiConnectionException>(Assert.IsType<HttpRequestException>(error.InnerException).InnerException);
        Assert.Equal(2, retries);
        Assert.Equal(3, router.Requests);
    }
}
