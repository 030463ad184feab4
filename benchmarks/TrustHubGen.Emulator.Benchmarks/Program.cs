// Requests per second the emulator sustains on loopback for the calls our pipeline makes most: channel-endpoint
// assignment creates and list pages, plus a small fetch where the per-request cost of the HTTP pipeline (routing,
// authentication, the concurrency limiter) weighs most. Run: dotnet run -c Release [-- --concurrency 16 --creates 10000 --lists 4000 --warm-up-seconds 3 --only SCENARIO].
// compare-pipelines.sh runs this same program against two builds of the emulator, interleaved.
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TrustHubGen.Emulator.Hosting;

var concurrency = Arg("--concurrency", 16);
var creates = Arg("--creates", 10_000);
var listRequests = Arg("--lists", 4_000);
var warmUpSeconds = Arg("--warm-up-seconds", 3);
var only = Array.IndexOf(args, "--only") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
const string ShakenStir = "RN7a97559effdf62d00f4298208492a5ea";

Console.WriteLine($"Emulator load benchmark: {Environment.ProcessorCount} cores, concurrency {concurrency}, {creates} creates per scenario, {listRequests} list requests per scenario");
await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ExtraNumbers = creates, ExtraNumbersOnProfile = creates });
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 }) { BaseAddress = emulator.BaseAddress };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{emulator.AccountSid}:{emulator.AuthToken}")));
var profile = emulator.Seed.PrimaryBusinessProfileSid!;
var offProfile = emulator.Seed.NumbersNotOnProfile.Skip(5).Select(n => n.Sid).ToArray();
var onProfile = emulator.Seed.NumbersOnProfile.Skip(10).Select(n => n.Sid).ToArray();

// A SHAKEN/STIR product with the profile, ready to take numbers (the pipeline benchmark's hot path).
var product = await PostAsync("v1/TrustProducts", ("FriendlyName", "bench"), ("Email", "bench@example.com"), ("PolicySid", ShakenStir));
var productSid = JsonDocument.Parse(product).RootElement.GetProperty("sid").GetString()!;
await PostAsync($"v1/TrustProducts/{productSid}/EntityAssignments", ("ObjectSid", profile));

// Warm-up (connections, JIT) on the GET, form-POST and page paths, concurrently, until the JIT has been quiet for a
// second (at least --warm-up-seconds, at most 30 seconds), so no scenario pays for it. .NET first compiles a method
// quickly and optimizes it only after ~30 calls, on a background thread; the ASP.NET Core pipeline has many more methods
// to optimize than a hand-written delegate, and on a loaded 2-core machine that thread gets little CPU. With a fixed
// warm-up of 500 requests (or 3 seconds) the framework pipeline's scenarios still ran partly unoptimized code: its fetch
// cost 226-268 µs of CPU per request after 3 s of warm-up and 116-127 µs after 12 s (hand-written: 88-127 µs), which
// measured the JIT, not the pipeline.
var warmUp = Stopwatch.StartNew();
var warmUpRequests = 0;
var jitQuietSince = TimeSpan.Zero;
var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
using var warmingUp = new CancellationTokenSource();
var warmUpWork = Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
{
    while (!warmingUp.IsCancellationRequested)
    {
        var i = Interlocked.Increment(ref warmUpRequests);
        switch (i % 3)
        {
            case 0:
                await Get($"v1/TrustProducts/{productSid}");
                break;
            case 1:
                using (await http.PostAsync($"v1/TrustProducts/{productSid}/ChannelEndpointAssignments", new FormUrlEncodedContent([new("ChannelEndpointType", "warm-up")])))
                {
                }

                break;
            default:
                await Get($"v1/CustomerProfiles/{profile}/ChannelEndpointAssignments?PageSize=20&Page=0");
                break;
        }
    }
}));
while (warmUp.Elapsed < TimeSpan.FromSeconds(30))
{
    await Task.Delay(250);
    var now = System.Runtime.JitInfo.GetCompiledMethodCount();
    if (now != compiled)
    {
        (compiled, jitQuietSince) = (now, warmUp.Elapsed);
    }
    else if (warmUp.Elapsed - jitQuietSince >= TimeSpan.FromSeconds(1) && warmUp.Elapsed.TotalSeconds >= warmUpSeconds)
    {
        break;
    }
}

