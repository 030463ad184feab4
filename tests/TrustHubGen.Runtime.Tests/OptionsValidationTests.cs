using TrustHubGen.Runtime.Tests.Infrastructure;
using static TrustHubGen.Runtime.Tests.Infrastructure.TestData;

namespace TrustHubGen.Runtime.Tests;

public class OptionsValidationTests
{
    [Fact]
    public void Valid_options_have_no_problems()
    {
        var options = Options(o =>
        {
            o.BaseAddresses[TrustHub] = new Uri("http://127.0.0.1:5055/");
            o.UseBaseAddressForAllHosts(new Uri("https://proxy.example/twilio/"));
        });
        Assert.Empty(options.GetValidationProblems());
        options.Validate();
    }

    [Fact]
    public void Every_problem_is_listed_at_once_with_the_setting_it_concerns()
    {
        var options = new TwilioClientOptions { AllHostsBaseAddress = new Uri("ftp://files.example/") };
        options.BaseAddresses["trusthub"] = new Uri("http://127.0.0.1:5055/?x=1");
        options.Retry.MaxRetries = -1;
        options.Retry.BaseDelay = TimeSpan.FromMinutes(2);

        var problems = options.GetValidationProblems();
        // The first names the TWILIO_* variables missing in this process (CredentialsEnvironmentTests).
        Assert.StartsWith("Credentials is not set: use TwilioCredentials.FromAuthToken(accountSid, authToken), FromApiKey(accountSid, apiKeySid, apiKeySecret) or FromEnvironment()", problems[0]);
        Assert.Equal(new[]
        {
            "BaseAddresses key \"trusthub\" is not an absolute http(s) URL; use the spec's server URL, such as \"https://trusthub.twilio.com\".",
            "BaseAddresses[\"trusthub\"] \"http://127.0.0.1:5055/?x=1\" has a query or fragment; give only scheme, host, port and an optional path prefix, such as http://127.0.0.1:5000/.",
            "AllHostsBaseAddress has the scheme \"ftp\"; give an absolute http(s) URL such as http://127.0.0.1:5000/.",
            "Retry.MaxRetries is -1; use 0 to disable retrying or a positive count.",
            "Retry.BaseDelay (00:02:00) is longer than Retry.MaxDelay (00:00:30).",
        }, problems.Skip(1));
    }

    [Fact]
    public void A_host_and_port_without_scheme_is_caught()
    {
        // new Uri("localhost:5000") parses "localhost" as a scheme: a classic configuration slip.
        var options = Options(o => o.UseBaseAddressForAllHosts(new Uri("localhost:5000")));
        Assert.Equal("AllHostsBaseAddress has the scheme \"localhost\"; give an absolute http(s) URL such as http://127.0.0.1:5000/.", Assert.Single(options.GetValidationProblems()));
    }

    [Fact]
    public void The_transport_refuses_invalid_options_with_the_same_messages()
    {
        var error = Assert.Throws<ArgumentException>(() => new TwilioHttpTransport(new HttpClient(), new TwilioClientOptions()));
        Assert.StartsWith("TwilioClientOptions are invalid: Credentials is not set:", error.Message);
        Assert.Equal("options", error.ParamName);
        Assert.Throws<InvalidOperationException>(() => new TwilioClientOptions().Validate());
    }

    [Fact]
    public void Retry_delays_must_make_sense()
    {
        var retry = new TwilioRetryOptions { BaseDelay = TimeSpan.FromSeconds(-1), MaxDelay = TimeSpan.Zero };
        Assert.Equal(new[] { "Retry.BaseDelay is -00:00:01; it must not be negative.", "Retry.MaxDelay is 00:00:00; it must be positive." },
            retry.GetValidationProblems());
        Assert.Equal("Retry.MaxDelay is 2.00:00:00; it must be at most one day.",
            Assert.Single(new TwilioRetryOptions { MaxDelay = TimeSpan.FromDays(2) }.GetValidationProblems()));
    }
}
