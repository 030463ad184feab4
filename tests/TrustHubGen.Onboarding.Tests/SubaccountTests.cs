using System.Text.Json;
using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

public sealed class SubaccountTests
{
    private const string PrimaryProfilePolicy = "RN6433641899984f951173ef1738c3bdd0";

    [Fact]
    public async Task A_customer_in_a_subaccount_gets_its_own_CNAM_product_through_the_parents_credentials()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var sub = emulator.Seed.SubaccountSid!;
        var ops = emulator.Operations.ForSubaccount(sub);
        var profile = await ApprovedProfileAsync(ops, emulator.Transport.ForSubaccount(sub));
        var request = emulator.Request(OnboardingNumbers.FromSids(emulator.Seed.SubaccountNumbers.Select(n => n.Sid)), ShippedPolicies.Cnam) with
        {
            BusinessProfileSid = profile,
        };

        var result = await new OnboardingRunner(ops).RunAsync(request);

        Assert.True(result.Succeeded, result.ToString());
        var cnam = Assert.Single(result.Products);
        Assert.Equal("twilio-approved", cnam.Status);
        Assert.Equal(emulator.Seed.SubaccountNumbers.Count, cnam.NumbersAssigned);
        // The product lives in the subaccount, not in the parent.
        Assert.Empty(await AccountState.ToListAsync(emulator.Operations.ListBundlesAsync(OnboardingBundleKind.TrustProduct, ShippedPolicies.CnamSid, default)));
        Assert.True((await new OnboardingPlanner(ops).PlanAsync(request)).IsEmpty);
    }

    /// <summary>The customer's own Business Profile: business information with an EIN, a representative, an address document.</summary>
    private static async Task<string> ApprovedProfileAsync(TrustHubRestOperations ops, ITwilioTransport transport)
    {
        const OnboardingBundleKind Profile = OnboardingBundleKind.CustomerProfile;
        var bundle = await ops.CreateBundleAsync(Profile, PrimaryProfilePolicy, "Fox Retail", "fox@example.com", null, default);
        var business = await ops.CreateEndUserAsync("customer_profile_business_information", "Fox Retail business", Json(new Dictionary<string, string>
        {
            ["business_name"] = "Fox Retail",
            ["business_type"] = "Corporation",
            ["business_registration_identifier"] = "EIN",
            ["business_registration_number"] = "12-3456789",
            ["business_identity"] = "direct_customer",
            ["business_industry"] = "RETAIL",
            ["business_regions_of_operation"] = "USA_AND_CANADA",
            ["website_url"] = "https://fox.example.com",
        }), default);
        var representative = await ops.CreateEndUserAsync("authorized_representative_1", "Fox Retail owner", Json(new Dictionary<string, string>
        {
            ["first_name"] = "Ada",
            ["last_name"] = "Fox",
            ["email"] = "ada@fox.example.com",
            ["phone_number"] = "+12125550199",
            ["business_title"] = "CEO",
            ["job_position"] = "CEO",
        }), default);
        // The address document must name an Address of the subaccount itself.
        var address = await ops.CreateAddressAsync(new TrustHubGen.Runtime.Onboarding.Profiles.BusinessProfileAddress
        {
            CustomerName = "Fox Retail", Street = "5 Broadway", City = "New York", Region = "NY", PostalCode = "10004", IsoCountry = "US",
        }, "Fox Retail headquarters", default);
        var document = await ops.CreateSupportingDocumentAsync("customer_profile_address", "Fox Retail address", $$"""{"address_sids":"{{address.Sid}}"}""", default);
        foreach (var objectSid in new[] { business.Sid, representative.Sid, document.Sid })
            await ops.CreateEntityAssignmentAsync(Profile, bundle.Sid, objectSid, default);
        await ops.UpdateBundleStatusAsync(Profile, bundle.Sid, "pending-review", default);
        var approved = await ops.FetchBundleAsync(Profile, bundle.Sid, default);
        Assert.True(approved.Status == "twilio-approved", $"the test's profile is {approved.Status}: {string.Join(", ", approved.ErrorCodes)}");
        return bundle.Sid;
    }

    private static string Json(Dictionary<string, string> values) => JsonSerializer.Serialize(values);
}
