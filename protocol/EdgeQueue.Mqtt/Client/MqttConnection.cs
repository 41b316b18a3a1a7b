using System.Buffers;
using System.Threading.Channels;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Client;

/// <summary>
/// One network connection: a read loop that decodes packets and hands them on, and a write loop that
/// encodes queued packets and sends as many as are ready in one write (fewer system calls under
/// load, no added latency when idle). Closes once, on the first error, and reports why.
/// </summary>
internal sealed class MqttConnection
{
    private const int InitialReadBuffer = 8 * 1024;
    private const int MaxWriteBatch = 64 * 1024;

    private readonly Stream _stream;
    private readonly MqttPacketDecoder _decoder;
    private readonly TimeProvider _time;
    private readonly Func<MqttConnection, MqttPacket, ValueTask> _onPacket;
    private readonly Action<MqttConnection, Exception> _onClosed;
    private readonly Channel<MqttPacket> _outgoing = Channel.CreateBounded<MqttPacket>(
        new BoundedChannelOptions(1024) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _closing;
    private Task _writeLoop = Task.CompletedTask;
    private Task _readLoop = Task.CompletedTask;
    private long _lastSent;
    private long _lastReceived;
    private long _pingOutstandingSince;

    public MqttConnection(Stream stream, MqttPacketDecoder decoder, TimeProvider time,
        Func<MqttConnection, MqttPacket, ValueTask> onPacket, Action<MqttConnection, Exception> onClosed)
    {
        _stream = stream;
        _decoder = decoder;
        _time = time;
        _onPacket = onPacket;
        _onClosed = onClosed;
        _lastSent = _lastReceived = time.GetTimestamp();
    }

    public bool IsClosed => Volatile.Read(ref _closing) != 0;

    /// <summary>Completes when the connection is closed and its stream disposed.</summary>
    public Task Closed => _closed.Task;

    public long LastSentTimestamp => Interlocked.Read(ref _lastSent);

    public long LastReceivedTimestamp => Interlocked.Read(ref _lastReceived);

    /// <summary>Completed by the owner when CONNACK arrives (or failed when the connection closes first).</summary>
    public TaskCompletionSource<ConnAckPacket> ConnAck { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When the unanswered PINGREQ was sent (a timestamp), or 0 when none is outstanding.</summary>
    public long PingOutstandingSince
    {
        get => Interlocked.Read(ref _pingOutstandingSince);
        set => Interlocked.Exchange(ref _pingOutstandingSince, value);
    }

    /// <summary>Set by the owner while it waits for the application to take a message (reading pauses).</summary>
    public bool DeliveryPending { get; set; }

    public void Start()
    {
        _writeLoop = Task.Run(WriteLoopAsync);
        _readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>Queues a packet if there is room at once (keep-alive, acknowledgements from timers).</summary>
    public bool TrySend(MqttPacket packet) => _outgoing.Writer.TryWrite(packet);

    /// <summary>Queues a packet; throws <see cref="MqttConnectionLostException"/> when the connection is closed.</summary>
    public async ValueTask SendAsync(MqttPacket packet, CancellationToken cancellation)
    {
        if (_outgoing.Writer.TryWrite(packet))
        {
            return;
        }

        try
        {
            await _outgoing.Writer.WriteAsync(packet, cancellation);
        }
        catch (ChannelClosedException e)
        {
            throw new MqttConnectionLostException("the MQTT connection closed before the packet was sent", e);
        }
    }

    /// <summary>Sends what is queued (e.g. DISCONNECT), then closes without reporting an error.</summary>
    public async Task CloseGracefullyAsync(TimeSpan drainTimeout)
    {
        _outgoing.Writer.TryComplete();
        try
        {
            await _writeLoop.WaitAsync(drainTimeout, _time);
        }
        catch (TimeoutException)
        {
            // A stalled link: close without waiting any longer.
        }

        Close(new MqttConnectionLostException("closed by the client"));
        await Closed;
    }

    /// <summary>Closes at once (idempotent): the stream is disposed and the owner told why.</summary>
    public void Close(Exception reason)
    {
        if (Interlocked.Exchange(ref _closing, 1) != 0)
        {
            return;
        }

        _outgoing.Writer.TryComplete();
        _stop.Cancel();
        _ = DisposeAfterLoopsAsync(reason);
    }

    private async Task DisposeAfterLoopsAsync(Exception reason)
    {
        try
        {
            await _stream.DisposeAsync();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or System.Security.Authentication.AuthenticationException)
        {
            // Closing a broken link may fail again; it is closed either way.
        }

        try
        {
            _onClosed(this, reason);
        }
        finally
        {
            _closed.TrySetResult();
        }
    }

    private async Task WriteLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        var reader = _outgoing.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stop.Token))
            {
                while (buffer.WrittenCount < MaxWriteBatch && reader.TryRead(out var packet))
                {
                    MqttPacketEncoder.Encode(packet, buffer);
                }

                await _stream.WriteAsync(buffer.WrittenMemory, _stop.Token);
                await _stream.FlushAsync(_stop.Token);
                Interlocked.Exchange(ref _lastSent, _time.GetTimestamp());
                buffer.ResetWrittenCount();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !_stop.IsCancellationRequested)
        {
            Close(new MqttConnectionLostException($"sending failed: {e.Message}", e));
        }
        catch (OperationCanceledException)
        {
            // Closed elsewhere.
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialReadBuffer);
        var start = 0;
        var filled = 0;
        try
        {
            while (true)
            {
                while (TryDecode(buffer, ref start, filled, out var packet))
                {
                    Interlocked.Exchange(ref _lastReceived, _time.GetTimestamp());
                    await _onPacket(this, packet);
                }

                if (start > 0)
                {
                    // Move the partial packet to the front so the buffer never creeps.
                    Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
                    filled -= start;
                    start = 0;
                }

                if (filled == buffer.Length)
                {
                    var needed = _decoder.TryReadFixedHeader(buffer.AsSpan(0, filled), out var header)
                        ? Math.Max(header.PacketLength, buffer.Length * 2)
                        : buffer.Length * 2;
                    var bigger = ArrayPool<byte>.Shared.Rent(needed);
                    Buffer.BlockCopy(buffer, 0, bigger, 0, filled);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                var read = await _stream.ReadAsync(buffer.AsMemory(filled), _stop.Token);
                if (read == 0)
                {
                    throw new MqttConnectionLostException("the broker closed the connection");
                }

                filled += read;
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Closed elsewhere.
        }
        catch (Exception e)
        {
            Close(e is MqttConnectionLostException or MqttProtocolException
                ? e
                : new MqttConnectionLostException($"receiving failed: {e.Message}", e));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private bool TryDecode(byte[] buffer, ref int start, int filled, out MqttPacket packet)
    {
        if (_decoder.TryDecode(buffer.AsSpan(start, filled - start), out var decoded, out var consumed))
        {
            start += consumed;
            packet = decoded;
            return true;
        }

        packet = null!;
        return false;
    }
}
