using System.Net;
using System.Net.Sockets;

namespace TrustHubGen.Emulator.Review;

/// <summary>
/// The only way the emulator opens outgoing connections: to loopback addresses, never through a proxy, and never
/// following a redirect by itself. The URL check (<see cref="IsLoopbackUrl"/>) skips other callbacks early with a clear
/// warning; the connect callback is the guarantee underneath it, whatever a host name resolves to or a redirect names.
/// </summary>
internal static class LoopbackOnlyHttp
{
    /// <summary>The per-request connect timeout (<c>ct</c>), read by the connect callback.</summary>
    public static readonly HttpRequestOptionsKey<TimeSpan> ConnectTimeout = new("TrustHubGen.Emulator.ConnectTimeout");

    public static bool IsLoopbackUrl(Uri uri) =>
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));

    public static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        ConnectCallback = ConnectAsync,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var loopback = addresses.Where(IPAddress.IsLoopback).ToArray();
        if (loopback.Length == 0)
        {
            throw new NonLoopbackTargetException($"{host} is not a loopback address; the emulator only connects to this machine.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (context.InitialRequestMessage.Options.TryGetValue(ConnectTimeout, out var limit))
        {
            timeout.CancelAfter(limit);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(loopback, context.DnsEndPoint.Port, timeout.Token).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new SocketException((int)SocketError.TimedOut);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>A connection the emulator refused to open because it would leave the machine.</summary>
internal sealed class NonLoopbackTargetException(string message) : IOException(message);
