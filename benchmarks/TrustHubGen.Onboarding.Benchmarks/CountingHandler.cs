using System.Globalization;

namespace TrustHubGen.Onboarding.Benchmarks;

/// <summary>
/// Counts the HTTP requests that leave the client (retries included), the honest "API calls" figure, and how full the
/// service found the account: the mean <c>Twilio-Concurrent-Requests</c> of the admitted answers against the client's own
/// requests in flight when each was sent.
/// </summary>
internal sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private int _requests;
    private int _inFlight;
    private long _admitted;
    private long _reportedSum;
    private long _ownSum;
    private readonly long[] _ownAtSend = new long[1024];

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Answers with status 429.</summary>
    public int Refused => Volatile.Read(ref _refused);

    private int _refused;

    /// <summary>Mean of the service's count and of this client's own requests in flight (at send) over the admitted answers.</summary>
    public (double Reported, double Own) MeanConcurrency
    {
        get
        {
            var n = Math.Max(1, Interlocked.Read(ref _admitted));
            return ((double)Interlocked.Read(ref _reportedSum) / n, (double)Interlocked.Read(ref _ownSum) / n);
        }
    }

    /// <summary>The client's own requests in flight at send (this one included): the count below which <paramref name="share"/> of the sends fell.</summary>
    public int OwnAtSendPercentile(double share)
    {
        var total = _ownAtSend.Sum();
        long seen = 0;
        for (var i = 0; i < _ownAtSend.Length; i++)
        {
            seen += _ownAtSend[i];
            if (seen >= total * share) return i;
        }
        return _ownAtSend.Length - 1;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        var own = Interlocked.Increment(ref _inFlight);
        Interlocked.Increment(ref _ownAtSend[Math.Min(own, 1023)]);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if ((int)response.StatusCode == 429) Interlocked.Increment(ref _refused);
            if ((int)response.StatusCode < 300 && response.Headers.TryGetValues("Twilio-Concurrent-Requests", out var values)
                && int.TryParse(values.First(), NumberStyles.None, CultureInfo.InvariantCulture, out var reported))
            {
                Interlocked.Increment(ref _admitted);
                Interlocked.Add(ref _reportedSum, reported);
                Interlocked.Add(ref _ownSum, own);
            }
            return response;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
