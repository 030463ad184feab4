using System.Globalization;
using System.Net;
using System.Text;

namespace TrustHubGen.Runtime.Tests.Concurrency;

/// <summary>
/// An account with a concurrency cap, as Twilio answers: a request beyond <see cref="Cap"/> in flight gets 429 with code
/// 20429 and <c>Retry-After: 0</c>; every answer carries <c>Twilio-Concurrent-Requests</c>. Each admitted request is held
/// until a short timer fires (no CPU), then answered; which flow each admitted request came from is recorded in order.
/// </summary>
internal sealed class CappedHandler(int cap, TimeSpan hold) : HttpMessageHandler
{
    private readonly object _gate = new();
    private int _inFlight;

    public int Cap { get; set; } = cap;

    public int Admitted { get; private set; }

    public int Refused { get; private set; }

    public int MostInFlight { get; private set; }

    /// <summary>The query string of each admitted request (tests name the flow there), in the order they were admitted.</summary>
    public List<string?> Flows { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        int count;
        lock (_gate)
        {
            if (_inFlight >= Cap)
            {
                Refused++;
                return Answer(429, """{"code": 20429, "message": "Too many concurrent requests", "status": 429}""", _inFlight, retryAfter: true);
            }
            count = ++_inFlight;
            Admitted++;
            MostInFlight = Math.Max(MostInFlight, count);
            Flows.Add(request.RequestUri?.Query);
        }
        try
        {
            await Task.Delay(hold, cancellationToken);
            return Answer(200, "{}", count, retryAfter: false);
        }
        finally
        {
            lock (_gate) _inFlight--;
        }
    }

    private static HttpResponseMessage Answer(int status, string json, int concurrent, bool retryAfter)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        response.Headers.Add("Twilio-Concurrent-Requests", concurrent.ToString(CultureInfo.InvariantCulture));
        if (retryAfter) response.Headers.Add("Retry-After", "0");
        return response;
    }
}
