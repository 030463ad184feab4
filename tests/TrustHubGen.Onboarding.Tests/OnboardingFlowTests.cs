using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

public sealed class OnboardingFlowTests
{
    [Fact]
    public async Task Cnam_onboards_numbers_not_yet_on_the_profile_to_twilio_approved()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var numbers = emulator.Seed.NumbersNotOnProfile.Take(3).Select(n => n.Sid).ToArray();

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(emulator.Request(OnboardingNumbers.FromSids(numbers), ShippedPolicies.Cnam));

        Assert.True(result.Succeeded, result.ToString());
        var cnam = Assert.Single(result.Products);
        Assert.Equal("twilio-approved", cnam.Status);
        Assert.Equal(3, cnam.NumbersAssigned);
        var product = await emulator.Operations.FetchBundleAsync(OnboardingBundleKind.TrustProduct, cnam.ProductSid!, default);
        Assert.Equal(ShippedPolicies.CnamSid, product.PolicySid);
        var assigned = await AccountState.ToListAsync(emulator.Operations.ListChannelEndpointAssignmentsAsync(OnboardingBundleKind.TrustProduct, product.Sid, default));
        Assert.Equal(numbers.Order(), assigned.Select(a => a.ChannelEndpointSid).Order());
    }

    [Fact]
    public async Task ShakenStir_onboards_numbers_given_as_E164_to_twilio_approved()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var numbers = emulator.Seed.NumbersOnProfile.Take(4).Select(n => n.PhoneNumber).ToArray();

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(emulator.Request(OnboardingNumbers.FromPhoneNumbers(numbers), ShippedPolicies.ShakenStir));

        Assert.True(result.Succeeded, result.ToString());
        var shaken = Assert.Single(result.Products);
        Assert.Equal("twilio-approved", shaken.Status);
        Assert.Equal(4, shaken.NumbersAssigned);
        Assert.False(result.ApiCalls.ContainsKey("CreateEndUser"));
    }

    [Fact]
    public async Task Cnam_and_ShakenStir_in_one_run_share_the_profile_assignments()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var numbers = emulator.Seed.NumbersNotOnProfile.Take(3).Select(n => n.Sid).ToArray();
        var request = emulator.Request(OnboardingNumbers.FromSids(numbers), ShippedPolicies.Cnam, ShippedPolicies.ShakenStir);

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        Assert.True(result.Succeeded, result.ToString());
        Assert.All(result.Products, p => Assert.Equal("twilio-approved", p.Status));
        Assert.Equal(3 + 3 * 2, result.ApiCalls["CreateChannelEndpointAssignment"]);
        var state = await AccountState.DescribeAsync(emulator.Operations, request);
        Assert.Contains("Cnam: 1 product(s) twilio-approved", state);
        Assert.Contains("ShakenStir: 1 product(s) twilio-approved", state);
    }

    [Fact]
    public async Task Plan_lists_exactly_the_calls_the_run_makes_and_is_empty_afterwards_and_a_second_run_writes_nothing()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var numbers = emulator.Seed.NumbersNotOnProfile.Take(2).Concat(emulator.Seed.NumbersOnProfile.Take(2)).Select(n => n.Sid).ToArray();
        var request = emulator.Request(OnboardingNumbers.FromSids(numbers), ShippedPolicies.Cnam, ShippedPolicies.ShakenStir);
        var planner = new OnboardingPlanner(emulator.Operations);

        var plan = await planner.PlanAsync(request);
        var first = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        var kinds = plan.CountByKind;
        Assert.Equal(2, kinds[OnboardingStepKind.AssignNumberToProfile]);
        Assert.Equal(2, kinds[OnboardingStepKind.CreateProduct]);
        Assert.Equal(2, kinds[OnboardingStepKind.AssignBusinessProfile]);
        Assert.Equal(1, kinds[OnboardingStepKind.CreateEndUser]);
        Assert.Equal(1, kinds[OnboardingStepKind.AssignEndUser]);
        Assert.Equal(8, kinds[OnboardingStepKind.AssignNumberToProduct]);
        Assert.Equal(2, kinds[OnboardingStepKind.Evaluate]);
        Assert.Equal(2, kinds[OnboardingStepKind.Submit]);
        Assert.Equal(plan.Steps.Count, first.WriteCalls);
        Assert.Equal(kinds[OnboardingStepKind.AssignNumberToProfile] + kinds[OnboardingStepKind.AssignNumberToProduct], first.ApiCalls["CreateChannelEndpointAssignment"]);
        Assert.Contains("AssignNumberToProfile", plan.ToString());

        var after = await planner.PlanAsync(request);
        Assert.True(after.IsEmpty, after.ToString());
        var second = await new OnboardingRunner(emulator.Operations).RunAsync(request);
        Assert.Equal(0, second.WriteCalls);
        Assert.All(second.Products, p => Assert.Equal("twilio-approved", p.Status));
        Assert.All(second.Products, p => Assert.Equal(4, p.NumbersAssigned));
    }

    [Fact]
    public async Task Api_calls_for_N_numbers_are_at_the_floor_of_one_profile_and_one_product_assignment_per_number()
    {
        const int N = 40;
        await using var emulator = await EmulatorSession.StartAsync(extraNumbers: N);
        var numbers = emulator.Seed.NumbersNotOnProfile.Skip(5).Take(N).Select(n => n.Sid).ToArray();
        var request = emulator.Request(OnboardingNumbers.FromSids(numbers), ShippedPolicies.Cnam, ShippedPolicies.ShakenStir);

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        Assert.True(result.Succeeded, result.ToString());
        // Constant part: CNAM creates product, profile, end user, its assignment, evaluation, submit (6); SHAKEN 4 (no end user).
        Assert.Equal(N * (1 + 2) + 10, result.WriteCalls);
        // Reads: profile list, numbers list, per policy product list, its assignments are new (none), end-user list once, one review poll per product.
        Assert.Equal(N * 3 + 10 + 1 + 1 + 2 + 1 + 2, result.TotalCalls);
    }
}

public sealed class SubaccountNumberTests
{
    [Fact]
    public async Task A_direct_customer_onboards_its_subaccounts_numbers_on_the_parents_profile()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var subNumbers = emulator.Seed.SubaccountNumbers;
        Assert.NotEmpty(subNumbers);
        var request = emulator.Request(OnboardingNumbers.FromPhoneNumbers(subNumbers.Select(n => n.PhoneNumber).Append(emulator.Seed.NumbersOnProfile[0].PhoneNumber)), ShippedPolicies.ShakenStir);

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(subNumbers.Count + 1, Assert.Single(result.Products).NumbersAssigned);
        Assert.Equal(subNumbers.Count, result.ApiCalls["CreateChannelEndpointAssignment"] - (subNumbers.Count + 1));
        Assert.Equal(1, result.ApiCalls["ListSubaccountPhoneNumbers"]);
    }
}
