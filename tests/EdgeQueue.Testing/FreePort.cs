using System.Net;
using System.Net.Sockets;

namespace EdgeQueue.Testing;

/// <summary>Free TCP ports on the loopback interface for servers started by tests.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