warmingUp.Cancel();
await warmUpWork;
Console.WriteLine($"Warm-up: {warmUpRequests} requests in {warmUp.Elapsed.TotalSeconds:F1} s, {compiled} methods compiled by then");

var results = new List<(string Scenario, int Requests, double Seconds, double P50, double P99, double CpuMicroseconds, double KiB)>
{
    await RunAsync("GET trust product (fetch)", listRequests * 2,
        i => Get($"v1/TrustProducts/{productSid}")),
    await RunAsync("POST profile ChannelEndpointAssignments (create)", offProfile.Length,
        i => Post($"v1/CustomerProfiles/{profile}/ChannelEndpointAssignments", ("ChannelEndpointType", "phone-number"), ("ChannelEndpointSid", offProfile[i]))),
    await RunAsync("POST trust product ChannelEndpointAssignments (create)", onProfile.Length,
        i => Post($"v1/TrustProducts/{productSid}/ChannelEndpointAssignments", ("ChannelEndpointType", "phone-number"), ("ChannelEndpointSid", onProfile[i]))),
    await RunAsync("GET profile ChannelEndpointAssignments, PageSize=50", listRequests,
        i => Get($"v1/CustomerProfiles/{profile}/ChannelEndpointAssignments?PageSize=50&Page={i % (creates / 50)}")),
    await RunAsync("GET profile ChannelEndpointAssignments, PageSize=1000", listRequests / 10,
        i => Get($"v1/CustomerProfiles/{profile}/ChannelEndpointAssignments?PageSize=1000&Page={i % Math.Max(1, creates / 1000)}")),
    await RunAsync("GET 2010 IncomingPhoneNumbers, PageSize=1000", listRequests / 10,
        i => Get($"2010-04-01/Accounts/{emulator.AccountSid}/IncomingPhoneNumbers.json?PageSize=1000&Page={i % Math.Max(1, creates / 1000)}")),
};

Console.WriteLine();
Console.WriteLine("| scenario | requests | requests/s | p50 ms | p99 ms |");
Console.WriteLine("|---|---:|---:|---:|---:|");
foreach (var (scenario, requests, seconds, p50, p99, _, _) in results.Where(r => r.Requests > 0))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {scenario} | {requests} | {requests / seconds:F0} | {p50:F2} | {p99:F2} |"));
}

// One line per scenario for scripts (compare-pipelines.sh).
foreach (var (scenario, requests, seconds, p50, p99, cpu, kib) in results.Where(r => r.Requests > 0))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT\t{scenario}\t{requests / seconds:F0}\t{p50:F3}\t{p99:F3}\t{cpu:F0}\t{kib:F1}"));
}

async Task<(string, int, double, double, double, double, double)> RunAsync(string scenario, int count, Func<int, Task> send)
{
    if (only is not null && !scenario.Contains(only, StringComparison.OrdinalIgnoreCase))
    {
        return (scenario, 0, 1, 0, 0, 0, 0);
    }

    var latencies = new double[count];
    var next = -1;
    var cpu = Environment.CpuUsage.TotalTime;
    var allocated = GC.GetTotalAllocatedBytes();
    var collections = GC.CollectionCount(0);
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            var started = Stopwatch.GetTimestamp();
            await send(i);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    }));
    var seconds = clock.Elapsed.TotalSeconds;
    var cpuPerRequest = (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / count;
    var bytesPerRequest = (GC.GetTotalAllocatedBytes() - allocated) / count;
    Array.Sort(latencies);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{scenario}: {count / seconds:F0} requests/s, {cpuPerRequest:F0} µs CPU and {bytesPerRequest / 1024.0:F1} KiB allocated per request (client and emulator), {GC.CollectionCount(0) - collections} gen0 GCs"));
    return (scenario, count, seconds, latencies[count / 2], latencies[Math.Min(count - 1, (int)(count * 0.99))], cpuPerRequest, bytesPerRequest / 1024.0);
}

async Task Post(string path, params (string, string)[] form) => await PostAsync(path, form);

async Task<string> PostAsync(string path, params (string Name, string Value)[] form)
{
    using var response = await http.PostAsync(path, new FormUrlEncodedContent(form.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));
    var body = await response.Content.ReadAsStringAsync();
    return response.IsSuccessStatusCode ? body : throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {body}");
}

async Task Get(string path)
{
    using var response = await http.GetAsync(path);
    var body = await response.Content.ReadAsByteArrayAsync();
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
    }
}

int Arg(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
