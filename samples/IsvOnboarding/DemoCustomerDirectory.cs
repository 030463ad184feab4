using IsvOnboarding.TrustHub;
using TrustHubGen.Durable;
using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Runtime.Onboarding.Profiles;

namespace IsvOnboarding;

/// <summary>
/// The ISV's customers as the jobs see them: each one's Secondary Business Profile and products, written with the
/// generated typed pipelines. A real ISV reads its own customer records here.
/// </summary>
public sealed class DemoCustomerDirectory(DemoCustomers file) : IIsvCustomerDirectory
{
    private readonly Dictionary<string, DemoCustomer> _customers = file.Customers.ToDictionary(c => c.AccountSid, StringComparer.Ordinal);

    public IReadOnlyCollection<DemoCustomer> Customers => _customers.Values;

    public ValueTask<IsvCustomerOnboarding?> FindAsync(string customerAccountSid, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_customers.TryGetValue(customerAccountSid, out var customer) ? Onboarding(customer) : null);

    private IsvCustomerOnboarding Onboarding(DemoCustomer customer) => new()
    {
        AccountSid = customer.AccountSid,
        Profile = SecondaryBusinessProfileOnboarding.For($"{customer.BusinessName} secondary profile")
            .UnderPrimaryProfile(CustomerProfileSid.Parse(file.PrimaryProfileSid))
            .WithCustomerProfileBusinessInformation(
                businessName: customer.BusinessName, businessType: "Corporation", businessRegistrationIdentifier: "EIN",
                businessRegistrationNumber: "12-3456789", businessIdentity: SecondaryBusinessProfileBusinessIdentity.Parse("direct_customer"),
                businessIndustry: "RETAIL", businessRegionsOfOperation: "USA_AND_CANADA", websiteUrl: "https://acme.example.com")
            .WithAuthorizedRepresentative1("Pat", "Acme", SecondaryBusinessProfileAuthorizedRepresentative1Email.Parse("pat@acme.example.com"),
                SecondaryBusinessProfileAuthorizedRepresentative1PhoneNumber.Parse("+15125550199"), "CEO", "CEO")
            .WithoutAuthorizedRepresentative2()
            .WithAddress(new BusinessProfileAddress { CustomerName = customer.BusinessName, Street = "100 Congress Avenue", City = "Austin", Region = "TX", PostalCode = "78701", IsoCountry = "US" })
            .NotifyEmail("compliance@isv.example.com")
            .Request,
        Products = profileSid => CnamOnboarding.For(CustomerProfileSid.Parse(profileSid))
            .WithPhoneNumbers(customer.Numbers.Select(E164Number.Parse))
            .WithCnamInformation(CnamDisplayName.Parse(customer.CnamDisplayName))
            .AndShakenStir()
            .NotifyEmail("compliance@isv.example.com")
            .Request,
    };
}
