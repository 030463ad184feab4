using TrustHubGen.Pipelines.Tests.Sdk;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Pipelines.Tests;

/// <summary>What a user writes, end to end against the emulator: each pipeline to twilio-approved.</summary>
public sealed class PipelineFlowTests
{
    private static readonly CnamDisplayName Owl = CnamDisplayName.Parse("OWL INDUSTRIES");

    [Fact]
    public async Task Cnam_puts_numbers_on_the_profile_first_and_reaches_twilio_approved()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var numbers = EmulatorSession.Sids(emulator.Seed.NumbersNotOnProfile.Take(3));

        var result = await CnamOnboarding.For(emulator.Profile)
            .WithNumbers(numbers)
            .WithCnamInformation(Owl)
            .NotifyEmail("owl@example.com")
            .WithOptions(EmulatorSession.FastReview)
            .RunAsync(emulator.Operations);

        Assert.True(result.Succeeded, result.ToString());
        var cnam = Assert.Single(result.Products);
        Assert.Equal(("Cnam", "twilio-approved", 3), (cnam.Policy, cnam.Status, cnam.NumbersAssigned));
        Assert.Equal(3 + 3, result.ApiCalls["CreateChannelEndpointAssignment"]);
        var endUsers = await emulator.ToListAsync(emulator.Operations.ListEndUsersAsync(default));
        Assert.Contains(endUsers, e => e.Type == "cnam_information" && e.Attributes["cnam_display_name"] == "OWL INDUSTRIES");
    }

    [Fact]
    public async Task ShakenStir_takes_E164_numbers_resolved_through_IncomingPhoneNumbers()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var numbers = emulator.Seed.NumbersOnProfile.Take(4).Select(n => E164Number.Parse(n.PhoneNumber)).ToArray();

        var result = await ShakenStirOnboarding.For(emulator.Profile)
            .WithPhoneNumbers(numbers)
            .NotifyEmail("owl@example.com")
            .WithOptions(EmulatorSession.FastReview)
            .RunAsync(emulator.Transport);

        Assert.True(result.Succeeded, result.ToString());
        var shaken = Assert.Single(result.Products);
        Assert.Equal(("twilio-approved", 4), (shaken.Status, shaken.NumbersAssigned));
        Assert.False(result.ApiCalls.ContainsKey("CreateEndUser"));
    }

    [Fact]
    public async Task Cnam_and_ShakenStir_in_one_run_share_the_profile_assignments()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var numbers = EmulatorSession.Sids(emulator.Seed.NumbersNotOnProfile.Take(3));
        var progress = new List<OnboardingProgress>();

        var pipeline = CnamOnboarding.For(emulator.Profile)
            .WithNumbers(numbers)
            .WithCnamInformation(Owl)
            .AndShakenStir()
            .NotifyEmail("owl@example.com")
            .WithOptions(EmulatorSession.FastReview);
        var result = await pipeline.RunAsync(emulator.Operations, new SynchronousProgress(progress.Add));

        Assert.Equal(["Cnam", "ShakenStir"], pipeline.Request.Policies.Select(p => p.Name));
        Assert.True(result.Succeeded, result.ToString());
        Assert.All(result.Products, p => Assert.Equal("twilio-approved", p.Status));
        // The floor: one profile assignment per number, one assignment per product per number.
        Assert.Equal(3 + 3 * 2, result.ApiCalls["CreateChannelEndpointAssignment"]);
        Assert.Contains(progress, p => p.NumbersTotal > 0 && p.NumbersDone == p.NumbersTotal);
    }

    [Fact]
    public async Task VoiceIntegrity_onboards_every_number_on_the_profile()
    {
        await using var emulator = await EmulatorSession.StartAsync();

        var result = await VoiceIntegrityOnboarding.For(emulator.Profile)
            .WithEveryNumberOnProfile()
            .WithVoiceIntegrityInformation(useCase: "Appointment reminders", businessEmployeeCount: "40", averageBusinessDayCallVolume: "300")
            .NotifyEmail("owl@example.com")
            .WithOptions(EmulatorSession.FastReview)
            .RunAsync(emulator.Operations);

        var product = Assert.Single(result.Products);
        Assert.True(result.Failures.Count == 0 && product.NotSubmittedBecause is null && product.Findings.Count == 0, result.ToString());
        Assert.Equal("twilio-approved", product.Status);
        var onProfile = await emulator.ToListAsync(emulator.Operations.ListChannelEndpointAssignmentsAsync(OnboardingBundleKind.CustomerProfile, emulator.Profile.Value, default));
        Assert.Equal(onProfile.Count - result.Refused.Count, product.NumbersAssigned);
        Assert.True(product.NumbersAssigned >= emulator.Seed.NumbersOnProfile.Count);
        Assert.False(result.ApiCalls.ContainsKey("CreateCustomerProfileChannelEndpointAssignment"));
    }

    [Fact]
    public async Task Plan_then_run_then_a_second_run_writes_nothing()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var pipeline = ShakenStirOnboarding.For(emulator.Profile)
            .WithNumbers(EmulatorSession.Sids(emulator.Seed.NumbersNotOnProfile.Take(2)))
            .AndCnam(Owl)
            .NotifyEmail("owl@example.com")
            .WithOptions(EmulatorSession.FastReview);

        var plan = await pipeline.PlanAsync(emulator.Operations);
        var first = await pipeline.RunAsync(emulator.Operations);
        var second = await pipeline.RunAsync(emulator.Operations);
        var after = await pipeline.PlanAsync(emulator.Operations);

        Assert.False(plan.IsEmpty);
        Assert.True(first.Succeeded, first.ToString());
        Assert.True(second.Succeeded, second.ToString());
        Assert.Equal(0, second.WriteCalls);
        Assert.True(after.IsEmpty, after.ToString());
    }

    private sealed class SynchronousProgress(Action<OnboardingProgress> report) : IProgress<OnboardingProgress>
    {
        private readonly object _gate = new();

        public void Report(OnboardingProgress value)
        {
            lock (_gate) report(value);
        }
    }
}
