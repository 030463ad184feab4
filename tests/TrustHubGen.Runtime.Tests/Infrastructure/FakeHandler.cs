using System.Net;
using System.Text;

namespace TrustHubGen.Runtime.Tests.Infrastructure;

/// <summary>What the fake handler saw of one request, captured when it was sent.</summary>
public sealed record SentRequest(HttpMethod Method, Uri Uri, string? Authorization, string? ContentType, string? Body, string? Accept);

/// <summary>An HttpMessageHandler answering from a script, one responder per request, recording each request.</summary>
public sealed class FakeHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new();
    private readonly object _gate = new();

    public List<SentRequest> Requests { get; } = new();

    public FakeHandler Then(Func<HttpRequestMessage, HttpResponseMessage> responder)
    {
        _script.Enqueue(responder);
        return this;
    }

    public FakeHandler ThenJson(int status, string json, Action<HttpResponseMessage>? configure = null) => Then(_ =>
    {
        var response = Json(status, json);
        configure?.Invoke(response);
        return response;
    });

    public FakeHandler ThenThrow(Exception exception) => Then(_ => throw exception);

    public static HttpResponseMessage Json(int status, string json) => new((HttpStatusCode)status)
    {
        Content = new StringContent(json, Encoding.UTF8, "application/json"),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Func<HttpRequestMessage, HttpResponseMessage> responder;
        lock (_gate)
        {
            Requests.Add(new SentRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(),
                request.Content?.Headers.ContentType?.ToString(), body, request.Headers.Accept.ToString()));
            if (_script.Count == 0) throw new InvalidOperationException($"The test script has no answer for request {Requests.Count}: {request.Method} {request.RequestUri}.");
            responder = _script.Dequeue();
        }
        return responder(request);
    }
}
