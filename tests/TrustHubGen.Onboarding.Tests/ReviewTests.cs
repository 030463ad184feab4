using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

public sealed class ReviewTests
{
    [Fact]
    public async Task A_product_rejected_for_an_end_user_lacking_the_display_name_is_corrected_and_resubmitted()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var ops = emulator.Operations;
        // Submitted by hand without the evaluation: an end user lacking the display name, which the review rejects.
        var cnam = ShippedPolicies.Cnam with { EvaluateBeforeSubmit = false };
        var request = emulator.Request(OnboardingNumbers.FromSids([emulator.Seed.NumbersOnProfile[0].Sid]), cnam);
        var product = await ops.CreateBundleAsync(OnboardingBundleKind.TrustProduct, cnam.Sid, $"TrustHubGen Cnam {request.BusinessProfileSid}", "x@example.com", null, default);
        var empty = await ops.CreateEndUserAsync("cnam_information", "hand made", "{}", default);
        await ops.CreateEntityAssignmentAsync(OnboardingBundleKind.TrustProduct, product.Sid, empty.Sid, default);
        await ops.CreateEntityAssignmentAsync(OnboardingBundleKind.TrustProduct, product.Sid, request.BusinessProfileSid, default);
        await ops.CreateChannelEndpointAssignmentAsync(OnboardingBundleKind.TrustProduct, product.Sid, "phone-number", emulator.Seed.NumbersOnProfile[0].Sid, default);
        await ops.UpdateBundleStatusAsync(OnboardingBundleKind.TrustProduct, product.Sid, "pending-review", default);
        await WaitForStatusAsync(emulator, product.Sid, "twilio-rejected");

        Assert.Contains(22215, (await emulator.StateReader.FetchBundleAsync(OnboardingBundleKind.TrustProduct, product.Sid, default)).ErrorCodes);

        // The request naming the display name the hand-made end user lacks corrects it, and the product is resubmitted.
        var plan = await new OnboardingPlanner(ops).PlanAsync(request);
        Assert.Equal([OnboardingStepKind.UpdateEndUser, OnboardingStepKind.Submit], plan.Steps.Select(s => s.Kind));
        Assert.Equal($"{empty.Sid} (cnam_information)", plan.Steps[0].Target);
        Assert.Equal("it holds other values than this run's for cnam_display_name", plan.Steps[0].Reason);
        var fixedRun = Assert.Single((await new OnboardingRunner(ops).RunAsync(request)).Products);
        Assert.Equal((product.Sid, "twilio-approved"), (fixedRun.ProductSid, fixedRun.Status));
        Assert.Equal("OWL INDUSTRIES", (await emulator.StateReader.FetchEndUserAsync(empty.Sid, default)).Attributes["cnam_display_name"]);
    }

    [Fact]
    public async Task A_rejected_product_is_resubmitted_only_once_a_run_corrects_what_its_end_user_holds()
    {
        await using var emulator = await EmulatorSession.StartAsync(configure: o => o.ManualReviewVerdicts = true);
        var ops = emulator.Operations;
        var request = emulator.Request(OnboardingNumbers.FromSids([emulator.Seed.NumbersOnProfile[0].Sid]), ShippedPolicies.Cnam);
        request = request with { Options = request.Options with { WaitForReview = false } };
        var sid = Assert.Single((await new OnboardingRunner(ops).RunAsync(request)).Products).ProductSid!;
        await WaitForStatusAsync(emulator, sid, "in-review");
        // The reviewer turns the name down (any code will do: the emulator takes the verdict it is given).
        emulator.Host.DecideReview(sid, approved: false, 18601);
        await WaitForStatusAsync(emulator, sid, "twilio-rejected");

        // The same request again changes nothing, so nothing is resubmitted (it would be rejected the same way); the run
        // reports the rejection with its codes and their meanings.
        var again = await new OnboardingRunner(ops).RunAsync(request);
        var rejected = Assert.Single(again.Products);
        Assert.Equal("twilio-rejected", rejected.Status);
        Assert.Equal((18601, TrustHubErrorCodes.Describe(18601)), (Assert.Single(rejected.Rejection).Code, rejected.Rejection[0].Meaning));
        Assert.False(again.Succeeded);
        var unchanged = await new OnboardingPlanner(ops).PlanAsync(request);
        Assert.True(unchanged.IsEmpty);
        Assert.Contains(unchanged.Warnings, w => w.Contains($"{sid} is twilio-rejected (18601", StringComparison.Ordinal));

        // A corrected display name updates the product's end user, and the product is evaluated and submitted again.
        var corrected = request with
        {
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["cnam_information"] = new Dictionary<string, string> { ["cnam_display_name"] = "OWL WORKS" },
            },
        };
        var plan = await new OnboardingPlanner(ops).PlanAsync(corrected);
        Assert.Equal([OnboardingStepKind.UpdateEndUser, OnboardingStepKind.Evaluate, OnboardingStepKind.Submit], plan.Steps.Select(s => s.Kind));
        Assert.Equal("resubmit after the changes above", plan.Steps[^1].Reason);
        var resubmitted = Assert.Single((await new OnboardingRunner(ops).RunAsync(corrected)).Products);
        Assert.Equal(sid, resubmitted.ProductSid);
        Assert.Contains(resubmitted.Status, new[] { "pending-review", "in-review" });
        var endUser = Assert.Single((await emulator.StateReader.ListEntityAssignmentsAsync(OnboardingBundleKind.TrustProduct, sid, default).ToListAsync()), e => e.ObjectSid.StartsWith("IT", StringComparison.Ordinal));
        Assert.Equal("OWL WORKS", (await emulator.StateReader.FetchEndUserAsync(endUser.ObjectSid, default)).Attributes["cnam_display_name"]);
        Assert.True((await new OnboardingPlanner(ops).PlanAsync(corrected)).IsEmpty);
    }

    [Fact]
    public async Task Other_values_for_a_product_in_review_are_left_alone_and_said()
    {
        await using var emulator = await EmulatorSession.StartAsync(configure: o => o.ManualReviewVerdicts = true);
        var request = emulator.Request(OnboardingNumbers.FromSids([emulator.Seed.NumbersOnProfile[0].Sid]), ShippedPolicies.Cnam);
        request = request with { Options = request.Options with { WaitForReview = false } };
        var sid = Assert.Single((await new OnboardingRunner(emulator.Operations).RunAsync(request)).Products).ProductSid!;
        await WaitForStatusAsync(emulator, sid, "in-review");

        var renamed = request with
        {
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["cnam_information"] = new Dictionary<string, string> { ["cnam_display_name"] = "OWL WORKS" },
            },
        };
        var plan = await new OnboardingPlanner(emulator.Operations).PlanAsync(renamed);
        Assert.True(plan.IsEmpty);
        var warning = Assert.Single(plan.Warnings, w => w.Contains("cannot be edited", StringComparison.Ordinal));
        Assert.Contains($"Cnam product {sid} is in-review, and its cnam_information end user IT", warning, StringComparison.Ordinal);
        Assert.Contains("holds other values than this run's for cnam_display_name", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("OWL", warning, StringComparison.Ordinal);
    }

    private static async Task WaitForStatusAsync(EmulatorSession emulator, string sid, string status)
    {
        for (var i = 0; i < 200 && (await emulator.StateReader.FetchBundleAsync(OnboardingBundleKind.TrustProduct, sid, default)).Status != status; i++)
            await Task.Delay(25);
        Assert.Equal(status, (await emulator.StateReader.FetchBundleAsync(OnboardingBundleKind.TrustProduct, sid, default)).Status);
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
