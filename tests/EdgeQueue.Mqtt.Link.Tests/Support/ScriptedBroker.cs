using System.Net;
using System.Net.Sockets;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Link.Tests.Support;

/// <summary>
/// The broker side of one real loopback connection, driven step by step by a test through the codec:
/// it shows exactly which packets the client sends, and in which order.
/// </summary>
internal sealed class ScriptedBroker : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly MqttPacketDecoder _decoder = new();
    private readonly byte[] _buffer = new byte[64 * 1024];
    private Socket? _socket;
    private int _filled;
    private Task<MqttPacket>? _quietRead;

    public ScriptedBroker()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
    }

    public int Port { get; }

    /// <summary>Accepts the next connection, reads its CONNECT and answers with <paramref name="code"/>.</summary>
    public async Task<ConnectPacket> AcceptAsync(bool sessionPresent = false, ConnectReturnCode code = ConnectReturnCode.Accepted)
    {
        _socket?.Dispose();
        _filled = 0;
        _socket = await _listener.AcceptSocketAsync().WaitAsync(LinkPeer.Patience);
        var connect = Assert.IsType<ConnectPacket>(await ReadAsync());
        await SendAsync(new ConnAckPacket { SessionPresent = sessionPresent, ReturnCode = code });
        return connect;
    }

    /// <summary>True when no packet arrives within <paramref name="quiet"/> (the client holds back).</summary>
    public async Task<bool> StaysQuietAsync(TimeSpan quiet)
    {
        var next = ReadAsync();
        var first = await Task.WhenAny(next, Task.Delay(quiet));
        if (first == next)
        {
            await next;
            return false;
        }

        _quietRead = next;
        return true;
    }

    public async Task<MqttPacket> ReadAsync()
    {
        if (Interlocked.Exchange(ref _quietRead, null) is { } pending)
        {
            // A read started by StaysQuietAsync owns the socket: take its result.
            return await pending;
        }

        using var timeout = new CancellationTokenSource(LinkPeer.Patience);
        while (true)
        {
            if (_decoder.TryDecode(_buffer.AsSpan(0, _filled), out var packet, out var consumed))
            {
                Buffer.BlockCopy(_buffer, consumed, _buffer, 0, _filled - consumed);
                _filled -= consumed;
                return packet;
            }

            var read = await _socket!.ReceiveAsync(_buffer.AsMemory(_filled), SocketFlags.None, timeout.Token);
            if (read == 0)
            {
                throw new EndOfStreamException("the client closed the connection");
            }

            _filled += read;
        }
    }

    public async Task<T> ReadAsync<T>()
        where T : MqttPacket => Assert.IsType<T>(await ReadAsync());

    public async Task SendAsync(MqttPacket packet) =>
        await _socket!.SendAsync(MqttPacketEncoder.Encode(packet), SocketFlags.None);

    public async Task SendRawAsync(byte[] bytes) => await _socket!.SendAsync(bytes, SocketFlags.None);

    /// <summary>Resets the connection, as a crashed broker would.</summary>
    public void Drop()
    {
        _socket!.LingerState = new LingerOption(true, 0);
        _socket.Close();
    }

    public ValueTask DisposeAsync()
    {
        _socket?.Dispose();
        _listener.Stop();
        return ValueTask.CompletedTask;
    }
}
