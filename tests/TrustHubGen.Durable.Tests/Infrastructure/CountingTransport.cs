using TrustHubGen.Runtime;

namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>Counts the requests sent through it (the token lookups made with the ISV's credentials).</summary>
internal sealed class CountingTransport(ITwilioTransport inner) : ITwilioTransport
{
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    public Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        return inner.SendAsync(request, cancellationToken);
    }
}
