using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Client;

/// <summary>Everything an <see cref="MqttClient"/> needs; immutable once the client is built.</summary>
public sealed record MqttClientOptions
{
    public required IMqttTransportFactory Transport { get; init; }

    /// <summary>Unique per broker; empty lets the broker assign one (clean sessions only).</summary>
    public required string ClientId { get; init; }

    /// <summary>False keeps subscriptions and queued QoS 1/2 messages on the broker while offline.</summary>
    public bool CleanSession { get; init; } = true;

    public string? Username { get; init; }

    public string? Password { get; init; }

    public MqttWill? Will { get; init; }

    /// <summary>Longest silence before a PINGREQ is due; zero turns keep-alive off.</summary>
    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>After a PINGREQ, how long without any packet from the broker makes the link dead. Defaults to <see cref="KeepAlive"/>.</summary>
    public TimeSpan? DeadLinkTimeout { get; init; }

    /// <summary>Opening the transport plus waiting for CONNACK.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>QoS 1/2 publishes awaiting acknowledgement at once; further publishes wait for a slot.</summary>
    public int MaxInFlight { get; init; } = 64;

    /// <summary>Received messages buffered for the application; when full, reading from the broker pauses.</summary>
    public int MessageBufferCapacity { get; init; } = 1024;

    /// <summary>Largest packet accepted from the broker; bigger ones close the connection.</summary>
    public int MaximumPacketSize { get; init; } = 4 * 1024 * 1024;

    /// <summary>Reconnect after a lost link, with jittered exponential back-off, re-subscribing and resending.</summary>
    public bool AutoReconnect { get; init; } = true;

    public TimeSpan ReconnectMinDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Transport);
        ArgumentNullException.ThrowIfNull(ClientId);
        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxInFlight, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxInFlight, 65_000);
        ArgumentOutOfRangeException.ThrowIfLessThan(MessageBufferCapacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaximumPacketSize, 128);
        ArgumentOutOfRangeException.ThrowIfLessThan(KeepAlive, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(KeepAlive, TimeSpan.FromSeconds(ushort.MaxValue));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ConnectTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ReconnectMinDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(ReconnectMaxDelay, ReconnectMinDelay);
        if (Password is not null && Username is null)
        {
            throw new ArgumentException("MQTT 3.1.1 sends a password only together with a user name", nameof(Password));
        }

        if (ClientId.Length == 0 && !CleanSession)
        {
            throw new ArgumentException("a persistent session needs a client id", nameof(ClientId));
        }
    }
}
