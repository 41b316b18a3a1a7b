using MQTTnet.Channel;

namespace EdgeQueue.Mqtt.Link;

/// <summary>Everything an <see cref="MqttLink"/> needs; immutable once the link is built.</summary>
public sealed record MqttLinkOptions
{
    public required string Host { get; init; }

    public int Port { get; init; } = MqttBrokerUrl.DefaultPort;

    /// <summary>Null: plain TCP (with TCP_NODELAY, MQTTnet's default).</summary>
    public MqttLinkTls? Tls { get; init; }

    /// <summary>
    /// Opens the byte stream instead of a plain socket: MQTTnet's own seam, used by the simulator to
    /// cut a device's radio and by tests to hold or break a link at the byte level.
    /// </summary>
    public IMqttClientStreamProvider? StreamProvider { get; init; }

    /// <summary>Unique per broker; a hall's devices use their user name (the broker insists).</summary>
    public required string ClientId { get; init; }

    /// <summary>False keeps subscriptions and queued QoS 1/2 messages on the broker while offline.</summary>
    public bool CleanSession { get; init; } = true;

    public string? Username { get; init; }

    public string? Password { get; init; }

    public MqttLinkWill? Will { get; init; }

    /// <summary>Longest silence before a PINGREQ; a PINGREQ unanswered within <see cref="Timeout"/> ends the link.</summary>
    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Opening the link, waiting for CONNACK, SUBACK and PINGRESP.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>QoS 1/2 publishes awaiting acknowledgement at once; further ones wait for a slot.</summary>
    public int MaxInFlight { get; init; } = 64;

    /// <summary>Publishes held while the link is down; beyond it a publish fails with <see cref="MqttOfflineBufferFullException"/>.</summary>
    public int OfflineBufferLimit { get; init; } = 10_000;

    /// <summary>
    /// Largest payload accepted for publishing: under the embedded broker's 1 MiB packet limit, so a
    /// message the broker would refuse by closing the link is refused here instead of resent forever.
    /// </summary>
    public int MaxPayloadBytes { get; init; } = 1_000_000;

    /// <summary>Received messages buffered for the application; when full, acknowledging the broker waits.</summary>
    public int MessageBufferCapacity { get; init; } = 1024;

    /// <summary>
    /// False: a lost link stays down and publishes cut by it fail, as on a device whose own
    /// supervisor reconnects (the firmware core); the owner calls ConnectAsync again.
    /// </summary>
    public bool AutoReconnect { get; init; } = true;

    public TimeSpan ReconnectMinDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Back-off between attempts; MQTTnet's own socket and keep-alive timers run on real time.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>For messages and logs, e.g. "mqtts://central.city.pl:8883".</summary>
    public string Endpoint => $"{(Tls is null ? "mqtt" : "mqtts")}://{Host}:{Port}";

    /// <summary>Options for a broker named by an <c>mqtt://</c> or <c>mqtts://</c> url.</summary>
    public static MqttLinkOptions ForUrl(Uri url, string clientId, string? caFile = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new MqttLinkOptions
        {
            Host = url.Host,
            Port = MqttBrokerUrl.PortOf(url),
            Tls = MqttBrokerUrl.TlsFor(url, caFile),
            ClientId = clientId,
        };
    }

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Host);
        ArgumentNullException.ThrowIfNull(ClientId);
        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(Port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxInFlight, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxInFlight, 65_000);
        ArgumentOutOfRangeException.ThrowIfLessThan(OfflineBufferLimit, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(MessageBufferCapacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPayloadBytes, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(KeepAlive, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(KeepAlive, TimeSpan.FromSeconds(ushort.MaxValue));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero);
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
