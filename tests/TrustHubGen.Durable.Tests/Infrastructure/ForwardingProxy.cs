using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>
/// A reverse proxy on 127.0.0.1 as an ISV puts in front of its instances: it strips a path prefix, sends each request to
/// one of the live backends (round robin, the next one when a connection is refused) with the backend's own Host, so the
/// apps see another URL than the one Twilio called. It records every callback it receives.
/// </summary>
internal sealed class ForwardingProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, ConnectTimeout = TimeSpan.FromSeconds(2) }) { Timeout = TimeSpan.FromSeconds(20) };
    private readonly string _prefix;
    private int _next;

    private ForwardingProxy(WebApplication app, Uri baseUrl, string prefix)
    {
        _app = app;
        PublicBaseUrl = baseUrl;
        _prefix = prefix;
    }

    /// <summary>The public base URL (with the prefix), e.g. <c>http://127.0.0.1:PORT/hooks/</c>.</summary>
    public Uri PublicBaseUrl { get; }

    /// <summary>Where requests go; replace the list as backends come and go.</summary>
    public IReadOnlyList<Uri> Backends { get; set; } = [];

    /// <summary>Every request received: its form fields.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Received { get; } = new();

    /// <summary>Called with each callback's form (before forwarding).</summary>
    public Action<IReadOnlyDictionary<string, string>>? OnCallback { get; set; }

    public static async Task<ForwardingProxy> StartAsync(string prefix = "/hooks")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        ForwardingProxy? proxy = null;
        app.Run(context => proxy!.ForwardAsync(context));
        await app.StartAsync();
        var address = app.Urls.First().TrimEnd('/');
        proxy = new ForwardingProxy(app, new Uri(address + prefix + "/"), prefix);
        return proxy;
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith(_prefix + "/", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404;
            return;
        }
        var form = context.Request.HasFormContentType
            ? (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString())
            : new Dictionary<string, string>();
        Received.Enqueue(form);
        OnCallback?.Invoke(form);
        var backends = Backends;
        for (var attempt = 0; attempt < backends.Count; attempt++)
        {
            var backend = backends[(int)((uint)Interlocked.Increment(ref _next) % (uint)backends.Count)];
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(backend, path[_prefix.Length..] + context.Request.QueryString))
            {
                Content = new FormUrlEncodedContent(form),
            };
            foreach (var header in context.Request.Headers.Where(h => h.Key.StartsWith("X-Twilio", StringComparison.OrdinalIgnoreCase) || h.Key.StartsWith("I-Twilio", StringComparison.OrdinalIgnoreCase)))
                request.Headers.TryAddWithoutValidation(header.Key, header.Value.ToArray());
            try
            {
                using var response = await _http.SendAsync(request);
                context.Response.StatusCode = (int)response.StatusCode;
                return;
            }
            catch (HttpRequestException)
            {
                // A backend that is down (killed): try the next one, as a load balancer's health check would.
            }
            catch (TaskCanceledException)
            {
            }
        }
        context.Response.StatusCode = (int)HttpStatusCode.ServiceUnavailable;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _http.Dispose();
    }
}
