using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

/// <summary>
/// A bundle's ChannelEndpointAssignments list holding more than a page (a profile or product with thousands of numbers) is not
/// paged through: after its first page, only the requested numbers are looked up, 100 at a time through Trust Hub's
/// ChannelEndpointSids filter, all at once (AssignmentReads).
/// </summary>
public sealed class AssignmentReadsTests
{
    [Fact]
    public async Task A_profile_holding_more_than_a_page_is_read_only_for_the_requested_numbers()
    {
        var wire = new RecordingHandler();
        await using var emulator = await EmulatorSession.StartAsync(extraNumbers: 300, handler: wire, configure: o => o.ExtraNumbersOnProfile = 2_500);
        // 50 the profile already holds (beyond its list's first page) and 150 it does not.
        var numbers = emulator.Seed.NumbersOnProfile.TakeLast(50).Concat(emulator.Seed.NumbersNotOnProfile.TakeLast(150)).Select(n => n.Sid).ToList();

        var plan = await new OnboardingPlanner(emulator.Operations).PlanAsync(emulator.Request(OnboardingNumbers.FromSids(numbers), ShippedPolicies.Cnam));

        Assert.Empty(plan.Refused);
        Assert.Equal(150, plan.CountByKind[OnboardingStepKind.AssignNumberToProfile]);
        Assert.Equal(200, plan.CountByKind[OnboardingStepKind.AssignNumberToProduct]);
        // The profile's first page (1,000 of its 2,500+), then its assignments of the 200 requested numbers in two reads.
        Assert.Equal(1, wire.AssignmentPages(filtered: false));
        Assert.Equal(2, wire.AssignmentPages(filtered: true));
    }

    [Fact]
    public async Task A_rerun_over_a_product_holding_more_than_a_page_finds_its_numbers_without_paging()
    {
        var wire = new RecordingHandler();
        await using var emulator = await EmulatorSession.StartAsync(extraNumbers: 1_200, handler: wire);
        var numbers = OnboardingNumbers.FromSids(emulator.Seed.NumbersNotOnProfile.TakeLast(1_100).Select(n => n.Sid));
        var first = await new OnboardingRunner(emulator.Operations).RunAsync(emulator.Request(numbers, ShippedPolicies.Cnam));
        Assert.True(first.Succeeded, first.ToString());
        lock (wire.Uris) wire.Uris.Clear();

        var plan = await new OnboardingPlanner(emulator.Operations).PlanAsync(emulator.Request(numbers, ShippedPolicies.Cnam));

        // Every number is found on the profile and on the (approved) product: nothing refused, nothing to assign again.
        Assert.Empty(plan.Refused);
        Assert.Equal(0, plan.CountByKind.GetValueOrDefault(OnboardingStepKind.AssignNumberToProfile));
        Assert.Equal(0, plan.CountByKind.GetValueOrDefault(OnboardingStepKind.AssignNumberToProduct));
        // Each list's first page, then the 100-odd numbers beyond it: one or two filtered reads per list.
        Assert.Equal(2, wire.AssignmentPages(filtered: false));
        Assert.InRange(wire.AssignmentPages(filtered: true), 2, 4);
    }
}
