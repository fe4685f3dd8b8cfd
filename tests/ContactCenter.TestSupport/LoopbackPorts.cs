using System.Net;
using System.Net.Sockets;

namespace ContactCenter.TestSupport;

/// <summary>Free TCP ports on loopback, so test hosts never collide with each other or a running product.</summary>
public static class LoopbackPorts
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
