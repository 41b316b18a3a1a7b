namespace EdgeQueue.Mqtt.Broker;

/// <summary>Bounds that keep one misbehaving or slow client from exhausting the broker.</summary>
public sealed record MqttBrokerLimits
{
    /// <summary>Largest packet accepted from a client, fixed header included; larger ones close the connection.</summary>
    public int MaxPacketSize { get; init; } = 1024 * 1024;

    /// <summary>QoS 1 and 2 messages sent to one client and not yet acknowledged (Mosquitto: max_inflight_messages).</summary>
    public int MaxInflightMessages { get; init; } = 20;

    /// <summary>
    /// QoS 1 and 2 messages held for one client beyond its in-flight window (Mosquitto: max_queued_messages).
    /// When a message from a network publisher finds a connected client's queue full, it is queued
    /// all the same (up to twice this) and the publisher is held back: its connection is not read and
    /// its PUBACK waits until the queue has room again, at most <see cref="PublisherHoldTimeout"/>.
    /// In-process publishes, wills and offline persistent sessions keep the limit: newer messages are
    /// dropped, logged and counted. Also bounds QoS 0 messages waiting to be written to a slow client.
    /// </summary>
    public int MaxQueuedMessages { get; init; } = 1000;

    /// <summary>
    /// How long a publisher is held back, per message, waiting for room in a full subscriber queue
    /// before the broker reads on (the message stays queued). Bounds the stall a subscriber that has
    /// stopped acknowledging can cause, and any cycle of clients waiting for each other.
    /// </summary>
    public TimeSpan PublisherHoldTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Clients with an accepted CONNECT; more are refused with CONNACK 0x03 (server unavailable).</summary>
    public int MaxConnections { get; init; } = 1000;

    /// <summary>
    /// Sockets that have not sent CONNECT yet (or are in the TLS handshake). They do not count
    /// towards <see cref="MaxConnections"/>; past this number the oldest of them is closed, so silent
    /// sockets can neither lock real clients out nor hold more than this much memory.
    /// </summary>
    public int MaxPendingConnections { get; init; } = 256;

    /// <summary>A connection that sends no CONNECT within this time is closed.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first limit that is out of range.</summary>
    public void Validate()
    {
        Check(MaxPacketSize >= 64, nameof(MaxPacketSize), "at least 64 bytes");
        Check(MaxInflightMessages is >= 1 and <= ushort.MaxValue, nameof(MaxInflightMessages), "1..65535");
        Check(MaxQueuedMessages >= 0, nameof(MaxQueuedMessages), "0 or more");
        Check(PublisherHoldTimeout >= TimeSpan.Zero, nameof(PublisherHoldTimeout), "0 or more");
        Check(MaxConnections >= 1, nameof(MaxConnections), "at least 1");
        Check(MaxPendingConnections >= 1, nameof(MaxPendingConnections), "at least 1");
        Check(ConnectTimeout > TimeSpan.Zero, nameof(ConnectTimeout), "positive");
    }

    private static void Check(bool ok, string name, string expected)
    {
        if (!ok)
        {
            throw new ArgumentException($"broker limit {name} must be {expected}", name);
        }
    }
}
