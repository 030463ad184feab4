using TrustHubGen.Runtime.Onboarding.Profiles;

namespace TrustHubGen.Onboarding.Tests.Isv;

/// <summary>The Secondary profile's review outcomes: a rejection with its codes and meanings, a fixed resubmission, a wait that runs out.</summary>
public sealed class IsvReviewTests
{
    [Fact]
    public async Task A_rejected_profile_reports_its_codes_and_is_resubmitted_only_once_fixed()
    {
        await using var world = await IsvWorld.StartAsync();
        var customer = world.Customers[0];
        var onboarder = new BusinessProfileOnboarder(world.Parent.ForSubaccount(customer.SubaccountSid));
        // Without the evaluation, a profile lacking its address goes to review and is rejected there.
        var withoutAddress = world.SecondaryRequest(customer) with { Policy = IsvWorld.SecondaryPolicy with { EvaluateBeforeSubmit = false }, Address = null };

        var rejected = await onboarder.RunAsync(withoutAddress);

        Assert.False(rejected.Succeeded);
        Assert.Equal("twilio-rejected", rejected.Status);
        var reason = Assert.Single(rejected.Rejection);
        Assert.Equal((22216, "a required supporting document is missing"), (reason.Code, reason.Meaning));

        // Run again unchanged: nothing is resubmitted, the plan says why.
        var again = await onboarder.RunAsync(withoutAddress);
        Assert.Equal(0, again.WriteCalls);
        Assert.Contains(again.Warnings, w => w.Contains("twilio-rejected (22216: a required supporting document is missing)", StringComparison.Ordinal));

        // With the address the same profile is completed, evaluated and submitted again.
        var fixedRun = await onboarder.RunAsync(world.SecondaryRequest(customer));
        Assert.True(fixedRun.Succeeded, fixedRun.ToString());
        Assert.Equal((rejected.ProfileSid, "twilio-approved"), (fixedRun.ProfileSid, fixedRun.Status));
        Assert.Empty(fixedRun.Rejection);
    }

    [Fact]
    public async Task A_review_that_does_not_finish_in_time_is_reported_as_timed_out()
    {
        await using var world = await IsvWorld.StartAsync(reviewStepDelay: TimeSpan.FromHours(1));
        var customer = world.Customers[1];
        var request = world.SecondaryRequest(customer);
        request = request with { Options = request.Options with { ReviewTimeout = TimeSpan.FromMilliseconds(30) } };

        var result = await new BusinessProfileOnboarder(world.Parent.ForSubaccount(customer.SubaccountSid)).RunAsync(request);

        Assert.True(result.ReviewTimedOut);
        Assert.Equal("pending-review", result.Status);
        Assert.False(result.Succeeded);
        Assert.Contains("review timed out", result.ToString(), StringComparison.Ordinal);
    }
}
