namespace TrustHubGen.Testing;

/// <summary>
/// A flaky network for POSTs: for a seeded share of them the request reaches the service (which does the write), its
/// whole answer arrives, and then the connection is reported dropped mid-answer, as
/// <see cref="HttpRequestError.ResponseEnded"/>: from <c>SendAsync</c> (<see cref="HttpRequestException"/>), or with
/// <paramref name="midBody"/> after the headers and part of the body, from the body's stream as .NET reports it there
/// (<see cref="HttpIOException"/>). The transport rightly does not repeat such a POST; the engine must find out what
/// happened. Other methods pass through untouched.
/// </summary>
public sealed class LostAnswerHandler(double rate, int seed, bool midBody = false) : DelegatingHandler(new SocketsHttpHandler())
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
        Interlocked.Increment(ref _lost);
        if (midBody)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var cut = new HttpResponseMessage(response.StatusCode) { Content = new StreamContent(new CutOffStream(body[..(body.Length / 2)])) };
            foreach (var header in response.Content.Headers) cut.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            cut.Content.Headers.ContentLength = null;
            response.Dispose();
            return cut;
        }
        response.Dispose();
        throw new HttpRequestException(HttpRequestError.ResponseEnded,
            $"The response ended prematurely (connection dropped by the test after the service answered {request.Method} {request.RequestUri?.AbsolutePath}).");
    }

    private bool Draw()
    {
        lock (_random) return _random.NextDouble() < rate;
    }

    /// <summary>Gives <paramref name="start"/>, then fails as .NET does when the connection closes before the body's end.</summary>
    private sealed class CutOffStream(byte[] start) : MemoryStream(start)
    {
        public override int Read(byte[] buffer, int offset, int count) => Cut(base.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Cut(await base.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        private static int Cut(int read) => read > 0 ? read : throw new HttpIOException(HttpRequestError.ResponseEnded,
            "The response ended prematurely (connection dropped by the test in the middle of the answer's body).");
    }
}
