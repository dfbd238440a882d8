using System.Net;
using System.Net.Sockets;

namespace MoriokaSite.Tests.Support;

/// <summary>A port nobody listens on just now: never a fixed one, since other test runs may share the machine.</summary>
public static class FreePort
{
    public static int Next()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
