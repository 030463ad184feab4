using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

public sealed class ResumeTests
{
    // 3 profile assignments; CNAM: product, profile, end user, its assignment, 3 numbers, evaluation, submit (9); SHAKEN/STIR: 7.
    private const int WritesInCleanRun = 3 + 9 + 7;

    private static OnboardingRequest RequestFor(EmulatorSession emulator) =>
        emulator.Request(OnboardingNumbers.FromSids(emulator.Seed.NumbersNotOnProfile.Take(3).Select(n => n.Sid)), ShippedPolicies.Cnam, ShippedPolicies.ShakenStir);

    private static async Task<string> CleanRunStateAsync()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var request = RequestFor(emulator);
        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request);
        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(WritesInCleanRun, result.WriteCalls);
        return await AccountState.DescribeAsync(emulator.Operations, request);
    }

    public static TheoryData<int, bool> CrashPoints()
    {
        var points = new TheoryData<int, bool>();
        for (var write = 1; write <= WritesInCleanRun; write++)
        {
            points.Add(write, false);
            points.Add(write, true);
        }
        return points;
    }

    [Theory]
    [MemberData(nameof(CrashPoints))]
    public async Task A_run_that_dies_at_any_write_is_finished_by_the_next_run_with_no_duplicate_and_nothing_missing(int crashAtWrite, bool answerLost)
    {
        var expected = await CleanRunStateAsync();
        await using var emulator = await EmulatorSession.StartAsync();
        var request = RequestFor(emulator);
        var crashing = new CrashingOperations(emulator.Operations, crashAtWrite, answerLost);

        await Assert.ThrowsAsync<SimulatedCrashException>(() => new OnboardingRunner(crashing).RunAsync(request));
        Assert.True(crashing.Crashed);
        var rerun = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        Assert.True(rerun.Succeeded, rerun.ToString());
        Assert.Equal(expected, await AccountState.DescribeAsync(emulator.Operations, request));
        Assert.True((await new OnboardingPlanner(emulator.Operations).PlanAsync(request)).IsEmpty);
    }

    [Fact]
    public async Task A_cancelled_run_leaves_a_state_the_next_run_finishes()
    {
        var expected = await CleanRunStateAsync();
        await using var emulator = await EmulatorSession.StartAsync();
        var request = RequestFor(emulator);
        request = request with { Options = request.Options with { MaxConcurrency = 1 } };
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            // The first number a product took (the products' numbers go on together; either may report first).
            if (p.Policy is not null && p.NumbersTotal > 0 && p.NumbersDone >= 1) cancel.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new OnboardingRunner(emulator.Operations).RunAsync(request, progress, cancel.Token));
        var plan = await new OnboardingPlanner(emulator.Operations).PlanAsync(request);
        // Stopped part-way: the products' numbers go on together, so some of the 6 assignments (3 numbers x 2 products) are left.
        Assert.InRange(plan.CountByKind[OnboardingStepKind.AssignNumberToProduct], 1, 5);
        var rerun = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        Assert.True(rerun.Succeeded, rerun.ToString());
        Assert.Equal(expected, await AccountState.DescribeAsync(emulator.Operations, request));
        Assert.Equal(plan.Steps.Count, rerun.WriteCalls);
    }

    [Fact]
    public async Task A_rerun_finds_its_earlier_end_user_by_name_when_it_was_created_but_never_assigned()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var request = emulator.Request(OnboardingNumbers.FromSids([emulator.Seed.NumbersOnProfile[0].Sid]), ShippedPolicies.Cnam);
        // Writes: product, profile assignment, end user; the crash loses the end user's answer.
        var crashing = new CrashingOperations(emulator.Operations, crashAtWrite: 3, afterCall: true);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => new OnboardingRunner(crashing).RunAsync(request));

        var plan = await new OnboardingPlanner(emulator.Operations).PlanAsync(request);

        Assert.DoesNotContain(plan.Steps, s => s.Kind == OnboardingStepKind.CreateEndUser);
        Assert.Contains(plan.Steps, s => s.Kind == OnboardingStepKind.AssignEndUser && s.Reason.Contains("earlier run"));
    }

    private sealed class SynchronousProgress(Action<OnboardingProgress> report) : IProgress<OnboardingProgress>
    {
        public void Report(OnboardingProgress value) => report(value);
    }
}
