using EdgeQueue.Mqtt.Broker.Diagnostics;
using EdgeQueue.Mqtt.Broker.Persistence;
using EdgeQueue.Mqtt.Broker.Routing;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Broker.Sessions;

/// <summary>
/// The state MQTT keeps per client id (§3.1.2.4): subscriptions, QoS 1/2 messages in flight to the
/// client, messages queued beyond the in-flight window or while a persistent session is offline,
/// and the QoS 2 packet ids received but not yet released. Outlives connections when not clean.
/// Belongs to the user that created it. Every message is checked against its user's read
/// permission when it is sent (live, from the queue, resent after a resume, retained), not only
/// at SUBSCRIBE. All state changes take the session's own lock; different clients never contend.
/// </summary>
internal sealed class BrokerSession(string clientId, SessionOwner? owner, MqttBrokerLimits limits, ChangeCounter changes, DeliveryDrops drops)
    : IMessageSink
{
    private const string NotReadable = "its user may not read this topic";

    private readonly Lock _gate = new();
    private readonly OrderedDictionary<ushort, OutgoingMessage> _inflight = [];
    private readonly Queue<OutgoingMessage> _queued = new();
    private readonly HashSet<ushort> _receivedQos2 = [];
    private readonly Dictionary<string, MqttQualityOfService> _subscriptions = new(StringComparer.Ordinal);
    private IPacketSender? _sender;

    /// <summary>What the session's user may read: of the connection now attached, or of the last one (null until one attached in this process).</summary>
    private IMqttClientPermissions? _permissions;

    /// <summary>Completed when the queue has room again (or the client left), for publishers held back by a full queue.</summary>
    private TaskCompletionSource? _room;
    private ushort _lastPacketId;

    public string ClientId { get; } = clientId;

    /// <summary>The user that created the session; null for one restored from a data folder written before owners were saved.</summary>
    public SessionOwner? Owner { get; private set; } = owner;

    /// <summary>True for a session that outlives its connection (CONNECT with clean session 0); only these are saved.</summary>
    public bool IsPersistent { get; set; }

    public bool IsConnected
    {
        get
        {
            lock (_gate)
            {
                return _sender is not null;
            }
        }
    }

    /// <summary>Connected with a full queue: a publisher waiting for it must go on waiting.</summary>
    public bool IsFullWhileConnected
    {
        get
        {
            lock (_gate)
            {
                return _sender is not null && _queued.Count >= limits.MaxQueuedMessages;
            }
        }
    }

    public void Deliver(BrokerMessage message, MqttQualityOfService qualityOfService, bool retainFlag, PublisherHold? hold)
    {
        if (qualityOfService == MqttQualityOfService.AtMostOnce)
        {
            DeliverAtMostOnce(message, retainFlag);
            return;
        }

        var outgoing = new OutgoingMessage(message, qualityOfService, retainFlag);
        Touch();
        lock (_gate)
        {
            if (_permissions is { } permissions && !permissions.CanRead(message.Topic))
            {
                Drop(outgoing, NotReadable);
            }
            else if (_sender is not null && _queued.Count == 0 && _inflight.Count < limits.MaxInflightMessages)
            {
                SendNew(_sender, outgoing);
            }
            else if (_queued.Count < limits.MaxQueuedMessages)
            {
                _queued.Enqueue(outgoing);
            }
            else if (_sender is not null && hold is not null && _queued.Count < 2 * limits.MaxQueuedMessages)
            {
                // Lossless back-pressure: keep the message and make its publisher wait for room.
                _queued.Enqueue(outgoing);
                hold.WaitFor(this);
            }
            else
            {
                Drop(outgoing, _sender is null
                    ? $"its persistent session is offline and already holds {limits.MaxQueuedMessages} queued messages (MaxQueuedMessages)"
                    : hold is null
                        ? $"its queue is full ({limits.MaxQueuedMessages} messages, MaxQueuedMessages) and an in-process publish or a will cannot be held back"
                        : $"its queue is full even beyond the publishers held back ({2 * limits.MaxQueuedMessages} messages): the client does not acknowledge");
            }
        }
    }

    /// <summary>
    /// Binds the session to a new connection (after its CONNACK was queued) and its user's read
    /// permission. A resumed session first re-sends what was in flight, PUBLISH with DUP set or
    /// PUBREL (§4.4), then the queue; messages the user may not read are dropped instead.
    /// </summary>
    public void Attach(IPacketSender sender, IMqttClientPermissions permissions)
    {
        lock (_gate)
        {
            Volatile.Write(ref _permissions, permissions);
            foreach (var (packetId, outgoing) in _inflight.ToList())
            {
                if (outgoing.State != OutgoingMessageState.AwaitingPubComp && !permissions.CanRead(outgoing.Message.Topic))
                {
                    _inflight.Remove(packetId);
                    Drop(outgoing, NotReadable);
                    continue;
                }

                sender.Send(outgoing.State == OutgoingMessageState.AwaitingPubComp
                    ? new PubRelPacket(outgoing.PacketId)
                    : outgoing.ToPublish(duplicate: true));
            }

            Volatile.Write(ref _sender, sender);
            Pump(sender);
        }
    }

    /// <summary>Unbinds the connection if it is still the current one; publishers waiting for room go on.</summary>
    public bool Detach(IPacketSender sender)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(_sender, sender))
            {
                return false;
            }

            Volatile.Write(ref _sender, null);
            ReleaseWaitingPublishers();
            return true;
        }
    }

    /// <summary>Completes when the queue is below its limit or the client is gone.</summary>
    public Task WaitForRoomAsync()
    {
        lock (_gate)
        {
            if (_sender is null || _queued.Count < limits.MaxQueuedMessages)
            {
                return Task.CompletedTask;
            }

            _room ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _room.Task;
        }
    }

    /// <summary>PUBACK from the client. False for an id not awaiting one (ignored, as Mosquitto does).</summary>
    public bool OnPubAck(ushort packetId) => Complete(packetId, OutgoingMessageState.AwaitingPubAck);

    /// <summary>PUBREC from the client: answer with PUBREL and wait for PUBCOMP.</summary>
    public void OnPubRec(ushort packetId)
    {
        lock (_gate)
        {
            if (_inflight.TryGetValue(packetId, out var outgoing) && outgoing.State != OutgoingMessageState.AwaitingPubAck)
            {
                outgoing.State = OutgoingMessageState.AwaitingPubComp;
                Touch();
            }

            // Also for an unknown id: the client may be retrying after we already completed it.
            _sender?.Send(new PubRelPacket(packetId));
        }
    }

    public bool OnPubComp(ushort packetId) => Complete(packetId, OutgoingMessageState.AwaitingPubComp);

    /// <summary>A QoS 2 PUBLISH arrived: true when it is new and must be routed, false for a re-sent duplicate.</summary>
    public bool OnQos2Received(ushort packetId)
    {
        lock (_gate)
        {
            Touch();
            return _receivedQos2.Add(packetId);
        }
    }

    /// <summary>PUBREL from the client: the QoS 2 packet id may be reused.</summary>
    public void OnPubRel(ushort packetId)
    {
        lock (_gate)
        {
            Touch();
            _receivedQos2.Remove(packetId);
        }
    }

    /// <summary>Records the subscription; true when it is new to this session.</summary>
    public bool AddSubscription(string topicFilter, MqttQualityOfService granted)
    {
        lock (_gate)
        {
            Touch();
            var existed = _subscriptions.ContainsKey(topicFilter);
            _subscriptions[topicFilter] = granted;
            return !existed;
        }
    }

    public bool RemoveSubscription(string topicFilter)
    {
        lock (_gate)
        {
            Touch();
            return _subscriptions.Remove(topicFilter);
        }
    }

    public IReadOnlyList<string> TakeSubscriptions()
    {
        lock (_gate)
        {
            var filters = _subscriptions.Keys.ToList();
            _subscriptions.Clear();
            return filters;
        }
    }

    public int QueuedCount
    {
        get
        {
            lock (_gate)
            {
                return _queued.Count + _inflight.Count;
            }
        }
    }

    /// <summary>The session's state for the data folder.</summary>
    public StoredSession ToStored()
    {
        lock (_gate)
        {
            return new StoredSession(
                ClientId,
                _subscriptions.ToDictionary(s => s.Key, s => (int)s.Value, StringComparer.Ordinal),
                [.. _inflight.Values.Select(m => Store(m, m.PacketId, (int)m.State))],
                [.. _queued.Select(m => Store(m, 0, 0))],
                [.. _receivedQos2])
            {
                Owner = Owner,
            };
        }
    }

    /// <summary>Rebuilds a saved persistent session (before any client connects); returns its subscriptions.</summary>
    public IReadOnlyDictionary<string, int> Restore(StoredSession stored)
    {
        lock (_gate)
        {
            IsPersistent = true;
            Owner = stored.Owner;
            foreach (var (filter, qos) in stored.Subscriptions)
            {
                _subscriptions[filter] = (MqttQualityOfService)qos;
            }

            foreach (var saved in stored.InFlight)
            {
                var outgoing = Load(saved);
                outgoing.PacketId = saved.PacketId;
                outgoing.State = (OutgoingMessageState)saved.State;
                _inflight[saved.PacketId] = outgoing;
                _lastPacketId = saved.PacketId;
            }

            foreach (var saved in stored.Queued)
            {
                _queued.Enqueue(Load(saved));
            }

            _receivedQos2.UnionWith(stored.AwaitingRelease);
            return stored.Subscriptions;
        }
    }

    private void DeliverAtMostOnce(BrokerMessage message, bool retainFlag)
    {
        // QoS 0 is never queued for an offline client (Mosquitto's default as well).
        var sender = Volatile.Read(ref _sender);
        if (sender is null)
        {
            return;
        }

        if (Volatile.Read(ref _permissions) is { } permissions && !permissions.CanRead(message.Topic))
        {
            drops.Record(ClientId, message.Topic, MqttQualityOfService.AtMostOnce, NotReadable);
            return;
        }

        var packet = new PublishPacket
        {
            Topic = message.Topic,
            Payload = message.Payload,
            QualityOfService = MqttQualityOfService.AtMostOnce,
            Retain = retainFlag,
        };
        if (!sender.TrySendDroppable(packet))
        {
            drops.Record(ClientId, message.Topic, MqttQualityOfService.AtMostOnce,
                $"it reads too slowly: {limits.MaxQueuedMessages} packets already wait to be written to it (QoS 0 is not held back)");
        }
    }

    /// <summary>Notes a change worth saving; clean sessions are never saved.</summary>
    private void Touch()
    {
        if (IsPersistent)
        {
            changes.Changed();
        }
    }

    private void Drop(OutgoingMessage outgoing, string reason) =>
        drops.Record(ClientId, outgoing.Message.Topic, outgoing.QualityOfService, reason);

    private static StoredMessage Store(OutgoingMessage message, ushort packetId, int state) =>
        new(message.Message.Topic, message.Message.Payload.ToArray(), (int)message.QualityOfService, message.RetainFlag, packetId, state);

    private static OutgoingMessage Load(StoredMessage saved) =>
        new(new BrokerMessage(saved.Topic, saved.Payload, (MqttQualityOfService)saved.Qos, saved.Retain, PublisherClientId: null),
            (MqttQualityOfService)saved.Qos, saved.Retain);

    private bool Complete(ushort packetId, OutgoingMessageState expected)
    {
        lock (_gate)
        {
            if (!_inflight.TryGetValue(packetId, out var outgoing) || outgoing.State != expected)
            {
                return false;
            }

            _inflight.Remove(packetId);
            Touch();
            if (_sender is { } sender)
            {
                Pump(sender);
            }

            return true;
        }
    }

    /// <summary>Moves queued messages into the in-flight window, skipping what the user may not read. Caller holds the lock.</summary>
    private void Pump(IPacketSender sender)
    {
        while (_inflight.Count < limits.MaxInflightMessages && _queued.TryDequeue(out var next))
        {
            if (_permissions is { } permissions && !permissions.CanRead(next.Message.Topic))
            {
                Drop(next, NotReadable);
                continue;
            }

            SendNew(sender, next);
        }

        if (_queued.Count < limits.MaxQueuedMessages)
        {
            ReleaseWaitingPublishers();
        }
    }

    private void ReleaseWaitingPublishers()
    {
        if (_room is { } room)
        {
            _room = null;
            room.TrySetResult();
        }
    }

    private void SendNew(IPacketSender sender, OutgoingMessage outgoing)
    {
        outgoing.PacketId = NextPacketId();
        outgoing.State = outgoing.QualityOfService == MqttQualityOfService.AtLeastOnce
            ? OutgoingMessageState.AwaitingPubAck
            : OutgoingMessageState.AwaitingPubRec;
        _inflight.Add(outgoing.PacketId, outgoing);
        sender.Send(outgoing.ToPublish(duplicate: false));
    }

    private ushort NextPacketId()
    {
        do
        {
            _lastPacketId = _lastPacketId == ushort.MaxValue ? (ushort)1 : (ushort)(_lastPacketId + 1);
        }
        while (_inflight.ContainsKey(_lastPacketId));

        return _lastPacketId;
    }
}
