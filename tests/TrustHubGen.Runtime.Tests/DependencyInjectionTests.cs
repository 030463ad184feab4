using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrustHubGen.Runtime.Tests.Infrastructure;
using static TrustHubGen.Runtime.Tests.Infrastructure.TestData;

namespace TrustHubGen.Runtime.Tests;

public class DependencyInjectionTests
{
    [Fact]
    public async Task AddTwilioTransport_resolves_a_typed_client_from_the_http_client_factory()
    {
        var handler = new FakeHandler().ThenJson(200, "{}");
        var logger = new ListLogger();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddProvider(logger));
        services.AddTwilioTransport(o =>
            {
                o.Credentials = TwilioCredentials.FromAuthToken(AccountSid, AuthToken);
                o.BaseAddresses[TrustHub] = new Uri("http://127.0.0.1:5055");
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        var transport = provider.GetRequiredService<ITwilioTransport>();
        await transport.SendAsync(Get("/v1/Policies"), default);

        Assert.IsType<TwilioHttpTransport>(transport);
        Assert.Equal("http://127.0.0.1:5055/v1/Policies", Assert.Single(handler.Requests).Uri.AbsoluteUri);
        Assert.Same(provider.GetRequiredService<IOptions<TwilioClientOptions>>().Value, provider.GetRequiredService<TwilioClientOptions>());
        Assert.Contains(logger.Lines, line => line.StartsWith("Twilio GET http://127.0.0.1:5055/v1/Policies answered 200", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_credentials_fail_resolution_with_a_message_that_says_what_to_do()
    {
        var services = new ServiceCollection();
        services.AddTwilioTransport(_ => { });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ITwilioTransport>());

        // The rest names the TWILIO_* variables missing in this process (CredentialsEnvironmentTests).
        Assert.StartsWith("Credentials is not set: use TwilioCredentials.FromAuthToken(accountSid, authToken), FromApiKey(accountSid, apiKeySid, apiKeySecret) or FromEnvironment()",
            Assert.Single(error.Failures));
    }

    [Fact]
    public void A_relative_base_address_fails_resolution_naming_the_setting()
    {
        var services = new ServiceCollection();
        services.AddTwilioTransport(o =>
        {
            o.Credentials = TwilioCredentials.FromAuthToken(AccountSid, AuthToken);
            o.BaseAddresses[TrustHub] = new Uri("emulator/", UriKind.Relative);
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<TwilioClientOptions>());

        Assert.Equal("BaseAddresses[\"https://trusthub.twilio.com\"] is the relative address \"emulator/\"; give an absolute http(s) URL such as http://127.0.0.1:5000/.",
            Assert.Single(error.Failures));
    }

    [Fact]
    public void Registering_twice_keeps_one_validator_and_one_options_instance()
    {
        var services = new ServiceCollection();
        services.AddTwilioTransport(o => o.Credentials = TwilioCredentials.FromAuthToken(AccountSid, AuthToken));
        services.AddTwilioTransport(o => o.Retry.MaxRetries = 1);
        using var provider = services.BuildServiceProvider();

        Assert.Single(provider.GetServices<IValidateOptions<TwilioClientOptions>>(), v => v.GetType().Assembly == typeof(TwilioClientOptions).Assembly);
        var options = provider.GetRequiredService<TwilioClientOptions>();
        Assert.NotNull(options.Credentials);
        Assert.Equal(1, options.Retry.MaxRetries);
    }

    [Fact]
    public void An_http_client_base_address_the_transport_would_ignore_fails_resolution_saying_which_option_to_use()
    {
        var handler = new FakeHandler();
        var services = new ServiceCollection();
        services.AddTwilioTransport(o => o.Credentials = TwilioCredentials.FromAuthToken(AccountSid, AuthToken))
            .ConfigureHttpClient(client => client.BaseAddress = new Uri("http://127.0.0.1:5080"))
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<ITwilioTransport>());

        Assert.StartsWith("HttpClient.BaseAddress is http://127.0.0.1:5080/, but TwilioHttpTransport does not use it", error.Message);
        Assert.Contains("options.UseBaseAddressForAllHosts(new Uri(\"http://127.0.0.1:5080/\"))", error.Message);
        Assert.Empty(handler.Requests);
    }

    [Theory]
    [InlineData("https://trusthub.twilio.com/")]
    [InlineData("http://127.0.0.1:5080/twilio")]
    public void An_http_client_base_address_that_is_a_twilio_host_or_the_override_is_accepted(string baseAddress)
    {
        var options = Options(o => o.UseBaseAddressForAllHosts(new Uri("http://127.0.0.1:5080/twilio/")));

        var transport = new TwilioHttpTransport(new HttpClient { BaseAddress = new Uri(baseAddress) }, options);

        Assert.Equal("http://127.0.0.1:5080/twilio/v1/Policies", transport.BuildUri(Get("/v1/Policies")).AbsoluteUri);
    }
}
