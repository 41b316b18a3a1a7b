using System.Net;
using System.Net.Sockets;

namespace EdgeQueue.Simulator.Hall;

/// <summary>A free loopback port, asked of the kernel.</summary>
internal static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
