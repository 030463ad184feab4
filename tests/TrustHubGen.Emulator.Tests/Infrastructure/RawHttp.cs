using System.Net.Sockets;
using System.Text;

namespace TrustHubGen.Emulator.Tests.Infrastructure;

/// <summary>Requests written byte by byte on a socket, for what HttpClient will not send (truncated, slow, abandoned bodies).</summary>
internal static class RawHttp
{
    public static string Authorization(TestEmulator emulator) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{emulator.Host.AccountSid}:{emulator.Host.AuthToken}"));

    public static async Task<TcpClient> ConnectAsync(TestEmulator emulator)
    {
        var client = new TcpClient();
        await client.ConnectAsync(emulator.Host.BaseAddress.Host, emulator.Host.BaseAddress.Port);
        return client;
    }

    /// <summary>The head of a POST whose body follows separately; <paramref name="contentLength"/> is what it announces.</summary>
    public static byte[] PostHead(TestEmulator emulator, string path, string contentType, long contentLength) => Encoding.ASCII.GetBytes(
        $"POST {path} HTTP/1.1\r\nHost: {emulator.Host.BaseAddress.Authority}\r\nAuthorization: {Authorization(emulator)}\r\nContent-Type: {contentType}\r\nContent-Length: {contentLength}\r\n\r\n");

    /// <summary>Reads the whole answer until the server closes the connection or the status line and body arrived.</summary>
    public static async Task<string> ReadResponseAsync(TcpClient client, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var stream = client.GetStream();
        var buffer = new byte[16384];
        var text = new StringBuilder();
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(buffer, cancel.Token);
                if (read == 0)
                {
                    break;
                }

                text.Append(Encoding.UTF8.GetString(buffer, 0, read));
                var all = text.ToString();
                var headerEnd = all.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (headerEnd >= 0 && ContentLength(all[..headerEnd]) is { } length && Encoding.UTF8.GetByteCount(all[(headerEnd + 4)..]) >= length)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The server reset or the time ran out: whatever arrived is the answer.
        }

        return text.ToString();
    }

    private static int? ContentLength(string head)
    {
        foreach (var line in head.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                return int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}
