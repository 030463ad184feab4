using System.Runtime.CompilerServices;
using TrustHubGen.Emulator.Hosting;

namespace TrustHubGen.Emulator.Tests;

/// <summary>
/// A test process that starts and disposes an emulator per test: a disposed emulator, and the state it served, must be
/// garbage. ASP.NET Core's rate-limiting middleware kept a timer running that held each app (about 300 KB a host: 300 MB
/// over a thousand tests).
/// </summary>
public sealed class EmulatorHostLifetimeTests
{
    [Fact]
    public async Task A_disposed_emulator_that_served_requests_is_collected()
    {
        var states = new List<WeakReference>();
        for (var i = 0; i < 3; i++) states.Add(await ServeAndDisposeAsync());

        // A connection's last work may still be finishing on the thread pool just after the dispose: collect until the
        // states are gone or 10 s have passed (a kept app is kept forever, so waiting longer changes nothing).
        for (var i = 0; i < 100 && states.Any(s => s.IsAlive); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            if (states.Any(s => s.IsAlive)) await Task.Delay(100);
        }

        Assert.Equal(0, states.Count(s => s.IsAlive));
    }

    // Not inlined: no local of this frame may keep the host reachable while the caller collects.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> ServeAndDisposeAsync()
    {
        var host = await EmulatorHost.StartAsync(new EmulatorOptions { MaxConcurrentRequestsPerAccount = 4 });
        using (var http = new HttpClient())
        {
            http.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes($"{host.AccountSid}:{host.AuthToken}")));
            using var answer = await http.GetAsync(host.BaseAddress + "v1/Policies");
            Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
        }
        var state = new WeakReference(host.State);
        await host.DisposeAsync();
        return state;
    }
}
