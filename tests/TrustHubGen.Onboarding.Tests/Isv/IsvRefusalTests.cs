using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Runtime.Onboarding.Profiles;

namespace TrustHubGen.Onboarding.Tests.Isv;

/// <summary>Requests the onboarder refuses before any write, each refusal naming the input and what is wrong; and a doomed submission it does not make.</summary>
public sealed class IsvRefusalTests : IAsyncLifetime
{
    private IsvWorld _world = null!;
    private IsvCustomer _customer = null!;
    private BusinessProfileOnboarder _onboarder = null!;
    private TrustHubRestOperations _ops = null!;

    public async Task InitializeAsync()
    {
        _world = await IsvWorld.StartAsync();
        _customer = _world.Customers[0];
        _ops = _world.Parent.ForSubaccount(_customer.SubaccountSid);
        _onboarder = new BusinessProfileOnboarder(_ops);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_missing_attribute_is_named_with_its_end_user_before_any_write()
    {
        var business = IsvWorld.BusinessInformation(_customer.Name);
        business.Remove("business_name");
        var request = _world.SecondaryRequest(_customer) with
        {
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>(_world.SecondaryRequest(_customer).EndUserAttributes)
            {
                ["customer_profile_business_information"] = business,
            },
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _onboarder.RunAsync(request));

        Assert.Contains("EndUserAttributes[\"customer_profile_business_information\"]", error.Message, StringComparison.Ordinal);
        Assert.Contains("business_name is required but missing", error.Message, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Bad_emails_and_a_missing_representative_are_all_named_in_one_error()
    {
        var valid = _world.SecondaryRequest(_customer);
        var representative = new Dictionary<string, string>(valid.EndUserAttributes["authorized_representative_1"]) { ["email"] = "pat at acme" };
        var request = valid with
        {
            Email = "compliance.acme.example.com",
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["customer_profile_business_information"] = IsvWorld.BusinessInformation(_customer.Name),
                ["authorized_representative_1"] = representative,
                ["cnam_information"] = new Dictionary<string, string> { ["cnam_display_name"] = "ACME" },
            },
            Address = valid.Address! with { IsoCountry = "USA" },
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _onboarder.PlanAsync(request));

        Assert.Contains("Email \"compliance.acme.example.com\" is not an email address", error.Message, StringComparison.Ordinal);
        Assert.Contains("email \"pat at acme\" does not have the required form: an email address such as name@example.com", error.Message, StringComparison.Ordinal);
        Assert.Contains("EndUserAttributes[\"cnam_information\"]: policy SecondaryBusinessProfile takes no end user of that type", error.Message, StringComparison.Ordinal);
        Assert.Contains("Address.IsoCountry \"USA\"", error.Message, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_secondary_profile_without_a_primary_or_with_a_trust_product_policy_is_refused()
    {
        var noPrimary = _world.SecondaryRequest(_customer) with { PrimaryProfileSid = null };
        var wrongKind = _world.SecondaryRequest(_customer) with { Policy = ShippedPolicies.Cnam };

        Assert.Contains("PrimaryProfileSid is not set", (await Assert.ThrowsAsync<ArgumentException>(() => _onboarder.RunAsync(noPrimary))).Message, StringComparison.Ordinal);
        Assert.Contains("is a trust-product policy", (await Assert.ThrowsAsync<ArgumentException>(() => _onboarder.RunAsync(wrongKind))).Message, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_primary_profile_that_is_not_approved_is_refused_before_any_write()
    {
        var request = _world.SecondaryRequest(_customer) with { PrimaryProfileSid = _world.DraftPrimarySid };

        var planError = await Assert.ThrowsAsync<InvalidOperationException>(() => _onboarder.PlanAsync(request));
        var runError = await Assert.ThrowsAsync<InvalidOperationException>(() => _onboarder.RunAsync(request));

        Assert.Contains($"PrimaryProfileSid {_world.DraftPrimarySid} is draft", runError.Message, StringComparison.Ordinal);
        Assert.Contains("twilio-approved", runError.Message, StringComparison.Ordinal);
        Assert.Equal(planError.Message, runError.Message);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_primary_profile_of_another_account_is_not_found()
    {
        // The other customer's Secondary profile is no Primary profile this customer can reach.
        var other = _world.Customers[1];
        var othersProfile = await new BusinessProfileOnboarder(_world.Parent.ForSubaccount(other.SubaccountSid)).RunAsync(_world.SecondaryRequest(other));
        var request = _world.SecondaryRequest(_customer) with { PrimaryProfileSid = othersProfile.ProfileSid };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _onboarder.RunAsync(request));

        Assert.Contains($"PrimaryProfileSid {othersProfile.ProfileSid} is not a Customer Profile of this account or its parent account", error.Message, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Without_an_address_the_evaluation_finding_is_returned_and_nothing_is_submitted()
    {
        var request = _world.SecondaryRequest(_customer) with { Address = null };

        var result = await _onboarder.RunAsync(request);

        Assert.False(result.Succeeded);
        Assert.Equal("draft", result.Status);
        Assert.StartsWith("evaluation EL", result.NotSubmittedBecause, StringComparison.Ordinal);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(22216, finding.Code);
        Assert.Equal("a required supporting document is missing", finding.Meaning);
        Assert.DoesNotContain(result.ApiCalls.Keys, k => k == "UpdateBundleStatus");

        // Adding the address later finishes the same profile.
        var finished = await _onboarder.RunAsync(_world.SecondaryRequest(_customer));
        Assert.True(finished.Succeeded, finished.ToString());
        Assert.Equal(result.ProfileSid, finished.ProfileSid);
    }

    private async Task AssertNothingWrittenAsync()
    {
        Assert.Empty(await AccountState.ToListAsync(_ops.ListBundlesAsync(OnboardingBundleKind.CustomerProfile, IsvWorld.SecondaryPolicySid, default)));
        Assert.Empty(await AccountState.ToListAsync(_ops.ListEndUsersAsync(default)));
        Assert.Empty(await AccountState.ToListAsync(_ops.ListAddressesAsync(default)));
        Assert.Empty(await AccountState.ToListAsync(_ops.ListSupportingDocumentsAsync(default)));
    }
}
