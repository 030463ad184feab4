using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrustHubGen.AspNetCore;
using TrustHubGen.Runtime;

namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>An app with only the status-callback endpoint: records what reached the handler and every request's raw form and headers.</summary>
internal sealed class CallbackApp : IAsyncDisposable, ITrustHubStatusCallbackHandler
{
    private WebApplication _app = null!;

    public Uri Url { get; private set; } = null!;

    public TrustHubStatusCallbackOptions Options { get; private set; } = null!;

    public ConcurrentQueue<TrustHubStatusCallback> Handled { get; } = new();

    public ConcurrentQueue<(string Path, Dictionary<string, string> Form, Dictionary<string, string> Headers, int Status)> Requests { get; } = new();

    public static async Task<CallbackApp> StartAsync(ITwilioTransport parent, Uri? publicBaseUrl = null)
    {
        var callbacks = new CallbackApp();
        var port = global::IsvOnboarding.IsvApp.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddTrustHubStatusCallbacks(o =>
        {
            o.PublicBaseUrl = publicBaseUrl ?? new Uri($"http://127.0.0.1:{port}/");
            o.AuthTokenSource = new SubaccountAuthTokens(parent);
        });
        builder.Services.AddSingleton<ITrustHubStatusCallbackHandler>(callbacks);
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            var form = context.Request.HasFormContentType ? (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString()) : new Dictionary<string, string>();
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            await next(context);
            callbacks.Requests.Enqueue((context.Request.Path + context.Request.QueryString, form, headers, context.Response.StatusCode));
        });
        app.MapTrustHubStatusCallbacks();
        await app.StartAsync();
        callbacks._app = app;
        callbacks.Url = new Uri($"http://127.0.0.1:{port}/");
        callbacks.Options = app.Services.GetRequiredService<IOptions<TrustHubStatusCallbackOptions>>().Value;
        return callbacks;
    }

    public Task HandleAsync(TrustHubStatusCallback callback, CancellationToken cancellationToken)
    {
        Handled.Enqueue(callback);
        return Task.CompletedTask;
    }

    /// <summary>Posts a form with headers, as a replay of a callback.</summary>
    public async Task<int> PostAsync(string pathAndQuery, IReadOnlyDictionary<string, string> form, IReadOnlyDictionary<string, string> headers)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Url, pathAndQuery)) { Content = new FormUrlEncodedContent(form) };
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await http.SendAsync(request);
        return (int)response.StatusCode;
    }

    public async Task WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited {timeout}; handled: {string.Join(" | ", Handled)}; requests: {string.Join(" | ", Requests.Select(r => $"{r.Path} {r.Status}"))}");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
