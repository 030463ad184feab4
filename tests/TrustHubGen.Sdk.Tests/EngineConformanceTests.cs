using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Runtime.Onboarding.Profiles;
using TrustHubGen.Testing;

namespace TrustHubGen.Sdk.Tests;

/// <summary>
/// The calls the onboarding engine really makes, checked against Twilio's official specs: the engine runs its whole CNAM +
/// SHAKEN/STIR flow and the ISV flow (a Secondary Business Profile in a customer's subaccount, then that customer's
/// products) against the emulator, through Prism proxies that validate every request and every answer against the
/// Trust Hub and API 2010 specs (a request that breaks them is refused with 422). The emulator keeps the state that a
/// stateless Prism mock cannot.
/// </summary>
public sealed class EngineConformanceTests : IAsyncLifetime
{
    private EmulatorHost _emulator = null!;
    private PrismServer _trustHub = null!;
    private PrismServer _api2010 = null!;
    private readonly ViolationRecorder _recorder = new();
    private HttpClient _http = null!;
    private TrustHubRestOperations _operations = null!;

    private TwilioHttpTransport _transport = null!;

    public async Task InitializeAsync()
    {
        _emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ReviewStepDelay = TimeSpan.Zero });
        var trustHub = PrismServer.StartProxyAsync(RepoPaths.TrustHubSpec, _emulator.BaseAddress);
        var api2010 = PrismServer.StartProxyAsync(RepoPaths.Api2010Spec, _emulator.BaseAddress);
        _trustHub = await trustHub;
        _api2010 = await api2010;
        var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(_emulator.AccountSid, _emulator.AuthToken) };
        options.BaseAddresses[TrustHubRestOperations.TrustHubServer] = _trustHub.BaseAddress;
        options.BaseAddresses[TrustHubRestOperations.Api2010Server] = _api2010.BaseAddress;
        // A 422 from Prism must surface as the failure it is, never be retried away.
        options.Retry.MaxRetries = 0;
        _http = new HttpClient(_recorder);
        _transport = new TwilioHttpTransport(_http, options);
        _operations = new TrustHubRestOperations(_transport);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _api2010.DisposeAsync();
        await _trustHub.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task The_engines_cnam_and_shaken_stir_run_conforms_to_the_official_specs()
    {
        var seed = _emulator.Seed;
        var request = new OnboardingRequest
        {
            BusinessProfileSid = seed.PrimaryBusinessProfileSid!,
            Policies = [PolicyCatalog.Cnam.OnboardingPolicy, PolicyCatalog.ShakenStir.OnboardingPolicy],
            // Numbers on and off the profile, by E.164 (resolved through IncomingPhoneNumbers), and a subaccount's number.
            Numbers = OnboardingNumbers.FromPhoneNumbers([.. seed.NumbersOnProfile.Take(2).Select(n => n.PhoneNumber), .. seed.NumbersNotOnProfile.Take(3).Select(n => n.PhoneNumber), seed.SubaccountNumbers[0].PhoneNumber]),
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [PolicyCatalog.Cnam.EndUsers.CnamInformation.Type] = new Dictionary<string, string> { [PolicyCatalog.Cnam.EndUsers.CnamInformation.CnamDisplayName.Name] = "OWL INDUSTRIES" },
            },
            NotificationEmail = "ops@owl.example.com",
            StatusCallback = new Uri("https://owl.example.com/trusthub/status"),
            Options = new OnboardingOptions { WaitForReview = true, ReviewPollInitialDelay = TimeSpan.FromMilliseconds(10), ReviewPollMaxDelay = TimeSpan.FromMilliseconds(50) },
        };

        var plan = await new OnboardingPlanner(_operations).PlanAsync(request);
        var result = await new OnboardingRunner(_operations).RunAsync(request);
        var again = await new OnboardingRunner(_operations).RunAsync(request);

        Assert.True(plan.Steps.Count > 0, plan.ToString());
        Assert.True(result.Succeeded, result.ToString());
        Assert.All(result.Products, p => Assert.Equal("twilio-approved", p.Status));
        Assert.Equal(0, again.WriteCalls);
        AssertConforms(result.TotalCalls + again.TotalCalls);
    }

    [Fact]
    public async Task The_isv_run_of_a_secondary_profile_and_its_products_in_a_subaccount_conforms_to_the_official_specs()
    {
        var seed = _emulator.Seed;
        var customer = _operations.ForSubaccount(seed.SubaccountSid!);
        var secondary = PolicyCatalog.SecondaryBusinessProfile.OnboardingPolicy;
        var profileRequest = new BusinessProfileRequest
        {
            Policy = secondary,
            FriendlyName = "Acme secondary profile",
            Email = "compliance@acme.example.com",
            PrimaryProfileSid = seed.PrimaryBusinessProfileSid!,
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["customer_profile_business_information"] = new Dictionary<string, string>
                {
                    ["business_name"] = "Acme", ["business_type"] = "Corporation", ["business_registration_identifier"] = "EIN",
                    ["business_registration_number"] = "12-3456789", ["business_identity"] = "direct_customer", ["business_industry"] = "RETAIL",
                    ["business_regions_of_operation"] = "USA_AND_CANADA", ["website_url"] = "https://acme.example.com",
                },
                ["authorized_representative_1"] = new Dictionary<string, string>
                {
                    ["first_name"] = "Pat", ["last_name"] = "Acme", ["email"] = "pat@acme.example.com", ["phone_number"] = "+15125550199",
                    ["business_title"] = "CEO", ["job_position"] = "CEO",
                },
            },
            Address = new BusinessProfileAddress { CustomerName = "Acme", Street = "100 Congress Avenue", StreetSecondary = "Suite 200", City = "Austin", Region = "TX", PostalCode = "78701", IsoCountry = "US" },
            Options = new OnboardingOptions { WaitForReview = true, ReviewPollInitialDelay = TimeSpan.FromMilliseconds(10), ReviewPollMaxDelay = TimeSpan.FromMilliseconds(50) },
        };

        var profile = await new BusinessProfileOnboarder(customer).RunAsync(profileRequest);
        Assert.True(profile.Succeeded, profile.ToString());
        var products = await new OnboardingRunner(customer).RunAsync(new OnboardingRequest
        {
            BusinessProfileSid = profile.ProfileSid!,
            Policies = [PolicyCatalog.Cnam.OnboardingPolicy, PolicyCatalog.ShakenStir.OnboardingPolicy],
            Numbers = OnboardingNumbers.FromSids(seed.SubaccountNumbers.Select(n => n.Sid)),
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [PolicyCatalog.Cnam.EndUsers.CnamInformation.Type] = new Dictionary<string, string> { [PolicyCatalog.Cnam.EndUsers.CnamInformation.CnamDisplayName.Name] = "ACME" },
            },
            NotificationEmail = "compliance@acme.example.com",
            Options = new OnboardingOptions { WaitForReview = true, ReviewPollInitialDelay = TimeSpan.FromMilliseconds(10), ReviewPollMaxDelay = TimeSpan.FromMilliseconds(50) },
        });

        Assert.Equal("twilio-approved", profile.Status);
        Assert.True(products.Products.All(p => p.Status == "twilio-approved" && p.NumbersAssigned > 0), products.ToString());
        AssertConforms(profile.ApiCalls.Values.Sum() + products.TotalCalls);
    }

    [Fact]
    public async Task The_proxies_refuse_a_request_that_breaks_the_spec()
    {
        // The control: the same transport and proxies refuse a hand-written request with a malformed PolicySid, so the
        // runs above passing through them with no violation means something.
        var request = new TwilioRequest(HttpMethod.Post, TrustHubRestOperations.TrustHubServer, "/v1/TrustProducts") { Form = new TwilioParameters() };
        request.Form.Add("FriendlyName", "x").Add("Email", "ops@owl.example.com").Add("PolicySid", "not-a-policy-sid");

        var error = await Assert.ThrowsAsync<TwilioApiException>(() => _transport.SendAsync(request, CancellationToken.None));

        Assert.Equal(422, error.Status);
        Assert.Contains(_recorder.Violations, v => v.Contains("PolicySid", StringComparison.Ordinal));
    }

    /// <summary>Every call reached Prism and was answered, and Prism found nothing wrong with any request or answer.</summary>
    private void AssertConforms(int calls)
    {
        Assert.True(_recorder.Responses >= calls, $"{_recorder.Responses} answers through Prism for {calls} calls");
        Assert.True(_recorder.Violations.Count == 0, "Prism found violations:\n" + string.Join("\n", _recorder.Violations) + "\n" + _trustHub.Output + _api2010.Output);
    }
}
