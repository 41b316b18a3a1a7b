using System.Buffers;
using System.Net;
using System.Net.Sockets;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Tests.Broker;

/// <summary>
/// A bare socket that speaks packets through the codec, or any bytes at all: lets broker tests
/// drive every step of the protocol and send what a real client never would.
/// </summary>
internal sealed class RawMqttClient : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TcpClient _tcp;
    private readonly Stream _stream;
    private readonly MqttPacketDecoder _decoder = new();
    private readonly byte[] _chunk = new byte[8192];
    private readonly ArrayBufferWriter<byte> _pending = new();

    private RawMqttClient(TcpClient tcp, Stream stream)
    {
        _tcp = tcp;
        _stream = stream;
    }

    /// <param name="port">The broker's port on 127.0.0.1.</param>
    /// <param name="from">The source address, another loopback address such as 127.0.0.2 to play a second machine; default 127.0.0.1.</param>
    public static async Task<RawMqttClient> OpenAsync(int port, IPAddress? from = null)
    {
        var tcp = from is null ? new TcpClient { NoDelay = true } : new TcpClient(new IPEndPoint(from, 0)) { NoDelay = true };
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        return new RawMqttClient(tcp, tcp.GetStream());
    }

    /// <summary>Opens a socket, sends CONNECT and expects CONNACK 0.</summary>
    public static async Task<RawMqttClient> ConnectAsync(int port, string clientId, bool cleanSession = true,
        string? username = null, string? password = null, MqttWill? will = null, ushort keepAlive = 0)
    {
        var client = await OpenAsync(port);
        var ack = await client.HandshakeAsync(Connect(clientId, cleanSession, username, password, will, keepAlive));
        Assert.Equal(ConnectReturnCode.Accepted, ack.ReturnCode);
        return client;
    }

    public static ConnectPacket Connect(string clientId, bool cleanSession = true, string? username = null,
        string? password = null, MqttWill? will = null, ushort keepAlive = 0) => new()
        {
            ClientId = clientId,
            CleanSession = cleanSession,
            Username = username,
            Password = password is null ? (ReadOnlyMemory<byte>?)null : System.Text.Encoding.UTF8.GetBytes(password),
            Will = will,
            KeepAliveSeconds = keepAlive,
        };

    public async Task<ConnAckPacket> HandshakeAsync(ConnectPacket connect)
    {
        await SendAsync(connect);
        return Assert.IsType<ConnAckPacket>(await ReceiveAsync());
    }

    public Task SendAsync(MqttPacket packet) => SendRawAsync(MqttPacketEncoder.Encode(packet));

    public async Task SendRawAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes);
        await _stream.FlushAsync();
    }

    /// <summary>Stops sending (TCP half-close), as a peer does that ends mid-packet.</summary>
    public void ShutdownSend() => _tcp.Client.Shutdown(SocketShutdown.Send);

    /// <summary>Closes with a reset, as a killed process or a lost radio does: data the broker still sends hits a dead socket.</summary>
    public void Reset()
    {
        _tcp.Client.LingerState = new LingerOption(true, 0);
        _tcp.Client.Close();
    }

    /// <summary>The next packet, or null when the broker closed the connection. Fails after <see cref="Patience"/>.</summary>
    public async Task<MqttPacket?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            if (_decoder.TryDecode(_pending.WrittenSpan, out var packet, out var consumed))
            {
                var rest = _pending.WrittenSpan[consumed..].ToArray();
                _pending.Clear();
                _pending.Write(rest);
                return packet;
            }

            int read;
            try
            {
                read = await _stream.ReadAsync(_chunk, timeout.Token);
            }
            catch (IOException)
            {
                return null;
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"nothing from the broker within {Patience.TotalSeconds} s");
            }

            if (read == 0)
            {
                return null;
            }

            _pending.Write(_chunk.AsSpan(0, read));
        }
    }

    public async Task<T> ReceiveAsync<T>()
        where T : MqttPacket
    {
        var packet = await ReceiveAsync();
        return packet is T expected
            ? expected
            : throw new Xunit.Sdk.XunitException($"expected {typeof(T).Name}, got {(packet is null ? "connection closed" : packet.ToString())}");
    }

    /// <summary>True when the broker closes the connection (packets before that are skipped) within <see cref="Patience"/>.</summary>
    public async Task<bool> WaitClosedAsync()
    {
        try
        {
            while (await ReceiveAsync() is not null)
            {
            }

            return true;
        }
        catch (MqttProtocolException)
        {
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public async Task SubscribeAsync(string filter, MqttQualityOfService qos = MqttQualityOfService.AtLeastOnce, ushort packetId = 1)
    {
        await SendAsync(new SubscribePacket(packetId, [new MqttSubscription(filter, qos)]));
        var ack = await ReceiveAsync<SubAckPacket>();
        Assert.Equal((SubscribeReturnCode)qos, Assert.Single(ack.ReturnCodes));
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _tcp.Dispose();
    }
}
