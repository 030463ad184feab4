using System.Text.Json;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Runtime.Onboarding.Profiles;

namespace TrustHubGen.Onboarding.Tests.Isv;

/// <summary>One customer of the ISV: its subaccount and the numbers it owns there.</summary>
internal sealed record IsvCustomer(string Name, string SubaccountSid, IReadOnlyList<string> LocalNumberSids, string TollFreeSid);

/// <summary>
/// An ISV in the emulator (seed file): the parent account with a twilio-approved Primary Business Profile and a second
/// Primary profile still in draft, and two customers, each in its own subaccount with three US local numbers and a
/// toll-free one. Operations act with the parent's credentials, for a customer through ForSubaccount.
/// </summary>
internal sealed class IsvWorld : IAsyncDisposable
{
    public const string PrimaryPolicy = "RN6433641899984f951173ef1738c3bdd0";
    public const string SecondaryPolicySid = "RNdfbf3fae0e1107f8aded0e7cead80bf5";

    private readonly HttpClient _http = new();
    private readonly DirectoryInfo _directory;

    private IsvWorld(EmulatorHost host, DirectoryInfo directory, string primary, string draftPrimary, IReadOnlyList<IsvCustomer> customers)
    {
        Host = host;
        _directory = directory;
        PrimarySid = primary;
        DraftPrimarySid = draftPrimary;
        Customers = customers;
        var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(host.AccountSid, host.AuthToken) };
        options.UseBaseAddressForAllHosts(host.BaseAddress);
        options.Retry = new TwilioRetryOptions { MaxRetries = 4, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(10) };
        Parent = new TrustHubRestOperations(new TwilioHttpTransport(_http, options));
    }

    public EmulatorHost Host { get; }

    public string PrimarySid { get; }

    public string DraftPrimarySid { get; }

    public IReadOnlyList<IsvCustomer> Customers { get; }

    public TrustHubRestOperations Parent { get; }

    public static OnboardingPolicy SecondaryPolicy => ShippedPolicies.Map(SecondaryPolicySid);

    public static async Task<IsvWorld> StartAsync(TimeSpan? reviewStepDelay = null, bool manualReviewVerdicts = false)
    {
        var directory = Directory.CreateTempSubdirectory("trusthubgen-isv-");
        var primary = NewSid("BU");
        var draftPrimary = NewSid("BU");
        var customers = new[] { Customer("Acme", 0), Customer("Globex", 1) };
        var seed = Path.Combine(directory.FullName, "isv-seed.json");
        await File.WriteAllTextAsync(seed, SeedJson(primary, draftPrimary, customers));
        var host = await EmulatorHost.StartAsync(new EmulatorOptions { Seed = seed, ReviewStepDelay = reviewStepDelay ?? TimeSpan.Zero, ManualReviewVerdicts = manualReviewVerdicts });
        return new IsvWorld(host, directory, primary, draftPrimary, customers);
    }

    /// <summary>A complete Secondary profile request for <paramref name="customer"/>; tests change one thing with <c>with</c>.</summary>
    public BusinessProfileRequest SecondaryRequest(IsvCustomer customer, string? friendlyName = null, string? street = null) => new()
    {
        Policy = SecondaryPolicy,
        FriendlyName = friendlyName ?? $"{customer.Name} secondary profile",
        Email = $"compliance@{customer.Name.ToLowerInvariant()}.example.com",
        PrimaryProfileSid = PrimarySid,
        EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["customer_profile_business_information"] = BusinessInformation(customer.Name),
            ["authorized_representative_1"] = new Dictionary<string, string>
            {
                ["first_name"] = "Pat",
                ["last_name"] = customer.Name,
                ["email"] = $"pat@{customer.Name.ToLowerInvariant()}.example.com",
                ["phone_number"] = "+15125550199",
                ["business_title"] = "CEO",
                ["job_position"] = "CEO",
            },
        },
        Address = new BusinessProfileAddress
        {
            CustomerName = customer.Name,
            Street = street ?? "100 Congress Avenue",
            StreetSecondary = "Suite 200",
            City = "Austin",
            Region = "TX",
            PostalCode = "78701",
            IsoCountry = "US",
        },
        Options = new OnboardingOptions { WaitForReview = true, ReviewPollInitialDelay = TimeSpan.FromMilliseconds(5), ReviewPollMaxDelay = TimeSpan.FromMilliseconds(20) },
    };

    public static Dictionary<string, string> BusinessInformation(string name) => new()
    {
        ["business_name"] = name,
        ["business_type"] = "Corporation",
        ["business_registration_identifier"] = "EIN",
        ["business_registration_number"] = "12-3456789",
        ["business_identity"] = "direct_customer",
        ["business_industry"] = "RETAIL",
        ["business_regions_of_operation"] = "USA_AND_CANADA",
        ["website_url"] = $"https://{name.ToLowerInvariant()}.example.com",
    };

    /// <summary>The customer's CNAM and SHAKEN/STIR products on its approved Secondary profile, for all its numbers.</summary>
    public static OnboardingRequest ProductsRequest(IsvCustomer customer, string secondaryProfileSid) => new()
    {
        BusinessProfileSid = secondaryProfileSid,
        Policies = [ShippedPolicies.Cnam, ShippedPolicies.ShakenStir],
        Numbers = OnboardingNumbers.FromSids([.. customer.LocalNumberSids, customer.TollFreeSid]),
        NotificationEmail = $"compliance@{customer.Name.ToLowerInvariant()}.example.com",
        EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["cnam_information"] = new Dictionary<string, string> { ["cnam_display_name"] = customer.Name.ToUpperInvariant() },
        },
        Options = new OnboardingOptions { WaitForReview = true, ReviewPollInitialDelay = TimeSpan.FromMilliseconds(5), ReviewPollMaxDelay = TimeSpan.FromMilliseconds(20) },
    };

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _http.Dispose();
        _directory.Delete(recursive: true);
    }

    private static IsvCustomer Customer(string name, int index) =>
        new(name, NewSid("AC"), [NewSid("PN"), NewSid("PN"), NewSid("PN")], NewSid("PN"));

    private static string NewSid(string prefix) => prefix + Guid.NewGuid().ToString("N");

    private static string SeedJson(string primary, string draftPrimary, IReadOnlyList<IsvCustomer> customers)
    {
        var business = NewSid("IT");
        var representative = NewSid("IT");
        var address = NewSid("AD");
        var document = NewSid("RD");
        var parent = new Dictionary<string, object>
        {
            ["sid"] = EmulatorDefaults.AccountSid,
            ["auth_token"] = EmulatorDefaults.AuthToken,
            ["friendly_name"] = "Owl ISV",
            ["end_users"] = new object[]
            {
                new { sid = business, type = "customer_profile_business_information", friendly_name = "Owl ISV business", attributes = BusinessInformation("Owl ISV") },
                new { sid = representative, type = "authorized_representative_1", friendly_name = "Owl ISV representative", attributes = new { first_name = "Ada", last_name = "Owl", email = "ada@owl.example.com", phone_number = "+14155550199", business_title = "CEO", job_position = "CEO" } },
            },
            ["addresses"] = new object[] { new { sid = address, customer_name = "Owl ISV", street = "1 Market Street", city = "San Francisco", region = "CA", postal_code = "94105", iso_country = "US" } },
            ["supporting_documents"] = new object[] { new { sid = document, type = "customer_profile_address", friendly_name = "Owl ISV address", attributes = new { address_sids = address } } },
            ["customer_profiles"] = new object[]
            {
                new { sid = primary, policy_sid = PrimaryPolicy, friendly_name = "Owl ISV Primary Business Profile", status = "twilio-approved", entity_assignments = new[] { new { object_sid = business }, new { object_sid = representative }, new { object_sid = document } } },
                new { sid = draftPrimary, policy_sid = PrimaryPolicy, friendly_name = "Owl ISV second Primary profile", status = "draft" },
            },
        };
        var accounts = new List<object> { parent };
        var areaCode = 512;
        foreach (var customer in customers)
        {
            var numbers = customer.LocalNumberSids.Select((sid, i) => new { sid, phone_number = $"+1{areaCode}555{i:D4}" }).ToList();
            numbers.Add(new { sid = customer.TollFreeSid, phone_number = $"+1888555{areaCode:D4}" });
            accounts.Add(new
            {
                sid = customer.SubaccountSid,
                auth_token = Guid.NewGuid().ToString("N"),
                friendly_name = customer.Name,
                owner_account_sid = EmulatorDefaults.AccountSid,
                incoming_phone_numbers = numbers,
            });
            areaCode++;
        }

        return JsonSerializer.Serialize(new { accounts });
    }
}
