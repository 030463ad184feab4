using System.Collections.Concurrent;
using System.Diagnostics;
using global::IsvOnboarding;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using TrustHubGen.Durable.Tests.Infrastructure;
using TrustHubGen.Emulator.Hosting;
using Xunit.Abstractions;

namespace TrustHubGen.Durable.Tests;

/// <summary>
/// Several instances on PostgreSQL, as an ISV runs them: worker processes of the sample behind a load-balancing proxy,
/// the emulator with reviews that take a while and signed callbacks. Workers are killed with SIGKILL and restarted;
/// every customer still ends with exactly one of everything and the verdicts the emulator gave.
/// </summary>
public sealed class PostgresWorkerTests(ITestOutputHelper output)
{
    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;

    [Fact]
    public async Task Three_workers_killed_at_random_onboard_every_customer_exactly_once_with_the_emulators_verdicts()
    {
        // eng/soak-durable.sh raises these; CI runs the issue's size: 200 customers, at least 20 kills.
        var customerCount = Setting("TRUSTHUBGEN_DURABLE_CUSTOMERS", 200);
        var minimumKills = Setting("TRUSTHUBGEN_DURABLE_KILLS", 20);
        var seed = Setting("TRUSTHUBGEN_DURABLE_SEED", Environment.TickCount & 0x7fff);
        output.WriteLine($"{customerCount} customers, at least {minimumKills} kills, random seed {seed}");
        var random = new Random(seed);

        await using var db = await TestPostgres.CreateDatabaseAsync("kill");
        await using var run = await WorkerRun.StartAsync(db, customerCount, output, manualVerdicts: true);
        var verdicts = new Verdicts(run);
        run.Proxy.OnCallback = verdicts.OnCallback;
        await run.StartWorkerAsync(0, start: true);
        await run.StartWorkerAsync(1);
        await run.StartWorkerAsync(2);

        var clock = Stopwatch.StartNew();
        var kills = 0;
        var deadline = TimeSpan.FromMinutes(Setting("TRUSTHUBGEN_DURABLE_MINUTES", 9));
        while (kills < minimumKills || !run.IsDone(customerCount, out _))
        {
            Assert.True(clock.Elapsed < deadline, $"Not done after {clock.Elapsed} and {kills} kills: {run.Progress()}\n{run.WorkerOutput()}");
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(1500, 4000)));
            if (kills >= minimumKills) continue;
            var slot = random.Next(3);
            await run.KillWorkerAsync(slot);
            kills++;
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(300, 1500)));
            await run.StartWorkerAsync(slot);
        }
        output.WriteLine($"Done in {clock.Elapsed:mm\\:ss} with {kills} kills; {run.Progress()}");

        // Every customer's job finished, none failed: checked while the workers run, since a callback the emulator
        // retries can still enqueue a (no-op) job for a finished customer; the recurring reconciliation tick is not a
        // customer's job.
        var settle = DateTime.UtcNow.AddMinutes(1);
        while (run.PendingJobs() is { Count: > 0 } pending)
        {
            Assert.True(DateTime.UtcNow < settle, $"jobs left: {string.Join("; ", pending)}");
            await Task.Delay(250);
        }

        var statuses = run.Statuses();
        Assert.Equal(customerCount, statuses.Count);
        var census = await run.StopEmulatorAndCountAsync();
        foreach (var (customer, index) in run.Customers.Customers.Select((c, i) => (c, i + 1)))
        {
            var status = statuses[customer.AccountSid];
            if (Verdicts.RejectsProfile(index))
            {
                Assert.True(status.Stage == IsvOnboardingStage.ProfileRejected && status.ProfileRejection.Single().Code == 18601, status.ToString());
                CensusAssertions.OneOfEverything(census[customer.AccountSid], numbers: 2, withProducts: false);
                continue;
            }
            Assert.True(status.Stage == IsvOnboardingStage.Completed && status.Products.Count == 2, status.ToString());
            foreach (var product in status.Products)
            {
                var rejected = product.Policy == "Cnam" && Verdicts.RejectsCnam(index);
                Assert.True(product.Status == (rejected ? "twilio-rejected" : "twilio-approved") && product.NumbersAssigned == 2, status.ToString());
                Assert.Equal(rejected ? [22215] : [], product.Rejection.Select(r => r.Code));
                var bundle = census[customer.AccountSid].Bundles.Single(b => b.Sid == product.ProductSid);
                Assert.Equal(product.Status, bundle.Status);
            }
            CensusAssertions.OneOfEverything(census[customer.AccountSid], numbers: 2, withProducts: true);
        }
        Assert.Equal(0, run.JobCounts().Failed);
        Assert.True(kills >= minimumKills);
    }

    [Fact]
    public async Task After_everything_restarts_between_a_profiles_submission_and_its_approval_the_callback_continues_the_chain()
    {
        await using var db = await TestPostgres.CreateDatabaseAsync("restart");
        await using var run = await WorkerRun.StartAsync(db, 3, output, manualVerdicts: true, overdue: TimeSpan.FromHours(1));
        await run.StartWorkerAsync(0, start: true);
        await run.StartWorkerAsync(1);

        // Every profile submitted and in review: nothing more can happen until Twilio decides.
        await run.WaitAsync(s => s.Count == 3 && s.Values.All(c => c.Stage == IsvOnboardingStage.ProfileInReview), TimeSpan.FromMinutes(3));
        var profiles = run.Statuses().Values.Select(s => s.ProfileSid!).ToList();

        // Everything stops: the workers are killed, the emulator stops (its state file keeps the reviews), and all restart.
        await run.KillWorkerAsync(0);
        await run.KillWorkerAsync(1);
        await run.RestartEmulatorAsync();
        await run.StartWorkerAsync(0);
        await run.StartWorkerAsync(1);

        // Twilio approves the profiles: only their callbacks can move the chain (the reconciliation waits an hour).
        run.Proxy.OnCallback = form =>
        {
            if (form["Status"] == "in-review" && form["PolicySid"] != PolicySids.SecondaryProfile) run.DecideLater(form["BundleSid"], true, 0, TimeSpan.FromMilliseconds(200));
        };
        foreach (var profile in profiles) run.Emulator.DecideReview(profile, approved: true);
        await run.WaitAsync(s => s.Values.All(c => c.Stage == IsvOnboardingStage.Completed), TimeSpan.FromMinutes(3));

        Assert.All(run.Statuses().Values, s => Assert.All(s.Products, p => Assert.Equal(("twilio-approved", 2), (p.Status, p.NumbersAssigned))));
        var jobs = run.JobMethods();
        Assert.Contains(nameof(IsvOnboardingJobs.SubmitProductsAsync), jobs);
        Assert.DoesNotContain(nameof(IsvOnboardingJobs.ReconcileCustomerAsync), jobs);
        var census = await run.StopEmulatorAndCountAsync();
        Assert.All(census.Values, c => CensusAssertions.OneOfEverything(c, numbers: 2, withProducts: true));
    }

    /// <summary>The emulator's verdicts, given a while after each bundle enters review (as seen by the proxy).</summary>
    private sealed class Verdicts(WorkerRun run)
    {
        public static bool RejectsProfile(int index) => index % 25 == 7;

        public static bool RejectsCnam(int index) => index % 10 == 3;

        public void OnCallback(IReadOnlyDictionary<string, string> form)
        {
            if (form.GetValueOrDefault("Status") != "in-review") return;
            var index = run.IndexOf(form["AccountSid"]);
            var policy = form["PolicySid"];
            var (approve, code) = policy == PolicySids.SecondaryProfile ? (!RejectsProfile(index), 18601)
                : policy == PolicySids.Cnam ? (!RejectsCnam(index), 22215) : (true, 0);
            run.DecideLater(form["BundleSid"], approve, code, TimeSpan.FromMilliseconds(Random.Shared.Next(300, 2000)));
        }
    }

    /// <summary>The emulator, the proxy, the workers and a view of the shared storage, for one test.</summary>
    private sealed class WorkerRun : IAsyncDisposable
    {
        private readonly TestPostgres _db;
        private readonly ITestOutputHelper _output;
        private readonly DirectoryInfo _folder;
        private readonly string _customersPath;
        private readonly EmulatorOptions _emulatorOptions;
        private readonly int[] _ports = [IsvApp.FreePort(), IsvApp.FreePort(), IsvApp.FreePort()];
        private readonly WorkerProcess?[] _workers = new WorkerProcess?[3];
        private readonly Dictionary<string, int> _index;
        private readonly TimeSpan _overdue;
        private readonly ConcurrentBag<Task> _decisions = new();
        private PostgreSqlStorage? _storage;

        private WorkerRun(TestPostgres db, ITestOutputHelper output, DirectoryInfo folder, string customersPath, DemoCustomers customers, EmulatorOptions emulatorOptions, EmulatorHost emulator, ForwardingProxy proxy, TimeSpan overdue)
        {
            _db = db;
            _output = output;
            _folder = folder;
            _customersPath = customersPath;
            Customers = customers;
            _emulatorOptions = emulatorOptions;
            Emulator = emulator;
            Proxy = proxy;
            _overdue = overdue;
            _index = customers.Customers.Select((c, i) => (c.AccountSid, i + 1)).ToDictionary(p => p.AccountSid, p => p.Item2);
        }

        public DemoCustomers Customers { get; }

        public EmulatorHost Emulator { get; private set; }

        public ForwardingProxy Proxy { get; }

        public static async Task<WorkerRun> StartAsync(TestPostgres db, int customers, ITestOutputHelper output, bool manualVerdicts, TimeSpan? overdue = null)
        {
            var folder = Directory.CreateTempSubdirectory("trusthub-workers-");
            var (seed, customersPath, file) = DemoAccount.Write(folder.FullName, customers);
            var options = new EmulatorOptions
            {
                Seed = seed, StatePath = Path.Combine(folder.FullName, "state.json"), AccountSid = DemoAccount.AccountSid, AuthToken = DemoAccount.AuthToken,
                ReviewStepDelay = TimeSpan.FromMilliseconds(300), ManualReviewVerdicts = manualVerdicts, Url = $"http://127.0.0.1:{IsvApp.FreePort()}",
            };
            var emulator = await EmulatorHost.StartAsync(options);
            var proxy = await ForwardingProxy.StartAsync("/hooks");
            return new WorkerRun(db, output, folder, customersPath, file, options, emulator, proxy, overdue ?? TimeSpan.FromSeconds(15));
        }

        public int IndexOf(string accountSid) => _index[accountSid];

        public async Task StartWorkerAsync(int slot, bool start = false)
        {
            string[] arguments =
            [
                "--worker", "--customers-file", _customersPath, "--twilio-base", Emulator.BaseAddress.AbsoluteUri, "--public-url", Proxy.PublicBaseUrl.AbsoluteUri,
                "--postgres", _db.ConnectionString, "--reconcile-every", "5", "--overdue", ((int)_overdue.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--invisibility", "10", "--poll", "1", "--workers", "6", "--server-name", $"worker-{slot}",
                .. start ? ["--start"] : Array.Empty<string>(),
            ];
            var worker = _workers[slot] = await WorkerProcess.StartAsync(arguments, DemoAccount.AccountSid, DemoAccount.AuthToken, _ports[slot]);
            if (start)
            {
                // The ISV's own call (IsvOnboarding.Start for each customer) completes before any kill: a customer it
                // never reached has no record, and only the ISV can start it (docs/durable.md, "What happens when ...").
                var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
                while (!worker.Output.Contains("Started ", StringComparison.Ordinal))
                {
                    Assert.True(!worker.HasExited && DateTime.UtcNow < deadline, $"The first worker did not start the customers:\n{worker.Output}");
                    await Task.Delay(100);
                }
            }
            Proxy.Backends = _workers.Where(w => w is { HasExited: false }).Select(w => w!.Url).ToList();
            _storage ??= new PostgreSqlStorage(new NpgsqlConnectionFactory(_db.ConnectionString, StorageOptions()), StorageOptions());
        }

        private static PostgreSqlStorageOptions StorageOptions() => new() { SchemaName = "hangfire", PrepareSchemaIfNecessary = false };

        public async Task KillWorkerAsync(int slot)
        {
            if (_workers[slot] is { } worker) await worker.DisposeAsync();
            _workers[slot] = null;
            Proxy.Backends = _workers.Where(w => w is { HasExited: false }).Select(w => w!.Url).ToList();
        }

        public async Task RestartEmulatorAsync()
        {
            await Emulator.DisposeAsync();
            Emulator = await EmulatorHost.StartAsync(_emulatorOptions);
        }

        public void DecideLater(string bundleSid, bool approve, int code, TimeSpan after) => _decisions.Add(Task.Run(async () =>
        {
            await Task.Delay(after);
            try
            {
                Emulator.DecideReview(bundleSid, approve, approve ? [] : [code]);
            }
            catch (InvalidOperationException)
            {
                // Decided already (a callback delivered twice).
            }
        }));

        private IsvOnboardingStore Store => new(_storage!);

        public IReadOnlyDictionary<string, IsvCustomerStatus> Statuses() =>
            Customers.Customers.Select(c => Store.Get(c.AccountSid)).OfType<IsvCustomerStatus>().ToDictionary(s => s.AccountSid);

        public (long Enqueued, long Processing, long Scheduled, long Failed, long Succeeded) JobCounts()
        {
            var stats = _storage!.GetMonitoringApi().GetStatistics();
            return (stats.Enqueued, stats.Processing, stats.Scheduled, stats.Failed, stats.Succeeded);
        }

        public IReadOnlySet<string> JobMethods() =>
            _storage!.GetMonitoringApi().SucceededJobs(0, 100_000).Select(j => j.Value.Job?.Method.Name ?? "").ToHashSet();

        /// <summary>Every customer finished and recorded, and no job left to run (none enqueued, running, waiting for a retry, or failed).</summary>
        public bool IsDone(int customers, out string progress)
        {
            progress = Progress();
            var statuses = Statuses();
            return statuses.Count == customers && statuses.Values.All(s => s.IsFinished) && PendingJobs().Count == 0;
        }

        /// <summary>Customers' jobs enqueued, running, waiting for a retry, or failed (the recurring reconciliation tick aside).</summary>
        public IReadOnlyList<string> PendingJobs()
        {
            var api = _storage!.GetMonitoringApi();
            var jobs = api.Queues().SelectMany(q => api.EnqueuedJobs(q.Name, 0, 10_000).Select(j => ("enqueued", j.Key, j.Value.Job)))
                .Concat(api.ProcessingJobs(0, 10_000).Select(j => ("processing", j.Key, j.Value.Job)))
                .Concat(api.ScheduledJobs(0, 10_000).Select(j => ("scheduled", j.Key, j.Value.Job)))
                .Concat(api.FailedJobs(0, 10_000).Select(j => ("failed", j.Key, j.Value.Job)));
            return jobs.Where(j => j.Item1 == "failed" || j.Job?.Method.Name != nameof(IsvOnboardingJobs.ReconcileAsync))
                .Select(j => $"{j.Item1} {j.Key} {j.Job?.Method.Name}({string.Join(", ", j.Job?.Args.Take(1) ?? [])})").ToList();
        }

        public string Progress()
        {
            if (_storage is null) return "no storage yet";
            var stages = string.Join(", ", Statuses().Values.GroupBy(s => s.Stage).Select(g => $"{g.Count()} {g.Key}"));
            return $"{stages}; jobs {JobCounts()}";
        }

        public async Task WaitAsync(Func<IReadOnlyDictionary<string, IsvCustomerStatus>, bool> condition, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (!condition(Statuses()))
            {
                Assert.True(DateTime.UtcNow < deadline, $"Waited {timeout}: {Progress()}\n{WorkerOutput()}");
                await Task.Delay(250);
            }
        }

        public string WorkerOutput() => string.Join("\n", _workers.Select((w, i) => $"--- worker {i}:\n{(w?.Output is { } text ? text[Math.Max(0, text.Length - 3000)..] : "(not running)")}"));

        public async Task<IReadOnlyDictionary<string, CustomerCensus>> StopEmulatorAndCountAsync()
        {
            foreach (var slot in Enumerable.Range(0, 3)) await KillWorkerAsync(slot);
            await Task.WhenAll(_decisions);
            await Emulator.DisposeAsync();
            return CustomerCensus.Read(_emulatorOptions.StatePath!).Where(c => _index.ContainsKey(c.Key)).ToDictionary();
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var slot in Enumerable.Range(0, 3)) await KillWorkerAsync(slot);
            try { await Task.WhenAll(_decisions); } catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException) { }
            await Emulator.DisposeAsync();
            await Proxy.DisposeAsync();
            _folder.Delete(recursive: true);
        }
    }
}
