using Xunit.Abstractions;

namespace TrustHubGen.Runtime.Tests.Concurrency;

/// <summary>
/// The controller against a simulated account (AccountSimulation: virtual time, the service's cap, latency and headers).
/// "Capacity" is what the cap allows: cap ÷ latency requests per millisecond.
/// </summary>
public sealed class AdaptiveConcurrencyTests(ITestOutputHelper output)
{
    [Fact]
    public void One_run_discovers_the_cap_and_holds_just_under_it_with_almost_no_refusals()
    {
        var sim = new AccountSimulation(cap: 100, latencyMs: 50, jitterMs: 10);
        var run = sim.AddProcess(maximum: 256);
        sim.SampleLimits(1000);

        sim.RunUntil(60_000);

        Report(sim, run);
        Assert.Equal(100, run.Controller.LearnedCap);
        // Just under: a margin of a few requests, because answers and new requests cross on the wire (the service frees a
        // slot a little after the client reads the answer); 92% of the cap is 1.09x the physical limit's time.
        var share = run.AdmittedBetween(2_000, 60_000) / Capacity(sim, 2_000, 60_000);
        Assert.True(share >= 0.92, $"used {share:P1} of what the cap allows after the first 2 s");
        var refused = (double)run.ThrottledBetween(0, 60_000) / (run.ThrottledBetween(0, 60_000) + run.AdmittedBetween(0, 60_000));
        Assert.True(refused <= 0.002, $"{refused:P2} of the answers were 429s");
    }

    [Fact]
    public void A_client_slower_than_the_service_counts_holds_the_services_count_at_the_cap_not_its_own()
    {
        // Each request spends 5 ms in the client each way (a busy machine): the client counts it 60 ms, the service 50 ms.
        // Holding the client's own count under the cap would use at most 98/60 x 50/100 = 82% of it; the header tells the
        // difference. (The rest is the margin: the service's count varies more when the client's is held, so refusals widen it.)
        var sim = new AccountSimulation(cap: 100, latencyMs: 50, jitterMs: 10) { ClientOverheadMs = 5 };
        var run = sim.AddProcess(maximum: 256);
        sim.SampleLimits(1000);

        sim.RunUntil(60_000);

        Report(sim, run);
        Assert.Equal(100, run.Controller.LearnedCap);
        Assert.InRange(run.Controller.Unseen, 10, 25);
        Assert.True(run.Controller.Limit > 100, $"the limit stayed at {run.Controller.Limit}, under the cap");
        var share = run.AdmittedBetween(5_000, 60_000) / Capacity(sim, 5_000, 60_000);
        Assert.True(share >= 0.86, $"used {share:P1} of what the cap allows after the first 5 s");
        var refused = (double)run.ThrottledBetween(0, 60_000) / (run.ThrottledBetween(0, 60_000) + run.AdmittedBetween(0, 60_000));
        Assert.True(refused <= 0.01, $"{refused:P2} of the answers were 429s");
    }

    [Fact]
    public void The_round_trip_is_learned_from_processed_answers()
    {
        var sim = new AccountSimulation(cap: 100, latencyMs: 50, jitterMs: 10) { ClientOverheadMs = 2 };
        var run = sim.AddProcess(maximum: 256);
        Assert.Null(run.Controller.RoundTrip);

        sim.RunUntil(5_000);

        Assert.InRange(run.Controller.RoundTrip!.Value.TotalMilliseconds, 48, 60);
    }

    [Fact]
    public void A_cap_lowered_mid_run_is_obeyed_at_once_and_a_raised_one_is_found_within_seconds()
    {
        var sim = new AccountSimulation(cap: 100, latencyMs: 50, jitterMs: 10);
        var run = sim.AddProcess(maximum: 256);
        sim.ChangeCap(20_000, 40);
        sim.ChangeCap(40_000, 100);
        sim.SampleLimits(1000);

        sim.RunUntil(70_000);

        Report(sim, run);
        var lowered = run.Limits.Where(l => l.Time >= 21_000 && l.Time <= 40_000).ToList();
        Assert.All(lowered, l => Assert.InRange(l.InFlight, 1, 40));
        Assert.InRange(lowered.Average(l => l.InFlight), 34, 40);
        Assert.True(run.AdmittedBetween(21_000, 40_000) / (40.0 / 50 * 19_000) >= 0.85, "the lowered cap was underused");
        var refusedUnderLowered = run.ThrottledBetween(21_000, 40_000);
        Assert.True(refusedUnderLowered <= 0.005 * run.AdmittedBetween(21_000, 40_000), $"{refusedUnderLowered} refusals under the lowered cap");
        var raised = run.Limits.Where(l => l.Time >= 58_000).ToList();
        Assert.InRange(raised.Average(l => l.InFlight), 88, 100);
        Assert.Equal(100, run.Controller.LearnedCap);
    }

