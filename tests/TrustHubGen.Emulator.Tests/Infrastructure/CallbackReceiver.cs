using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TrustHubGen.Emulator.Tests.Infrastructure;

/// <summary>A loopback HTTP endpoint recording the form posts it receives (StatusCallback target).</summary>
internal sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Dictionary<string, string>> _calls;
    private readonly SemaphoreSlim _arrived;

    private CallbackReceiver(WebApplication app, string url, ConcurrentQueue<Dictionary<string, string>> calls, SemaphoreSlim arrived)
    {
        _app = app;
        Url = url;
        _calls = calls;
        _arrived = arrived;
    }

    public string Url { get; }

    public static async Task<CallbackReceiver> StartAsync()
    {
        var calls = new ConcurrentQueue<Dictionary<string, string>>();
        var arrived = new SemaphoreSlim(0);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(async context =>
        {
            var form = await context.Request.ReadFormAsync();
            calls.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
            arrived.Release();
            context.Response.StatusCode = 204;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CallbackReceiver(app, address + "/status", calls, arrived);
    }

    public async Task<List<Dictionary<string, string>>> WaitForAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.True(await _arrived.WaitAsync(TimeSpan.FromSeconds(30)), $"only {i} of {count} callbacks arrived");
        }

        return [.. _calls];
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
