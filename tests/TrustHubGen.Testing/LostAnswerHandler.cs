namespace TrustHubGen.Testing;

/// <summary>
/// A flaky network for POSTs: for a seeded share of them the request reaches the service (which does the write), its
/// whole answer arrives, and then the connection is reported dropped mid-answer, as
/// <see cref="HttpRequestError.ResponseEnded"/>. The transport rightly does not repeat such a POST; the engine must
/// find out what happened. Other methods pass through untouched.
/// </summary>
public sealed class LostAnswerHandler(double rate, int seed) : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly Random _random = new(seed);
    private int _lost;

    /// <summary>POST answers lost so far.</summary>
    public int Lost => Volatile.Read(ref _lost);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (request.Method != HttpMethod.Post || !Draw()) return response;
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        response.Dispose();
        Interlocked.Increment(ref _lost);
        throw new HttpRequestException(HttpRequestError.ResponseEnded,
            $"The response ended prematurely (connection dropped by the test after the service answered {request.Method} {request.RequestUri?.AbsolutePath}).");
    }

    private bool Draw()
    {
        lock (_random) return _random.NextDouble() < rate;
    }
}