    [Fact]
    public void Two_processes_sharing_the_account_converge_to_equal_shares_without_a_storm_of_refusals()
    {
        var sim = new AccountSimulation(cap: 100, latencyMs: 50, jitterMs: 10);
        var first = sim.AddProcess(maximum: 256);
        var second = sim.AddProcess(maximum: 256, startMs: 10_000);   // joins when the first holds the whole cap
        sim.SampleLimits(1000);

        sim.RunUntil(90_000);

        Report(sim, first, second);
        double a = first.AdmittedBetween(40_000, 90_000), b = second.AdmittedBetween(40_000, 90_000);
        output.WriteLine($"shares after 30 s together: {a / (a + b):P1} / {b / (a + b):P1}, use {(a + b) / Capacity(sim, 40_000, 90_000):P1}");
        Assert.InRange(a / (a + b), 0.4, 0.6);
        Assert.True((a + b) / Capacity(sim, 40_000, 90_000) >= 0.85, "the two together left the cap underused");
        var refused = first.ThrottledBetween(10_000, 90_000) + second.ThrottledBetween(10_000, 90_000);
        Assert.True(refused <= 0.01 * (a + b), $"{refused} refusals");
    }

    [Fact]
    public void A_small_second_client_beside_a_run_holding_the_cap_gets_what_it_asks_for()
    {
        // Its fair share is all it asks (8 of 100): the big run must make room although 8 is within its own noise per answer.
        var sim = new AccountSimulation(cap: 100, latencyMs: 50, jitterMs: 10);
        var big = sim.AddProcess(maximum: 256);
        var small = sim.AddProcess(maximum: 8, startMs: 10_000);
        sim.SampleLimits(1000);

        sim.RunUntil(60_000);

        Report(sim, big, small);
        var asked = 8 / sim.LatencyMs * (60_000 - 20_000);
        double got = small.AdmittedBetween(20_000, 60_000), together = got + big.AdmittedBetween(20_000, 60_000);
        output.WriteLine($"the small client got {got / asked:P1} of what it asked; the two used {together / Capacity(sim, 20_000, 60_000):P1} of the cap");
        Assert.True(got / asked >= 0.8, $"the small client got {got / asked:P1} of what it asked");
        Assert.True(together / Capacity(sim, 20_000, 60_000) >= 0.85, "the two together left the cap underused");
        var refused = big.ThrottledBetween(10_000, 60_000) + small.ThrottledBetween(10_000, 60_000);
        Assert.True(refused <= 0.01 * together, $"{refused} refusals");
    }

    [Fact]
    public void Two_runs_in_one_process_share_the_cap_equally_by_taking_turns()
    {
        var sim = new AccountSimulation(cap: 100, latencyMs: 50, jitterMs: 10);
        var process = sim.AddProcess(maximum: 256, flows: 2);
        sim.SampleLimits(1000);

        sim.RunUntil(30_000);

        Report(sim, process);
        double a = process.Flows[0].AdmittedBetween(2_000, 30_000), b = process.Flows[1].AdmittedBetween(2_000, 30_000);
        Assert.InRange(a / (a + b), 0.49, 0.51);
        Assert.True((a + b) / Capacity(sim, 2_000, 30_000) >= 0.92);
    }

    [Fact]
    public void Without_the_header_the_refusals_alone_teach_the_cap()
    {
        var sim = new AccountSimulation(cap: 100, latencyMs: 50, jitterMs: 10) { SendsConcurrencyHeader = false };
        var run = sim.AddProcess(maximum: 256);
        sim.SampleLimits(1000);

        sim.RunUntil(60_000);

        Report(sim, run);
        Assert.True(run.AdmittedBetween(2_000, 60_000) / Capacity(sim, 2_000, 60_000) >= 0.9);
        Assert.True(run.ThrottledBetween(0, 60_000) <= 0.005 * run.AdmittedBetween(0, 60_000));
    }

    [Fact]
    public void Refusals_that_are_not_about_the_cap_do_not_drag_the_limit_down()
    {
        // 2% of admitted requests refused anyway (an injected fault, another limit), with the header: the cap still holds 100.
        // (Without the header nothing tells such a refusal from the cap's, and the limit follows them down: a known limit.)
        var sim = new AccountSimulation(cap: 100, latencyMs: 50, jitterMs: 10) { RandomRefusalRate = 0.02 };
        var run = sim.AddProcess(maximum: 256);
        sim.SampleLimits(1000);

        sim.RunUntil(60_000);

        Report(sim, run);
        var share = run.AdmittedBetween(10_000, 60_000) / Capacity(sim, 10_000, 60_000);
        Assert.True(share >= 0.85, $"used {share:P1} of what the cap allows");
    }

    [Fact]
    public void The_users_maximum_bounds_the_run_below_the_cap_and_nothing_is_refused()
    {
        var sim = new AccountSimulation(cap: 100, latencyMs: 50, jitterMs: 10);
        var run = sim.AddProcess(maximum: 30);

        sim.RunUntil(20_000);

        Assert.Equal(30, run.MostInFlight);
        Assert.Equal(0, run.ThrottledBetween(0, 20_000));
        Assert.Null(run.Controller.LearnedCap);
    }

    private static double Capacity(AccountSimulation sim, double fromMs, double toMs) => sim.Cap / sim.LatencyMs * (toMs - fromMs);

    private void Report(AccountSimulation sim, params AccountSimulation.Process[] processes)
    {
        foreach (var p in processes)
        {
            output.WriteLine($"{p.Controller}; most in flight {p.MostInFlight}; answers {p.Controller.Answers}");
            output.WriteLine(string.Join(" ", p.Limits.Select(l => $"{l.Time / 1000:F0}s:{l.Limit}/{l.InFlight}")));
        }
    }
}
