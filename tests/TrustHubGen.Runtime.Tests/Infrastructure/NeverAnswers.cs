namespace TrustHubGen.Runtime.Tests.Infrastructure;

/// <summary>A handler that never answers: each request waits until its token (the caller's, or HttpClient.Timeout's) ends it.</summary>
public sealed class NeverAnswers : HttpMessageHandler
{
    private int _requests;

    /// <summary>Requests received so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }
}
