using TrustHubGen.Runtime.Onboarding;
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
    public async Task A_profile_rejected_for_its_business_name_is_resubmitted_once_a_run_corrects_the_name()
    {
        await using var world = await IsvWorld.StartAsync(manualReviewVerdicts: true);
        var customer = world.Customers[0];
        var operations = world.Parent.ForSubaccount(customer.SubaccountSid);
        var onboarder = new BusinessProfileOnboarder(operations);
        var request = world.SecondaryRequest(customer);
        request = request with { Options = request.Options with { WaitForReview = false } };
        var sid = (await onboarder.RunAsync(request)).ProfileSid!;
        await WaitForStatusAsync(operations, sid, "in-review");
        world.Host.DecideReview(sid, approved: false, 18601);
        await WaitForStatusAsync(operations, sid, "twilio-rejected");

        // The same request again is not resubmitted; the warning names the code and its meaning.
        var again = await onboarder.RunAsync(request);
        Assert.Equal(0, again.WriteCalls);
        Assert.Contains(again.Warnings, w => w.Contains("twilio-rejected (18601: business name and website could not be linked)", StringComparison.Ordinal));

        // The corrected business name updates the profile's business information end user; the profile is evaluated and resubmitted.
        var information = IsvWorld.BusinessInformation(customer.Name);
        information["business_name"] = customer.Name + " Holdings";
        var corrected = request with
        {
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>(request.EndUserAttributes) { ["customer_profile_business_information"] = information },
        };
        var plan = await onboarder.PlanAsync(corrected);
        Assert.Equal([OnboardingStepKind.UpdateEndUser, OnboardingStepKind.Evaluate, OnboardingStepKind.Submit], plan.Steps.Select(s => s.Kind));
        Assert.EndsWith("(customer_profile_business_information)", plan.Steps[0].Target, StringComparison.Ordinal);
        Assert.Equal("it holds other values than this run's for business_name", plan.Steps[0].Reason);
        var resubmitted = await onboarder.RunAsync(corrected);
        Assert.Equal(sid, resubmitted.ProfileSid);
        Assert.Contains(resubmitted.Status, new[] { "pending-review", "in-review" });
        Assert.True((await onboarder.PlanAsync(corrected)).IsEmpty);
    }

    private static async Task WaitForStatusAsync(ITrustHubOperations operations, string sid, string status)
    {
        for (var i = 0; i < 200 && (await operations.FetchBundleAsync(OnboardingBundleKind.CustomerProfile, sid, default)).Status != status; i++)
            await Task.Delay(25);
        Assert.Equal(status, (await operations.FetchBundleAsync(OnboardingBundleKind.CustomerProfile, sid, default)).Status);
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
