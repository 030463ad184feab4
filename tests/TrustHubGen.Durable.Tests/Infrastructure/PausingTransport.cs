using TrustHubGen.Runtime;

namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>
/// Holds back the answer to one customer's first write until <see cref="Resume"/>: the job that made it stands between
/// two writes, still holding the customer's lock, while a test changes the world around it.
/// </summary>
internal sealed class PausingTransport(ITwilioTransport inner, string account) : ITwilioAccountTransport
{
    private readonly TaskCompletionSource _paused = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _resumed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _pausedOnce;

    public string AccountSid => inner.GetAccountSid()!;

    /// <summary>Completes when the customer's first write was answered and its answer is held back.</summary>
    public Task Paused => _paused.Task;

    public void Resume() => _resumed.TrySetResult();

    public async Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        var response = await inner.SendAsync(request, cancellationToken);
        if (request.Method != HttpMethod.Get && request.SubaccountSid == account && Interlocked.Exchange(ref _pausedOnce, 1) == 0)
        {
            _paused.TrySetResult();
            await _resumed.Task.WaitAsync(cancellationToken);
        }
        return response;
    }
}
