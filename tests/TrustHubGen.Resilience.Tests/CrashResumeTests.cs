using System.Globalization;
using TrustHubGen.Resilience.Tests.Infrastructure;
using TrustHubGen.Resilience.Tests.TrustHub;
using TrustHubGen.Runtime.Onboarding;
using Xunit.Abstractions;

namespace TrustHubGen.Resilience.Tests;

/// <summary>
/// Kills the onboarding worker at random points (an external kill after a random delay, or self-termination at a random
/// request before it is sent or after its answer arrived), reruns it to completion, and compares the final state with a
/// clean run on a fresh emulator. TRUSTHUBGEN_CRASH_TRIALS sets the trial count (CI: 20; eng/soak-crash-resume.sh: 300),
/// TRUSTHUBGEN_CRASH_SEED replays a failed run.
/// </summary>
public sealed class CrashResumeTests(ITestOutputHelper output)
{
    private const int Numbers = 12;
    private static readonly OnboardingPolicy[] Policies = [PolicyCatalog.Cnam.OnboardingPolicy, PolicyCatalog.ShakenStir.OnboardingPolicy];

    [Fact]
    public async Task A_worker_killed_at_random_points_and_rerun_leaves_the_same_state_as_a_clean_run()
    {
        var trials = EnvironmentNumber("TRUSTHUBGEN_CRASH_TRIALS", 20);
        var seed = EnvironmentNumber("TRUSTHUBGEN_CRASH_SEED", Random.Shared.Next());
        output.WriteLine($"crash-and-resume: {trials} trials, seed {seed} (replay with TRUSTHUBGEN_CRASH_SEED={seed})");

        var (expected, requests, cleanRunTime) = await CleanRunAsync();
        output.WriteLine($"clean run: {requests} HTTP requests, {cleanRunTime.TotalMilliseconds:F0} ms of onboarding");
        Assert.Contains("Cnam: 1 product(s)", expected);
        Assert.Contains("ShakenStir: 1 product(s)", expected);

        var random = new Random(seed);
        var plans = Enumerable.Range(1, trials).Select(i => TrialPlan.Draw(i, random, requests, cleanRunTime)).ToList();
        var outcomes = new List<string>();
        // Two trials at a time: each has its own emulator, and a worker spends much of its life starting up.
        await Parallel.ForEachAsync(plans, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (plan, _) =>
        {
            var outcome = await RunTrialAsync(plan, expected, seed);
            lock (outcomes) outcomes.Add(outcome);
        });

        foreach (var outcome in outcomes.Order(StringComparer.Ordinal)) output.WriteLine(outcome);
        // A kill can land after a fast run finished (that trial then checks a plain rerun); self-terminations always crash.
        var crashed = outcomes.Count(o => o.Contains("crashed", StringComparison.Ordinal));
        output.WriteLine($"{crashed} of {trials} trials crashed the worker mid-run");
        Assert.True(crashed > 0, $"no trial crashed the worker (seed {seed})");
    }

    private async Task<(string State, int Requests, TimeSpan RunningFor)> CleanRunAsync()
    {
        await using var emulator = await ResilienceEmulator.StartAsync(Numbers);
        var run = await WorkerProcess.RunAsync(emulator, NumberArguments(emulator));
        Assert.True(run.ExitCode == 0 && run.Finished, $"the clean run failed (exit {run.ExitCode}):\n{run.Output}");
        return (await FinalState.DescribeAsync(emulator.Operations, emulator.ProfileSid, Policies), run.Requests, run.RunningFor);
    }

    private static async Task<string> RunTrialAsync(TrialPlan plan, string expected, int seed)
    {
        await using var emulator = await ResilienceEmulator.StartAsync(Numbers);
        var crash = await WorkerProcess.RunAsync(emulator, [.. NumberArguments(emulator), .. plan.CrashArguments], plan.KillAfter);
        if (plan.KillAfter is null)
        {
            // A self-termination point inside the clean run's request count is always reached.
            Assert.False(crash.Finished, $"{plan} (seed {seed}): the worker did not crash:\n{crash.Output}");
            // Exit ends with the worker's crash code; FailFast aborts (SIGABRT, 134 on Unix; Windows has its own code).
            var expectedExit = plan.CrashArguments.Contains("exit") ? 75 : OperatingSystem.IsWindows() ? crash.ExitCode : 134;
            Assert.True(crash.ExitCode == expectedExit && crash.ExitCode is not (0 or 1 or 2), $"{plan} (seed {seed}): exit code {crash.ExitCode}, expected {expectedExit}:\n{crash.Output}");
        }

        var rerun = await WorkerProcess.RunAsync(emulator, NumberArguments(emulator));
        Assert.True(rerun.ExitCode == 0 && rerun.Finished, $"{plan} (seed {seed}): the rerun failed (exit {rerun.ExitCode}):\n{rerun.Output}\nafter the crashed run:\n{crash.Output}");
        var actual = await FinalState.DescribeAsync(emulator.Operations, emulator.ProfileSid, Policies);
        Assert.True(expected == actual, $"{plan} (seed {seed}): the final state differs from a clean run.\nexpected:\n{expected}\nactual:\n{actual}\ncrashed run:\n{crash.Output}\nrerun:\n{rerun.Output}");
        return $"{plan}: {(crash.Finished ? "finished before the kill" : "crashed")}, rerun made {rerun.Requests} requests, same state";
    }

    private static string[] NumberArguments(ResilienceEmulator emulator) => ["--numbers", string.Join(",", emulator.NumberSids), "--concurrency", "4"];

    private static int EnvironmentNumber(string name, int fallback)
    {
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{name} must be a positive whole number, not \"{text}\".");
    }

    /// <summary>One trial: where and how the worker dies.</summary>
    private sealed record TrialPlan(int Index, string[] CrashArguments, TimeSpan? KillAfter)
    {
        public static TrialPlan Draw(int index, Random random, int requests, TimeSpan cleanRunTime)
        {
            var method = random.Next(2) == 0 ? "failfast" : "exit";
            return random.Next(3) switch
            {
                // Kills within 90% of the clean run's time, so most land before the run ends even when the machine is busy.
                0 => new(index, [], TimeSpan.FromMilliseconds(random.NextDouble() * 0.9 * cleanRunTime.TotalMilliseconds)),
                1 => new(index, ["--crash", "before-send", "--crash-at", (random.Next(requests) + 1).ToString(CultureInfo.InvariantCulture), "--crash-by", method], null),
                _ => new(index, ["--crash", "after-response", "--crash-at", (random.Next(requests) + 1).ToString(CultureInfo.InvariantCulture), "--crash-by", method], null),
            };
        }

        public override string ToString() =>
            $"trial {Index,3}: " + (KillAfter is { } kill ? $"Process.Kill after {kill.TotalMilliseconds:F0} ms" : string.Join(" ", CrashArguments));
    }
}
