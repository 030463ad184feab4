using TrustHubGen.Pipelines.Tests.Sdk;
using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Runtime.Onboarding.Profiles;

namespace TrustHubGen.Pipelines.Tests;

/// <summary>The ISV flow in the typed API: a customer's Secondary Business Profile in its subaccount, then its products.</summary>
public sealed class IsvPipelineTests
{
    private static readonly BusinessProfileAddress Address = new()
    {
        CustomerName = "Acme",
        Street = "100 Congress Avenue",
        City = "Austin",
        Region = "TX",
        PostalCode = "78701",
        IsoCountry = "US",
    };

    [Fact]
    public async Task A_customer_gets_an_approved_secondary_profile_then_CNAM_and_SHAKEN_STIR_on_it()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var customer = emulator.Operations.ForSubaccount(emulator.Seed.SubaccountSid!);

        var profile = await SecondaryProfile("Acme secondary profile").RunAsync(customer);

        Assert.True(profile.Succeeded, profile.ToString());
        Assert.Equal("twilio-approved", profile.Status);
        var products = await CnamOnboarding.For(CustomerProfileSid.Parse(profile.ProfileSid!))
            .WithNumbers(EmulatorSession.Sids(emulator.Seed.SubaccountNumbers))
            .WithCnamInformation(CnamDisplayName.Parse("ACME"))
            .AndShakenStir()
            .NotifyEmail("compliance@acme.example.com")
            .WithOptions(EmulatorSession.FastReview)
            .RunAsync(customer);
        Assert.True(products.Succeeded, products.ToString());
        Assert.All(products.Products, p => Assert.Equal(("twilio-approved", emulator.Seed.SubaccountNumbers.Count), (p.Status, p.NumbersAssigned)));

        var again = await SecondaryProfile("Acme secondary profile").PlanAsync(customer);
        Assert.True(again.IsEmpty, again.ToString());

        BusinessProfilePipeline SecondaryProfile(string name) => SecondaryBusinessProfileOnboarding.For(name)
            .UnderPrimaryProfile(emulator.Profile)
            .WithCustomerProfileBusinessInformation(
                businessName: "Acme", businessType: "Corporation", businessRegistrationIdentifier: "EIN", businessRegistrationNumber: "12-3456789",
                businessIdentity: SecondaryBusinessProfileBusinessIdentity.Parse("direct_customer"), businessIndustry: "RETAIL",
                businessRegionsOfOperation: "USA_AND_CANADA", websiteUrl: "https://acme.example.com")
            .WithAuthorizedRepresentative1("Pat", "Acme", SecondaryBusinessProfileAuthorizedRepresentative1Email.Parse("pat@acme.example.com"),
                SecondaryBusinessProfileAuthorizedRepresentative1PhoneNumber.Parse("+15125550199"), "CEO", "CEO")
            .WithoutAuthorizedRepresentative2()
            .WithAddress(Address)
            .NotifyEmail("compliance@acme.example.com")
            .WithOptions(EmulatorSession.FastReview);
    }

    [Theory]
    [InlineData("reseller")]
    public void A_business_identity_outside_the_policy_is_refused_at_parse(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => SecondaryBusinessProfileBusinessIdentity.Parse(value));

        Assert.Contains("business_identity \"reseller\" is not an accepted value; use one of \"direct_customer\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_address_or_an_empty_name_is_refused_at_its_stage()
    {
        Assert.Contains("friendlyName is empty", Assert.Throws<ArgumentException>(() => SecondaryBusinessProfileOnboarding.For(" ")).Message, StringComparison.Ordinal);
        var stage = PrimaryBusinessProfileOnboarding.For("Owl")
            .WithCustomerProfileBusinessInformation("Owl", "Corporation", "EIN", "12-3456789", PrimaryBusinessProfileBusinessIdentity.Parse("direct_customer"), "RETAIL", "USA_AND_CANADA", "https://owl.example")
            .WithAuthorizedRepresentative1("Ada", "Owl", PrimaryBusinessProfileAuthorizedRepresentative1Email.Parse("ada@owl.example"), PrimaryBusinessProfileAuthorizedRepresentative1PhoneNumber.Parse("+14155550199"), "CEO", "CEO")
            .WithoutAuthorizedRepresentative2();

        var error = Assert.Throws<ArgumentException>(() => stage.WithAddress(Address with { IsoCountry = "" }));

        Assert.StartsWith("address is invalid:", error.Message, StringComparison.Ordinal);
        Assert.Contains("IsoCountry", error.Message, StringComparison.Ordinal);
    }
}
