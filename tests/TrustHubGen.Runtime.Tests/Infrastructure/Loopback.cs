using System.Net;
using System.Net.Sockets;

namespace TrustHubGen.Runtime.Tests.Infrastructure;

public static class Loopback
{
    /// <summary>A 127.0.0.1 port nothing listens on (the OS picked it free, and it was released again).</summary>
    public static int UnusedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
