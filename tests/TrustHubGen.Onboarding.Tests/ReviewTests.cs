using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

public sealed class ReviewTests
{
    [Fact]
    public async Task A_rejected_review_is_reported_with_its_codes_and_their_meanings()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var ops = emulator.Operations;
        // Without the evaluation the engine submits what it finds: a hand-made end user lacking the display name.
        var cnam = ShippedPolicies.Cnam with { EvaluateBeforeSubmit = false };
        var request = emulator.Request(OnboardingNumbers.FromSids([emulator.Seed.NumbersOnProfile[0].Sid]), cnam);
        var product = await ops.CreateBundleAsync(OnboardingBundleKind.TrustProduct, cnam.Sid, $"TrustHubGen Cnam {request.BusinessProfileSid}", "x@example.com", null, default);
        var empty = await ops.CreateEndUserAsync("cnam_information", "hand made", "{}", default);
        await ops.CreateEntityAssignmentAsync(OnboardingBundleKind.TrustProduct, product.Sid, empty.Sid, default);

        var result = await new OnboardingRunner(ops).RunAsync(request);

        var outcome = Assert.Single(result.Products);
        Assert.Equal("twilio-rejected", outcome.Status);
        var reason = Assert.Single(outcome.Rejection, r => r.Code == 22215);
        Assert.Equal("an end user lacks a required attribute", reason.Meaning);
        Assert.False(result.Succeeded);

        // A rejected product the run did not change is not resubmitted blindly: the plan says what to fix.
        var plan = await new OnboardingPlanner(ops).PlanAsync(request);
        Assert.True(plan.IsEmpty);
        Assert.Contains(plan.Warnings, w => w.Contains("twilio-rejected") && w.Contains("22215"));
    }

    [Fact]
    public async Task Waiting_for_a_review_that_does_not_finish_in_time_reports_the_timeout_and_a_later_run_sees_the_outcome()
    {
        await using var emulator = await EmulatorSession.StartAsync(reviewStepDelay: TimeSpan.FromHours(1));
        var request = emulator.Request(OnboardingNumbers.FromSids([emulator.Seed.NumbersOnProfile[0].Sid]), ShippedPolicies.ShakenStir);
        request = request with { Options = request.Options with { ReviewTimeout = TimeSpan.FromMilliseconds(30) } };

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        var outcome = Assert.Single(result.Products);
        Assert.True(outcome.ReviewTimedOut);
        Assert.Equal("pending-review", outcome.Status);
        Assert.True(result.ApiCalls["FetchBundle"] >= 1);
        Assert.True((await new OnboardingPlanner(emulator.Operations).PlanAsync(request)).IsEmpty);
    }

    [Fact]
    public async Task Every_number_on_the_profile_is_onboarded_and_without_waiting_the_run_reports_the_submitted_status()
    {
        await using var emulator = await EmulatorSession.StartAsync(reviewStepDelay: TimeSpan.FromHours(1));
        var request = emulator.Request(OnboardingNumbers.EveryNumberOnProfile, ShippedPolicies.ShakenStir);
        request = request with { Options = request.Options with { WaitForReview = false } };

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        var outcome = Assert.Single(result.Products);
        Assert.Equal("pending-review", outcome.Status);
        Assert.False(result.ApiCalls.ContainsKey("FetchBundle"));
        // SHAKEN/STIR takes every number on the profile: the 10 local ones, the toll-free and the Canadian one.
        Assert.Equal(emulator.Seed.NumbersOnProfile.Count + 2, outcome.NumbersAssigned);
        Assert.Empty(result.Refused);
    }
}
