using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Mqtt.Broker.Sessions;
using EdgeQueue.Mqtt.Packets;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Mqtt.Broker.Connections;

/// <summary>
/// One client's network connection: a read loop that decodes and handles packets, a write loop
/// that batches queued packets into few socket writes, and the CONNECT and keep-alive timers.
/// Any breach of MQTT 3.1.1 closes this connection only.
/// </summary>
internal sealed class BrokerConnection : ISessionOwner, IPacketSender
{
    private const int FlushThreshold = 64 * 1024;

    private readonly Stream _stream;
    private readonly EndPoint? _remote;
    private readonly bool _isTls;
    private readonly SessionManager _sessions;
    private readonly PendingConnections _pending;
    private readonly MqttPacketDecoder _decoder;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<MqttPacket> _outbound =
        Channel.CreateUnbounded<MqttPacket>(new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });
    private readonly CancellationTokenSource _abort = new();

    /// <summary>Stops reading only: what is already queued for the client is still written (graceful close).</summary>
    private readonly CancellationTokenSource _stopReading = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ITimer _timer;

    private readonly int _writeQueueHardLimit;
    private int _pendingWrites;
    private int _closeReason = -1;
    private string? _closeDetail;
    private long _lastReceived;
    private TimeSpan _keepAliveLimit = Timeout.InfiniteTimeSpan;

    /// <summary>Until CONNECT arrives: this socket's place among the pending ones.</summary>
    private IDisposable? _pendingPlace;

    /// <summary>True while the read loop waits for room in a subscriber's queue: the client is not silent, we are not reading.</summary>
    private volatile bool _holding;
    private PublisherHold? _hold;

    private MqttClientIdentity? _identity;
    private BrokerSession? _session;
    private IMqttClientPermissions? _permissions;
    private ConnectPacket? _connect;

    public BrokerConnection(Stream stream, EndPoint? remote, bool isTls, SessionManager sessions, PendingConnections pending)
    {
        _stream = stream;
        _remote = remote;
        _isTls = isTls;
        _sessions = sessions;
        _pending = pending;
        var options = sessions.Options;
        _decoder = new MqttPacketDecoder(options.Limits.MaxPacketSize);
        _writeQueueHardLimit = (options.Limits.MaxQueuedMessages * 2) + options.Limits.MaxInflightMessages + 1_000;
        _time = options.TimeProvider;
        _logger = sessions.Logger;
        _lastReceived = _time.GetTimestamp();
        _timer = _time.CreateTimer(static state => ((BrokerConnection)state!).OnTimer(), this,
            options.Limits.ConnectTimeout, Timeout.InfiniteTimeSpan);
    }

    public MqttClientIdentity Identity => _identity ?? new MqttClientIdentity("(not connected)", null, _remote);

    public IPacketSender Sender => this;

    public EndPoint? RemoteEndPoint => _remote;

    /// <summary>Serves the connection until it ends; never throws.</summary>
    public async Task RunAsync()
    {
        _pendingPlace = _pending.Add(
            () => Abort(MqttDisconnectReason.ConnectionLost,
                $"closed to make room: more than {_sessions.Options.Limits.MaxPendingConnections} connections have not sent CONNECT (MaxPendingConnections)"),
            out var evicted);
        if (evicted > 0)
        {
            _sessions.Warnings.Report("pending evicted",
                $"Closed {evicted} oldest connection(s) that had not sent CONNECT to make room for {_remote} (MaxPendingConnections {_sessions.Options.Limits.MaxPendingConnections})");
        }

        var writing = WriteLoopAsync();
        try
        {
            await ReadLoopAsync(_stopReading.Token);
            SetReason(MqttDisconnectReason.ConnectionLost, "connection closed by the client");
        }
        catch (MqttProtocolException e)
        {
            SetReason(MqttDisconnectReason.ProtocolViolation, e.Message);
            if (e.ConnAckCode is { } code && _connect is null)
            {
                Send(new ConnAckPacket { ReturnCode = code });
            }
        }
        catch (OperationCanceledException) when (_stopReading.IsCancellationRequested)
        {
            // Reason set by whoever aborted.
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            SetReason(MqttDisconnectReason.ConnectionLost, e.GetBaseException().Message);
        }
#pragma warning disable CA1031 // A bug in handling one client must not take the broker down.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _logger.LogError(e, "Unexpected failure serving {Remote}", _remote);
            SetReason(MqttDisconnectReason.ConnectionLost, $"internal error: {e.Message}");
        }
        finally
        {
            await FinishAsync(writing);
        }
    }

    /// <summary>Closes the connection at once, dropping what was not yet written (keep-alive expiry, a host's Disconnect, silent sockets evicted).</summary>
    public void Abort(MqttDisconnectReason reason, string? detail)
    {
        SetReason(reason, detail);
        Cancel(_abort);
        Cancel(_stopReading);
    }

    /// <summary>
    /// Stops reading and closes once the packets already queued for the client are written (at most a
    /// few seconds): used when the broker stops, so a last message published just before reaches it.
    /// </summary>
    public void Close(MqttDisconnectReason reason, string? detail)
    {
        SetReason(reason, detail);
        Cancel(_stopReading);
    }

    private static void Cancel(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public Task Completion => _closed.Task;

    public Task TakeOverAsync()
    {
        // Graceful: packets already queued (its own CONNACK in a race of concurrent CONNECTs) still go out, within FinishAsync's few seconds.
        Close(MqttDisconnectReason.TakenOver, "another connection took over the client id");
        return _closed.Task;
    }

    public void OnAccepted(MqttClientIdentity identity, BrokerSession session, IMqttClientPermissions permissions, bool sessionPresent)
    {
        Send(new ConnAckPacket { ReturnCode = ConnectReturnCode.Accepted, SessionPresent = sessionPresent });
        _identity = identity;
        _session = session;
        _permissions = permissions;
        _hold = new PublisherHold(session);
    }

    public void Send(MqttPacket packet)
    {
        // QoS 0 is bounded by TrySendDroppable and QoS 1/2 by the in-flight window; what remains
        // (acknowledgements to a client that publishes but never reads) is bounded here.
        if (Interlocked.Increment(ref _pendingWrites) > _writeQueueHardLimit)
        {
            Interlocked.Decrement(ref _pendingWrites);
            Abort(MqttDisconnectReason.ConnectionLost, $"client is not reading: more than {_writeQueueHardLimit} packets waiting to be written");
            return;
        }

        if (!_outbound.Writer.TryWrite(packet))
        {
            Interlocked.Decrement(ref _pendingWrites);
        }
    }

    public bool TrySendDroppable(PublishPacket packet)
    {
        if (Volatile.Read(ref _pendingWrites) >= _sessions.Options.Limits.MaxQueuedMessages)
        {
            return false;
        }

        Send(packet);
        return true;
    }

    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(_stream, new StreamPipeReaderOptions(bufferSize: 8192, minimumReadSize: 2048, leaveOpen: true));
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken);
                var buffer = result.Buffer;
                var stop = false;
                try
                {
                    while (!stop && _decoder.TryDecode(buffer, out var packet, out var consumed))
                    {
                        buffer = buffer.Slice(consumed);
                        _lastReceived = _time.GetTimestamp();
                        stop = await HandleAsync(packet, cancellationToken);
                    }
                }
                finally
                {
                    reader.AdvanceTo(buffer.Start, buffer.End);
                }

                if (stop)
                {
                    return;
                }

                if (result.IsCompleted)
                {
                    if (!buffer.IsEmpty)
                    {
                        throw new MqttProtocolException(MqttProtocolError.MalformedPacket,
                            $"connection closed in the middle of a packet ({buffer.Length} bytes unread)");
                    }

                    return;
                }
            }
        }
        finally
        {
            await reader.CompleteAsync();
        }
    }

    /// <returns>True when the conversation is over (DISCONNECT or a refused CONNECT).</returns>
    private ValueTask<bool> HandleAsync(MqttPacket packet, CancellationToken cancellationToken)
    {
        if (_connect is null)
        {
            return packet is ConnectPacket connect
                ? HandleConnectAsync(connect, cancellationToken)
                : throw new MqttProtocolException(MqttProtocolError.UnexpectedPacket, $"{packet.Type} before CONNECT");
        }

        if (packet is PublishPacket publish)
        {
            return HandlePublishAsync(publish, cancellationToken);
        }

        switch (packet)
        {
            case PubAckPacket ack:
                _session!.OnPubAck(ack.PacketId);
                break;
            case PubRecPacket rec:
                _session!.OnPubRec(rec.PacketId);
                break;
            case PubRelPacket rel:
                _session!.OnPubRel(rel.PacketId);
                Send(new PubCompPacket(rel.PacketId));
                break;
            case PubCompPacket comp:
                _session!.OnPubComp(comp.PacketId);
                break;
            case SubscribePacket subscribe:
                HandleSubscribe(subscribe);
                break;
            case UnsubscribePacket unsubscribe:
                foreach (var filter in unsubscribe.TopicFilters)
                {
                    if (_session!.RemoveSubscription(filter))
                    {
                        _sessions.Router.Unsubscribe(_session, filter);
                    }
                }

                Send(new UnsubAckPacket(unsubscribe.PacketId));
                break;
            case PingReqPacket:
                Send(PingRespPacket.Instance);
                break;
            case DisconnectPacket:
                SetReason(MqttDisconnectReason.ClientDisconnected, null);
                return ValueTask.FromResult(true);
            case ConnectPacket:
                throw new MqttProtocolException(MqttProtocolError.UnexpectedPacket, "a second CONNECT on one connection");
            default:
                throw new MqttProtocolException(MqttProtocolError.UnexpectedPacket, $"{packet.Type} is sent by servers, not clients");
        }

        return ValueTask.FromResult(false);
    }

    private async ValueTask<bool> HandleConnectAsync(ConnectPacket connect, CancellationToken cancellationToken)
    {
        _connect = connect;
        _pendingPlace?.Dispose();
        var request = new MqttConnectRequest(connect.ClientId, connect.Username, connect.Password, _remote, _isTls);
        var outcome = await _sessions.ConnectAsync(this, connect, request, cancellationToken);
        if (outcome.ReturnCode != ConnectReturnCode.Accepted)
        {
            if (!outcome.AlreadyLogged)
            {
                _logger.LogWarning("Refused CONNECT of client '{ClientId}' from {Remote}: {Reason} (CONNACK {Code})",
                    connect.ClientId, _remote, outcome.RefusalReason, (byte)outcome.ReturnCode);
            }

            Send(new ConnAckPacket { ReturnCode = outcome.ReturnCode });
            SetReason(MqttDisconnectReason.ConnectionLost, outcome.RefusalReason);
            return true;
        }

        outcome.Session!.Attach(this, outcome.Permissions!);
        if (connect.KeepAliveSeconds > 0)
        {
            // §3.1.2.10: the server disconnects after one and a half keep-alive periods of silence.
            _keepAliveLimit = TimeSpan.FromSeconds(connect.KeepAliveSeconds * 1.5);
            _timer.Change(_keepAliveLimit, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        _sessions.RaiseConnected(outcome.Identity!, connect.CleanSession, outcome.SessionPresent);
        return false;
    }

    private async ValueTask<bool> HandlePublishAsync(PublishPacket publish, CancellationToken cancellationToken)
    {
        var session = _session!;
        var allowed = _permissions!.CanPublish(publish.Topic);
        if (!allowed)
        {
            // MQTT 3.1.1 cannot refuse a PUBLISH: acknowledge it so the client does not resend, deliver nothing (as Mosquitto).
            _logger.LogWarning("Denied PUBLISH of client {ClientId} (user {User}) to '{Topic}': not allowed by the ACL; message dropped",
                session.ClientId, _identity!.Username ?? "anonymous", publish.Topic);
        }

        // Method B of §4.3.3 for QoS 2: deliver on receipt, remember the id until PUBREL so a resend is not delivered twice.
        var isNew = publish.QualityOfService != MqttQualityOfService.ExactlyOnce || session.OnQos2Received(publish.PacketId);
        if (allowed && isNew)
        {
            _sessions.Router.Publish(
                new BrokerMessage(publish.Topic, publish.Payload, publish.QualityOfService, publish.Retain, session.ClientId), _hold);
            if (!_hold!.IsEmpty)
            {
                await HoldAsync(publish.Topic, cancellationToken);
            }
        }

        if (publish.QualityOfService == MqttQualityOfService.AtLeastOnce)
        {
            Send(new PubAckPacket(publish.PacketId));
        }
        else if (publish.QualityOfService == MqttQualityOfService.ExactlyOnce)
        {
            Send(new PubRecPacket(publish.PacketId));
        }

        return false;
    }

    /// <summary>
    /// Back-pressure: the message went into a subscriber queue that is full. Wait for room before
    /// acknowledging it and reading on, so the publisher slows down instead of messages being dropped.
    /// </summary>
    private async Task HoldAsync(string topic, CancellationToken cancellationToken)
    {
        _holding = true;
        try
        {
            var stillFull = await _hold!.WaitAsync(_sessions.Options.Limits.PublisherHoldTimeout, _time, cancellationToken);
            if (stillFull.Count > 0)
            {
                _sessions.Warnings.Report($"hold {_session!.ClientId}",
                    $"Held client {_session.ClientId} back for {_sessions.Options.Limits.PublisherHoldTimeout.TotalSeconds:0.#} s (PublisherHoldTimeout) "
                    + $"after its message to '{topic}' found the queue of {string.Join(", ", stillFull)} full; reading on, the message stays queued");
            }
        }
        finally
        {
            _lastReceived = _time.GetTimestamp();
            _holding = false;
        }
    }

    private void HandleSubscribe(SubscribePacket subscribe)
    {
        var session = _session!;
        var codes = new SubscribeReturnCode[subscribe.Subscriptions.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            var (filter, qos) = subscribe.Subscriptions[i];
            if (!_permissions!.CanSubscribe(filter))
            {
                _logger.LogWarning("Denied SUBSCRIBE of client {ClientId} (user {User}) to '{Filter}': not allowed by the ACL",
                    session.ClientId, _identity!.Username ?? "anonymous", filter);
                codes[i] = SubscribeReturnCode.Failure;
                continue;
            }

            session.AddSubscription(filter, qos);
            _sessions.Router.Subscribe(session, filter, qos);
            codes[i] = (SubscribeReturnCode)qos;
        }

        Send(new SubAckPacket(subscribe.PacketId, codes));
        for (var i = 0; i < codes.Length; i++)
        {
            if (codes[i] != SubscribeReturnCode.Failure)
            {
                _sessions.Router.SendRetained(session, subscribe.Subscriptions[i].TopicFilter, (MqttQualityOfService)codes[i], _hold);
            }
        }
    }

    private async Task WriteLoopAsync()
    {
        var writer = PipeWriter.Create(_stream, new StreamPipeWriterOptions(minimumBufferSize: 4096, leaveOpen: true));
        var reader = _outbound.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_abort.Token))
            {
                while (reader.TryRead(out var packet))
                {
                    Interlocked.Decrement(ref _pendingWrites);
                    MqttPacketEncoder.Encode(packet, writer);
                    if (writer.UnflushedBytes >= FlushThreshold)
                    {
                        await writer.FlushAsync(_abort.Token);
                    }
                }

                await writer.FlushAsync(_abort.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The socket is gone or the connection is being aborted; the read side reports why.
            Abort(MqttDisconnectReason.ConnectionLost, e.GetBaseException().Message);
        }
        finally
        {
            await CompleteQuietlyAsync(writer);
        }
    }

    /// <summary>
    /// Completing flushes what is still buffered; on a socket the peer has reset that throws again
    /// ("broken pipe"). Nothing more can reach that client, and the close must go on: a throw here
    /// would leave the connection owning its client id forever (every later CONNECT of that id,
    /// and the broker's stop, waiting on it).
    /// </summary>
    private static async Task CompleteQuietlyAsync(PipeWriter writer)
    {
        try
        {
            await writer.CompleteAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
        }
    }

    private async Task FinishAsync(Task writing)
    {
        try
        {
            await ReleaseAsync(writing);
        }
#pragma warning disable CA1031 // RunAsync never throws: a failed clean-up is logged, the close still completes.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _logger.LogError(e, "Closing the connection from {Remote} failed", _remote);
        }
        finally
        {
            // Always: a connection that never reports closed blocks every takeover of its client id.
            _closed.TrySetResult();
        }
    }

    private async Task ReleaseAsync(Task writing)
    {
        _pendingPlace?.Dispose();
        _timer.Dispose();
        _outbound.Writer.TryComplete();
        try
        {
            // Let the last packets (a CONNACK refusal, acknowledgements) reach the client, but never hang on a stuck peer.
            await writing.WaitAsync(TimeSpan.FromSeconds(5), _time);
        }
        catch (TimeoutException)
        {
            _abort.Cancel();
        }

        _abort.Cancel();
        await _stream.DisposeAsync();
        var reason = (MqttDisconnectReason)Volatile.Read(ref _closeReason);
        if (_identity is not null && _session is not null)
        {
            _sessions.Closed(this, _session, _connect!.CleanSession, _connect.Will, reason, _closeDetail);
        }
        else if (reason == MqttDisconnectReason.ProtocolViolation)
        {
            // Unauthenticated, so possibly a flood: one line per source address, then a summary.
            _sessions.Warnings.Report($"pre-connect {(_remote as IPEndPoint)?.Address}",
                $"Closed connection from {_remote} before CONNECT completed: {_closeDetail}");
        }
        else
        {
            _logger.LogDebug("Connection from {Remote} ended before CONNECT completed: {Detail}", _remote, _closeDetail);
        }

        _abort.Dispose();
        _stopReading.Dispose();
    }

    private void OnTimer()
    {
        if (_connect is null)
        {
            Abort(MqttDisconnectReason.ProtocolViolation, $"no CONNECT within {_sessions.Options.Limits.ConnectTimeout.TotalSeconds:0.#} s");
            return;
        }

        if (_keepAliveLimit == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        var silent = _holding ? TimeSpan.Zero : _time.GetElapsedTime(Volatile.Read(ref _lastReceived));
        if (silent >= _keepAliveLimit)
        {
            Abort(MqttDisconnectReason.KeepAliveExpired, $"nothing received for {silent.TotalSeconds:0.#} s");
            return;
        }

        try
        {
            _timer.Change(_keepAliveLimit - silent, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private void SetReason(MqttDisconnectReason reason, string? detail)
    {
        if (Interlocked.CompareExchange(ref _closeReason, (int)reason, -1) == -1)
        {
            _closeDetail = detail;
        }
    }
}
