using System.Net;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace TrustHubGen.Emulator.Review;

/// <summary>
/// POSTs bundle status changes to <c>StatusCallback</c> URLs, in order, from one background loop.
/// Only loopback URLs are called: the emulator never reaches beyond this machine.
/// </summary>
internal sealed class StatusCallbackSender : IAsyncDisposable
{
    private readonly Channel<StatusChange> _queue = Channel.CreateUnbounded<StatusChange>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly ILogger _logger;
    private readonly Task _loop;

    public StatusCallbackSender(ILogger logger)
    {
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    public void Enqueue(StatusChange change) => _queue.Writer.TryWrite(change);

    public static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));

    private async Task RunAsync()
    {
        await foreach (var change in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            if (!IsLoopback(change.Url))
            {
                _logger.LogWarning("Not calling StatusCallback {Url} for {Bundle}: the emulator only calls loopback URLs.", change.Url, change.BundleSid);
                continue;
            }

            try
            {
                using var content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["AccountSid"] = change.AccountSid,
                    ["BundleSid"] = change.BundleSid,
                    ["PolicySid"] = change.PolicySid,
                    ["Status"] = change.Status,
                    ["Errors"] = string.Join(",", change.Errors),
                });
                using var response = await _http.PostAsync(change.Url, content).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                _logger.LogWarning("StatusCallback {Url} for {Bundle} failed: {Message}", change.Url, change.BundleSid, e.Message);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        _http.Dispose();
    }
}

/// <summary>One status change to report.</summary>
internal sealed record StatusChange(string Url, string AccountSid, string BundleSid, string PolicySid, string Status, IReadOnlyList<int> Errors);
