using System.Net;

namespace TrustHubGen.Emulator.Hosting;

/// <summary>The listen URL: http on a loopback host only, since the emulator never listens beyond this machine.</summary>
internal static class ListenUrl
{
    /// <summary>What is wrong with <paramref name="url"/>, or null when it is a loopback http URL.</summary>
    public static string? Problem(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || uri.AbsolutePath != "/")
        {
            return $"\"{url}\" is not an http URL such as {EmulatorDefaults.ProgramUrl} (one URL, no path).";
        }

        var host = uri.Host.Trim('[', ']');
        return host == "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip))
            ? null
            : $"\"{url}\" is not a loopback address; the emulator listens on 127.0.0.1 (or localhost, [::1]) only.";
    }

    /// <summary>The address and port to listen on (a null URL: a free port on 127.0.0.1).</summary>
    public static (IPAddress Address, int Port) Parse(string? url)
    {
        if (url is null)
        {
            return (IPAddress.Loopback, 0);
        }

        if (Problem(url) is { } problem)
        {
            throw new ArgumentException($"Url {problem}", nameof(url));
        }

        var uri = new Uri(url);
        var host = uri.Host.Trim('[', ']');
        return (host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(host), uri.Port);
    }
}
