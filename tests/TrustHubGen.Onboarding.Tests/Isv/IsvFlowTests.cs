using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Runtime.Onboarding.Profiles;

namespace TrustHubGen.Onboarding.Tests.Isv;

/// <summary>
/// The ISV flow end to end: per customer, in its subaccount, a Secondary profile assigned the ISV's approved Primary
/// profile and approved by the review, then that customer's CNAM and SHAKEN/STIR products for its numbers.
/// </summary>
public sealed class IsvFlowTests : IAsyncLifetime
{
    private IsvWorld _world = null!;

    public async Task InitializeAsync() => _world = await IsvWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Each_customer_gets_an_approved_secondary_profile_then_its_cnam_and_shaken_stir_products()
    {
        foreach (var customer in _world.Customers)
        {
            var ops = _world.Parent.ForSubaccount(customer.SubaccountSid);
            var profile = await new BusinessProfileOnboarder(ops).RunAsync(_world.SecondaryRequest(customer));

            Assert.True(profile.Succeeded, profile.ToString());
            Assert.Equal("twilio-approved", profile.Status);
            var products = await new OnboardingRunner(ops).RunAsync(IsvWorld.ProductsRequest(customer, profile.ProfileSid!));

            Assert.True(products.Succeeded, products.ToString());
            var cnam = products.Products.Single(p => p.Policy == "Cnam");
            var shaken = products.Products.Single(p => p.Policy == "ShakenStir");
            Assert.Equal(("twilio-approved", 3), (cnam.Status, cnam.NumbersAssigned));
            Assert.Equal(("twilio-approved", 4), (shaken.Status, shaken.NumbersAssigned));
            var refused = Assert.Single(products.Refused);
            Assert.Equal((customer.TollFreeSid, "Cnam"), (refused.Number, refused.Policy));

            // Everything lives in the customer's subaccount: the parent holds none of it, the other customer neither.
            var customerProducts = await AccountState.ToListAsync(ops.ListBundlesAsync(OnboardingBundleKind.TrustProduct, ShippedPolicies.CnamSid, default));
            Assert.Equal(cnam.ProductSid, Assert.Single(customerProducts).Sid);
            var secondaries = await AccountState.ToListAsync(ops.ListBundlesAsync(OnboardingBundleKind.CustomerProfile, IsvWorld.SecondaryPolicySid, default));
            Assert.Equal(profile.ProfileSid, Assert.Single(secondaries).Sid);
        }

        Assert.Empty(await AccountState.ToListAsync(_world.Parent.ListBundlesAsync(OnboardingBundleKind.TrustProduct, ShippedPolicies.CnamSid, default)));
        Assert.Empty(await AccountState.ToListAsync(_world.Parent.ListBundlesAsync(OnboardingBundleKind.CustomerProfile, IsvWorld.SecondaryPolicySid, default)));
    }

    [Fact]
    public async Task The_plan_lists_each_call_and_a_second_run_writes_nothing()
    {
        var customer = _world.Customers[0];
        var ops = _world.Parent.ForSubaccount(customer.SubaccountSid);
        var request = _world.SecondaryRequest(customer);
        var onboarder = new BusinessProfileOnboarder(ops);

        var plan = await onboarder.PlanAsync(request);

        Assert.Equal(
            [
                OnboardingStepKind.CreateBusinessProfile, OnboardingStepKind.AssignBusinessProfile,
                OnboardingStepKind.CreateEndUser, OnboardingStepKind.AssignEndUser, OnboardingStepKind.CreateEndUser, OnboardingStepKind.AssignEndUser,
                OnboardingStepKind.CreateAddress, OnboardingStepKind.CreateSupportingDocument, OnboardingStepKind.AssignSupportingDocument,
                OnboardingStepKind.Evaluate, OnboardingStepKind.Submit,
            ],
            plan.Steps.Select(s => s.Kind));
        Assert.Contains(_world.PrimarySid, plan.ToString(), StringComparison.Ordinal);

        var first = await onboarder.RunAsync(request);
        Assert.True(first.Succeeded, first.ToString());
        // Exactly the planned writes: the evaluation counts as one (it is a POST), the review polls are reads.
        Assert.Equal(plan.Steps.Count, first.WriteCalls);
        // Reads on an empty subaccount: one list per resource, the Primary profile once, then the review polls.
        Assert.Equal((1, 1, 1, 1), (first.ApiCalls["ListBundles"], first.ApiCalls["ListEndUsers"], first.ApiCalls["ListAddresses"], first.ApiCalls["FetchAssignableProfile"]));
        Assert.False(first.ApiCalls.ContainsKey("ListSupportingDocuments"));

        Assert.True((await onboarder.PlanAsync(request)).IsEmpty);
        var second = await onboarder.RunAsync(request);
        Assert.Equal(0, second.WriteCalls);
        // A finished profile costs its list, its assignments and one fetch per assigned end user and document.
        Assert.Equal(
            new Dictionary<string, int> { ["ListBundles"] = 1, ["ListEntityAssignments"] = 1, ["FetchEndUser"] = 2, ["FetchSupportingDocument"] = 1 },
            second.ApiCalls);
        Assert.Equal(("twilio-approved", first.ProfileSid), (second.Status, second.ProfileSid));
        Assert.True(second.Succeeded, second.ToString());
    }

    [Fact]
    public async Task Progress_and_logs_name_the_steps_and_never_the_email_or_attribute_values()
    {
        var customer = _world.Customers[1];
        var logger = new RecordingLogger();
        var steps = new List<string>();
        var request = _world.SecondaryRequest(customer);

        var result = await new BusinessProfileOnboarder(_world.Parent.ForSubaccount(customer.SubaccountSid), logger)
            .RunAsync(request, new SynchronousProgress(p => steps.Add(p.Step)));

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal("reading the account's state", steps[0]);
        Assert.Contains("assigning the Primary Business Profile", steps);
        Assert.Contains("adding the address document", steps);
        Assert.Contains("waiting for the review", steps);
        var log = logger.Text;
        Assert.Contains(result.ProfileSid!, log, StringComparison.Ordinal);
        Assert.DoesNotContain(request.Email, log, StringComparison.Ordinal);
        Assert.DoesNotContain("12-3456789", log, StringComparison.Ordinal);
        Assert.DoesNotContain("pat@", log, StringComparison.Ordinal);
        Assert.DoesNotContain("100 Congress", log, StringComparison.Ordinal);
    }
}
