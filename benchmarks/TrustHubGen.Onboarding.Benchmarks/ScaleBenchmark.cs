using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Benchmarks;

/// <summary>
/// The scale table (issue 12): the engine onboarding N numbers (CNAM + SHAKEN/STIR) at the cap, against the emulator in a
/// process of its own so that the two memories are apart: this process holds only the engine (and the request's list of
/// numbers in E.164, the user's input, allocated before the run), the emulator's is read from /proc. Per count: wall time against
/// the physical limit, the engine's live heap mid-run (a full GC when the products' steps are half done, minus the heap before
/// the run) and what it allocated per number, this process's and the emulator's peak resident memory.
/// </summary>
internal static class ScaleBenchmark
{
    public static async Task<int> RunAsync(string[] args, SocketsHttpHandler sockets)
    {
        var counts = (args.Length > 1 ? args[1] : "10000,100000").Split(',').Select(c => int.Parse(c, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        var latencyMs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
        var cap = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 100;
        Console.WriteLine($"Scale benchmark: {string.Join(", ", counts.Select(c => c.ToString("N0", CultureInfo.InvariantCulture)))} numbers, latency {latencyMs} ms (log-normal, sd {latencyMs / 5.0} ms), cap {cap}; emulator in its own process");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LimitsBenchmark.LoadAverage()} at start, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        var emulatorDll = Path.Combine(AppContext.BaseDirectory, "TrustHubGen.Emulator.dll");
        // "plan": only read the state and plan (no write): how long reading the account takes, and the plan's memory.
        var planOnly = args.Length > 4 && args[4] == "plan";
        var planRounds = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 2;
        // Numbers the profile already holds besides the request's (an ISV onboarding new numbers): its assignments list's length.
        var onProfile = args.Length > 6 ? int.Parse(args[6], CultureInfo.InvariantCulture) : 0;

        Console.WriteLine("| numbers | wall time | physical limit | vs limit | requests | answered 429 | engine heap mid-run | per number | allocated per number | this process peak RSS | emulator peak RSS | emulator start |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var count in counts)
        {
            // The numbers (in E.164, as an ISV names its numbers: the engine reads them by prefix partitions) and the profile, from
            // an in-process emulator with the same (deterministic) bulk seed, then dropped. The plan mode also names them by SID,
            // which reads the account's whole list page after page (how every request read it before the partitions).
            var (numbers, sids, profile, accountSid, authToken) = await ProbeAsync(count, planOnly);
            // The probe emulator's state (a million numbers is about a gigabyte) must be gone before the engine's heap is measured.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var afterProbe = GC.GetTotalMemory(forceFullCollection: true);

            var port = FreePort();
            var started = Stopwatch.StartNew();
            using var emulator = Process.Start(new ProcessStartInfo("dotnet")
            {
                ArgumentList =
                {
                    emulatorDll, "--port", port.ToString(CultureInfo.InvariantCulture), "--numbers", count.ToString(CultureInfo.InvariantCulture),
                    "--max-concurrency", cap.ToString(CultureInfo.InvariantCulture), "--latency-ms", latencyMs.ToString(CultureInfo.InvariantCulture),
                    "--latency-jitter-ms", (latencyMs / 5.0).ToString(CultureInfo.InvariantCulture), "--latency-distribution", "lognormal", "--review-delay", "0",
                    "--numbers-on-profile", onProfile.ToString(CultureInfo.InvariantCulture),
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            emulator.OutputDataReceived += (_, _) => { };
            emulator.ErrorDataReceived += (_, _) => { };
            emulator.BeginOutputReadLine();
            emulator.BeginErrorReadLine();
            try
            {
                var baseAddress = new Uri($"http://127.0.0.1:{port}/");
                await WaitUntilUpAsync(baseAddress, accountSid, sockets);
                var startup = started.Elapsed;
                // Warm-up, not measured: a plan of the same request (reads only) JIT-compiles both processes' paths for reading.
                await EngineRun.PlanAsync(baseAddress, accountSid, authToken, profile, numbers, sockets);
                Console.WriteLine($"    live heap with the request's numbers, before the warm-up plan: {afterProbe / 1048576.0:F1} MB; after it: {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:F1} MB");

                if (planOnly)
                {
                    // Interleaved: by SID (the whole list in order), in E.164 (prefix partitions at once), `planRounds` times each.
                    foreach (var (naming, named) in Enumerable.Repeat(new[] { ("by SID", sids!), ("in E.164", numbers) }, planRounds).SelectMany(r => r))
                    {
                        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
                        var clock = Stopwatch.StartNew();
                        var (plan, requests) = await EngineRun.PlanAsync(baseAddress, accountSid, authToken, profile, named, sockets);
                        clock.Stop();
                        var heapWithPlan = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
                        Console.WriteLine($"    plan of {count:N0} numbers named {naming} (reads only): {clock.Elapsed.TotalSeconds:F1} s, {requests:N0} requests, {plan.Steps.Count:N0} steps planned; live heap of the plan {heapWithPlan / 1048576.0:F1} MB ({(double)heapWithPlan / count:F0} B per number); emulator peak RSS {PeakRss(emulator.Id) / 1048576.0:F0} MB; load {LimitsBenchmark.LoadAverage()}, {DateTime.UtcNow:HH:mm:ss} UTC");
                        GC.KeepAlive(plan);
                    }
                    continue;
                }
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var before = GC.GetTotalMemory(forceFullCollection: true);
                Console.WriteLine($"    {count:N0}: emulator up after {startup.TotalSeconds:F1} s; live heap before the run {before / 1048576.0:F1} MB (the request's {count:N0} numbers included), {DateTime.UtcNow:HH:mm:ss} UTC");
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var mid = new MidRunHeap();
                var run = await EngineRun.RunAsync(baseAddress, accountSid, authToken, profile, numbers, 256, sockets, mid);
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                var limit = run.Requests * (double)latencyMs / 1000 / cap;
                var heap = mid.Heap is { } h ? h - before : 0;
                Console.WriteLine($"| {count:N0} | {run.Wall.TotalSeconds:F1} s | {limit:F1} s | {run.Wall.TotalSeconds / limit:F2}x | {run.Requests:N0} | {run.Refused:N0} ({100.0 * run.Refused / run.Requests:F2} %) | {heap / 1048576.0:F1} MB | {(double)heap / count:F0} B | {(double)allocated / count / 1024:F1} KB | {PeakRss(Environment.ProcessId) / 1048576.0:F0} MB | {PeakRss(emulator.Id) / 1048576.0:F0} MB | {startup.TotalSeconds:F1} s |");
                Console.WriteLine($"    load {LimitsBenchmark.LoadAverage()}; number steps and reads:");
                foreach (var phase in run.Details.Where(p => p.Numbers > 0 || p.Duration >= TimeSpan.FromMilliseconds(500)))
                    Console.WriteLine($"    {phase.Duration.TotalSeconds,8:F2} s  {phase.Name} (from {phase.Start.TotalSeconds:F2} s)");
            }
            finally
            {
                emulator.Kill(entireProcessTree: true);
                await emulator.WaitForExitAsync();
            }
        }
        return 0;
    }

    // In a method of its own, so that nothing of the probe emulator stays reachable from the caller's state machine.
    private static async Task<(string[] Numbers, string[]? Sids, string Profile, string AccountSid, string AuthToken)> ProbeAsync(int count, bool withSids)
    {
        await using var probe = await EmulatorHost.StartAsync(new EmulatorOptions { ExtraNumbers = count, ReviewStepDelay = TimeSpan.Zero });
        var numbers = probe.Seed.NumbersNotOnProfile.TakeLast(count).Select(n => n.PhoneNumber).ToArray();
        var sids = withSids ? LimitsBenchmark.Numbers(probe, count).ToArray() : null;
        return (numbers, sids, probe.Seed.PrimaryBusinessProfileSid!, probe.AccountSid, probe.AuthToken);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilUpAsync(Uri baseAddress, string accountSid, SocketsHttpHandler sockets)
    {
        using var http = new HttpClient(sockets, disposeHandler: false) { BaseAddress = baseAddress };
        for (var i = 0; i < 1200; i++)
        {
            try
            {
                using var answer = await http.GetAsync($"2010-04-01/Accounts/{accountSid}.json");
                if ((int)answer.StatusCode is 200 or 401) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The emulator did not start within 5 minutes.");
    }

    // VmHWM: the process's peak resident set.
    private static long PeakRss(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        return 0;
    }

    /// <summary>When the first product step is half done (the discovery and every per-number list alive), the live heap after a full GC.</summary>
    private sealed class MidRunHeap : IProgress<OnboardingProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _taken;
        private int _readsDone;

        public long? Heap { get; private set; }

        public void Report(OnboardingProgress value)
        {
            if (value.NumbersTotal > 0 && Interlocked.Exchange(ref _readsDone, 1) == 0)
                Console.WriteLine($"    state read and planned after {_clock.Elapsed.TotalSeconds:F1} s (first number step: {value.Step}), {DateTime.UtcNow:HH:mm:ss} UTC");
            if (value.Policy is not null && value.NumbersTotal > 0 && value.NumbersDone * 2 >= value.NumbersTotal && Interlocked.Exchange(ref _taken, 1) == 0)
            {
                Heap = GC.GetTotalMemory(forceFullCollection: true);
                // Printed at once: a long run stopped later still leaves its memory figure.
                Console.WriteLine($"    mid-run ({value.Policy}: {value.NumbersDone:N0} of {value.NumbersTotal:N0}): live heap {Heap / 1048576.0:F1} MB, {DateTime.UtcNow:HH:mm:ss} UTC");
            }
        }
    }
}
