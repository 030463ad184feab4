using System.Text;

namespace TrustHubGen.Runtime.Tests.Infrastructure;

/// <summary>An ITwilioTransport that answers from a list of pages and records the requests it got.</summary>
public sealed class ScriptedTransport : ITwilioTransport
{
    private readonly Queue<string> _pages;

    public ScriptedTransport(params string[] pages) => _pages = new Queue<string>(pages);

    public List<TwilioRequest> Requests { get; } = new();

    public Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Requests.Add(request);
        if (_pages.Count == 0) throw new InvalidOperationException($"No page scripted for request {Requests.Count}: {request}.");
        var uri = request.AbsoluteUrl ?? new Uri(request.ServerUrl + request.Path);
        return Task.FromResult(new TwilioResponse(200, Encoding.UTF8.GetBytes(_pages.Dequeue()), uri));
    }
}
