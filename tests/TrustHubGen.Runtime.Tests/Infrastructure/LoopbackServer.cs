using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace TrustHubGen.Runtime.Tests.Infrastructure;

/// <summary>What the loopback server received.</summary>
public sealed record ReceivedRequest(string Method, string PathAndQuery, string? Authorization, string? ContentType, string Body);

/// <summary>The server's answer to one request.</summary>
public sealed record Answer(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null);

/// <summary>A real HTTP server on 127.0.0.1 (HttpListener) answering from a script, for end-to-end transport tests.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly Func<ReceivedRequest, Answer> _answer;
    private readonly Task _loop;

    private LoopbackServer(HttpListener listener, Uri address, Func<ReceivedRequest, Answer> answer)
    {
        _listener = listener;
        Address = address;
        _answer = answer;
        _loop = Task.Run(ServeAsync);
    }

    public Uri Address { get; }

    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    public static LoopbackServer Start(Func<ReceivedRequest, Answer> answer)
    {
        for (var attempt = 0; ; attempt++)
        {
            var address = new Uri($"http://127.0.0.1:{Loopback.UnusedPort()}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(address.AbsoluteUri);
            try
            {
                listener.Start();
                return new LoopbackServer(listener, address, answer);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between picking and binding: pick again.
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var received = new ReceivedRequest(context.Request.HttpMethod, context.Request.Url!.PathAndQuery,
                context.Request.Headers["Authorization"], context.Request.ContentType, await reader.ReadToEndAsync());
            Received.Enqueue(received);
            var answer = _answer(received);
            context.Response.StatusCode = answer.Status;
            foreach (var header in answer.Headers ?? new Dictionary<string, string>()) context.Response.Headers[header.Key] = header.Value;
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(answer.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
