using System.Net;
using System.Net.Sockets;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Packets;
using EdgeQueue.Testing;

namespace EdgeQueue.Mqtt.Tests.Broker;

/// <summary>
/// Sockets that never send CONNECT: they do not count as clients, and past their own limit the
/// oldest of them is closed, so they cannot lock real clients out (issue 12 item 2).
/// </summary>
public sealed class PendingConnectionTests
{
    /// <summary>Opens TCP connections that send nothing (each costs two descriptors of this process: mind `ulimit -n`).</summary>
    private static async Task<List<TcpClient>> OpenSilentAsync(int port, int count)
    {
        var sockets = new List<TcpClient>(count);
        for (var i = 0; i < count; i++)
        {
            var socket = new TcpClient();
            await socket.ConnectAsync(IPAddress.Loopback, port);
            sockets.Add(socket);
        }

        return sockets;
    }

    private static void CloseAll(List<TcpClient> sockets)
    {
        foreach (var socket in sockets)
        {
            socket.Dispose();
        }
    }

    /// <summary>True when the broker closed the socket (a read returns end of stream) within the test's patience.</summary>
    private static async Task<bool> ClosedByBrokerAsync(TcpClient socket)
    {
        using var timeout = new CancellationTokenSource(RawMqttClient.Patience);
        try
        {
            return await socket.GetStream().ReadAsync(new byte[1], timeout.Token) == 0;
        }
        catch (IOException)
        {
            return true;
        }
    }

    [Fact]
    public async Task Connect_After1100SilentSocketsAtDefaultLimits_AcceptedAndOldestSilentOnesClosed()
    {
        var defaults = new MqttBrokerLimits();
        var log = new CapturingLoggerProvider();
        await using var broker = await TestBroker.StartAsync(configure: o => o with { LoggerFactory = log });
        var silent = await OpenSilentAsync(broker.Port, 1_100);
        try
        {
            await Eventually.UntilAsync(() => broker.Broker.ConnectionCount <= defaults.MaxPendingConnections
                                                      && broker.Broker.PendingConnectionCount == defaults.MaxPendingConnections);

            await using var real = await RawMqttClient.OpenAsync(broker.Port);
            var ack = await real.HandshakeAsync(RawMqttClient.Connect("real"));

            Assert.Equal(ConnectReturnCode.Accepted, ack.ReturnCode);
            Assert.True(await ClosedByBrokerAsync(silent[0]), "the oldest silent socket is closed to make room");
            Assert.Equal("real", Assert.Single(broker.Broker.ConnectedClients).ClientId);
            Assert.True(broker.Broker.PendingConnectionCount <= defaults.MaxPendingConnections);
            var warnings = log.Lines.Count(l => l.StartsWith("Warning", StringComparison.Ordinal));
            Assert.True(warnings <= 2, $"{warnings} warnings for one flood of silent sockets: {string.Join('\n', log.Lines.Take(5))}");
        }
        finally
        {
            CloseAll(silent);
        }
    }

    [Fact]
    public async Task Connect_SilentSocketsOpen_DoNotCountTowardsMaxConnections()
    {
        await using var broker = await TestBroker.StartAsync(limits: new MqttBrokerLimits { MaxConnections = 2 });
        var silent = await OpenSilentAsync(broker.Port, 5);
        try
        {
            await Eventually.UntilAsync(() => broker.Broker.PendingConnectionCount == 5);

            await using var one = await RawMqttClient.ConnectAsync(broker.Port, "one");
            await using var two = await RawMqttClient.ConnectAsync(broker.Port, "two");
            await using var three = await RawMqttClient.OpenAsync(broker.Port);

            Assert.Equal(ConnectReturnCode.ServerUnavailable, (await three.HandshakeAsync(RawMqttClient.Connect("three"))).ReturnCode);
            Assert.Equal(5, broker.Broker.PendingConnectionCount);
        }
        finally
        {
            CloseAll(silent);
        }
    }

    [Fact]
    public async Task TlsHandshake_SilentSocketsBeyondTheLimit_OldestClosedAndTheOthersStillPending()
    {
        using var certificate = SelfSignedCertificate.Create();
        await using var broker = await TestBroker.StartAsync(limits: new MqttBrokerLimits { MaxPendingConnections = 2 },
            configure: o => o with { Listeners = [new MqttListenerOptions(new IPEndPoint(IPAddress.Loopback, 0), certificate)] });
        var silent = await OpenSilentAsync(broker.Port, 3);
        try
        {
            Assert.True(await ClosedByBrokerAsync(silent[0]), "the oldest socket still in the TLS handshake is closed");
            Assert.Equal(2, broker.Broker.PendingConnectionCount);
        }
        finally
        {
            CloseAll(silent);
        }
    }

    [Fact]
    public async Task Connect_SameClientIdAtMaxConnections_TakesOverInsteadOfBeingRefused()
    {
        await using var broker = await TestBroker.StartAsync(limits: new MqttBrokerLimits { MaxConnections = 1 });
        await using var first = await RawMqttClient.ConnectAsync(broker.Port, "dev");

        await using var again = await RawMqttClient.ConnectAsync(broker.Port, "dev");

        Assert.True(await first.WaitClosedAsync());
    }
}
