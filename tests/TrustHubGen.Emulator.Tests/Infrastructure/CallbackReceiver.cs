using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TrustHubGen.Emulator.Tests.Infrastructure;

/// <summary>One request a <see cref="CallbackReceiver"/> got: the URL it was sent to, its form fields and headers.</summary>
internal sealed record ReceivedCallback(string Url, Dictionary<string, string> Form, Dictionary<string, string> Headers);

/// <summary>
/// A loopback HTTP endpoint recording the form posts it receives (StatusCallback target). By default it answers
/// 204; <c>answer</c> decides the status per request (0-based request number) and may set headers such as Location.
/// </summary>
internal sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedCallback> _calls;
    private readonly SemaphoreSlim _arrived;

    private CallbackReceiver(WebApplication app, string origin, ConcurrentQueue<ReceivedCallback> calls, SemaphoreSlim arrived)
    {
        _app = app;
        Origin = origin;
        Url = origin + "/status";
        _calls = calls;
        _arrived = arrived;
    }

    /// <summary><c>http://127.0.0.1:PORT</c>.</summary>
    public string Origin { get; }

    /// <summary>The default callback URL, <c>{Origin}/status</c>.</summary>
    public string Url { get; }

    public IReadOnlyCollection<ReceivedCallback> Calls => _calls;

    public static async Task<CallbackReceiver> StartAsync(Func<int, HttpResponse, int>? answer = null)
    {
        var calls = new ConcurrentQueue<ReceivedCallback>();
        var arrived = new SemaphoreSlim(0);
        var count = -1;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(async context =>
        {
            var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : null;
            calls.Enqueue(new ReceivedCallback(
                context.Request.GetEncodedUrl(),
                form?.ToDictionary(f => f.Key, f => f.Value.ToString()) ?? [],
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            context.Response.StatusCode = answer?.Invoke(Interlocked.Increment(ref count), context.Response) ?? 204;
            arrived.Release();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CallbackReceiver(app, address, calls, arrived);
    }

    public async Task<List<Dictionary<string, string>>> WaitForAsync(int count) =>
        [.. (await WaitForCallsAsync(count)).Select(c => c.Form)];

    /// <summary>Waits until <paramref name="count"/> requests in all have arrived (30 s at most), then returns them all.</summary>
    public async Task<List<ReceivedCallback>> WaitForCallsAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_calls.Count < count)
        {
            var left = deadline - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero && await _arrived.WaitAsync(left), $"only {_calls.Count} of {count} callbacks arrived");
        }

        return [.. _calls];
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
