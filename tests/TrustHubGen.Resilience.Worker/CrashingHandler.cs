namespace TrustHubGen.Resilience.Worker;

/// <summary>
/// Counts HTTP requests (every attempt, retries included) and ends the process at the chosen one: before it is sent,
/// or after its answer arrived but before the engine could see it (the service did the work, the client never knew).
/// </summary>
internal sealed class CrashingHandler(CrashPoint crash, int crashAt, CrashMethod method) : DelegatingHandler(new SocketsHttpHandler())
{
    private int _requests;

    /// <summary>Requests seen so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _requests);
        if (crash == CrashPoint.BeforeSend && index == crashAt) Die($"before sending request {index} ({request.Method} {request.RequestUri?.AbsolutePath})");
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (crash == CrashPoint.AfterResponse && index == crashAt)
        {
            // The whole answer is read, so the service has finished the request; the engine never gets it.
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            Die($"after the answer {(int)response.StatusCode} to request {index} ({request.Method} {request.RequestUri?.AbsolutePath})");
        }
        return response;
    }

    private void Die(string where)
    {
        var message = $"worker crashing on purpose {where}";
        if (method == CrashMethod.FailFast) Environment.FailFast(message);
        Console.Out.WriteLine(message);
        Console.Out.Flush();
        Environment.Exit(WorkerArguments.CrashExitCode);
    }
}
