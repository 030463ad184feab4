using System.Collections.Concurrent;

namespace TrustHubGen.Twilio.Tests;

/// <summary>
/// The HttpClient handler a user gives Twilio's client in tests: requests to any <c>*.twilio.com</c> host go to the
/// emulator, and every host and Authorization header Twilio's client asked for is recorded.
/// </summary>
internal sealed class TwilioHostRouter(Uri emulator) : DelegatingHandler(new SocketsHttpHandler { AllowAutoRedirect = false })
{
    public ConcurrentQueue<string> Hosts { get; } = new();

    public ConcurrentQueue<string> Authorizations { get; } = new();

    public int Requests => Hosts.Count;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var original = request.RequestUri!;
        Hosts.Enqueue(original.Host);
        Authorizations.Enqueue(request.Headers.Authorization?.ToString() ?? "");
        if (original.Host.EndsWith(".twilio.com", StringComparison.OrdinalIgnoreCase))
            request.RequestUri = new UriBuilder(original) { Scheme = emulator.Scheme, Host = emulator.Host, Port = emulator.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>A clock whose waits end at once and are recorded, so a 429 storm with Retry-After runs in milliseconds.</summary>
internal sealed class InstantTimeProvider : TimeProvider
{
    public ConcurrentQueue<TimeSpan> Waits { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan) Waits.Enqueue(dueTime);
        return System.CreateTimer(callback, state, dueTime == Timeout.InfiniteTimeSpan ? dueTime : TimeSpan.Zero, period);
    }
}
